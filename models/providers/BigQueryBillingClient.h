#pragma once

#include "providers/ProviderClient.h"

namespace tl::providers {

class GoogleTokenSource;

// Google Cloud's billing export in BigQuery, read through the BigQuery REST API: one
// jobs.query with the day range as parameters (cost, credits and usage per day, SKU, project,
// region and labels of the configured services), waiting for the job and paging through
// jobs.getQueryResults with pageToken. Each result row becomes one fact with the billed cost
// (cost plus credits) and, for a Vertex AI / Gemini token SKU, its tokens (domain/GoogleSku).
//
// Options: "project_id" (the project that runs the query job; default: the key file's),
// "table" ("project.dataset.gcp_billing_export_v1_XXXXXX"), "location" (the dataset's, e.g.
// "EU"), "services" (default ["Vertex AI", "Gemini API"]), "page_size" (rows per page).
class BigQueryBillingClient : public ProviderClient
{
public:
    BigQueryBillingClient(Connection connection, Credentials credentials, HttpClient &http);
    ~BigQueryBillingClient() override;

    Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to, FetchStats &stats) override;
    Status probe() override;

    // The SQL of the daily query over `table` (checked to be a plain table id).
    static QString querySql(const QString &table);
    QByteArray requestBody(const QString &table, std::int64_t from, std::int64_t to) const;
    // Reads the rows of one query response into `facts`.
    Result<int> readRows(const QJsonObject &body, int pageNo, QList<UsageFact> &facts,
                         FetchStats &stats) const;
    GoogleTokenSource &tokens() { return *m_tokens; }

private:
    Result<QString> project() const;
    Result<QJsonObject> call(HttpRequest request, int pageNo);

    std::unique_ptr<GoogleTokenSource> m_tokens;
};

} // namespace tl::providers
