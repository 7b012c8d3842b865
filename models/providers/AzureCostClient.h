#pragma once

#include "providers/ProviderClient.h"

namespace tl::providers {

class EntraTokenSource;

// Azure Cost Management Query API (POST {scope}/providers/Microsoft.CostManagement/query):
// actual cost and usage quantity per day of the configured meter categories, grouped by meter
// and by resource (or resource group, or one tag key: the API allows two groupings), signed in
// with Entra ID client credentials. Pages follow properties.nextLink. Each row becomes one fact
// with the billed cost and, for an Azure OpenAI token meter, its tokens (domain/AzureMeter);
// provisioned throughput and other meters stay billed-only cost lines.
//
// Options: "tenant_id", "client_id" (the secret is the connection's key), "scope"
// ("/subscriptions/<id>", "…/resourceGroups/<name>" or
// "/providers/Microsoft.Billing/billingAccounts/<id>"), "group_by" ("resource" default,
// "resource_group", or "tag:<key>"), "meter_categories" (default ["Cognitive Services"]),
// "tokens_per_unit" (default 1000, a meter that names 1M overrides), "api_version".
class AzureCostClient : public ProviderClient
{
public:
    AzureCostClient(Connection connection, Credentials credentials, HttpClient &http);
    ~AzureCostClient() override;

    Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to, FetchStats &stats) override;
    Status probe() override;

    static constexpr const char *kDefaultApiVersion = "2023-11-01";

    QByteArray requestBody(std::int64_t from, std::int64_t to) const;
    // Reads one query result page into `facts`; returns the next page's URL ("" after the last).
    Result<QString> readPage(const HttpResponse &response, int pageNo, QList<UsageFact> &facts,
                             FetchStats &stats);
    EntraTokenSource &tokens() { return *m_tokens; }

private:
    Result<QUrl> queryUrl() const;
    Status checkNextLink(const QUrl &next) const;

    std::unique_ptr<EntraTokenSource> m_tokens;
};

} // namespace tl::providers
