#pragma once

#include "providers/ProviderClient.h"

namespace tl::providers {

// Anthropic Admin API: the messages usage report (token facts, cache writes from the nested
// cache_creation object) and the cost report (billed-only facts; amounts are decimal strings
// in cents). x-api-key + anthropic-version headers. With the connection option
// "cost_analytics": true the costs come from the Usage and Cost Analytics API instead
// (/v1/organizations/analytics/cost, beta header), which gives each row's amount after
// discounts (billedCost) and its list-price amount (billedListCost).
class AnthropicClient : public ProviderClient
{
public:
    using ProviderClient::ProviderClient;

    Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to, FetchStats &stats) override;
    Status probe() override;

    static QString tierOf(const QString &serviceTier);
    // Reads one response page of the usage (or, with `cost`, the cost) report, asked for with
    // the cursor `page`, into `facts`: the cursor of the next page, empty after the last one.
    Result<QString> readPage(bool cost, const HttpResponse &response, const QString &page,
                             int pageNo, QList<UsageFact> &facts, FetchStats &stats);

private:
    bool usesCostAnalytics() const;
    HttpRequest analyticsRequest(std::int64_t from, std::int64_t to, const QString &page) const;
    Result<UsageFact> analyticsFact(const QJsonObject &item) const;
    Result<QList<UsageFact>> fetchAnalyticsCost(std::int64_t from, std::int64_t to, FetchStats &stats);
    Result<QList<UsageFact>> fetchReport(bool cost, std::int64_t from, std::int64_t to,
                                         FetchStats &stats);
    HttpRequest request(bool cost, std::int64_t from, std::int64_t to, int limit,
                        const QString &page) const;
    Result<UsageFact> toFact(bool cost, std::int64_t start, const QJsonObject &row) const;
};

} // namespace tl::providers
