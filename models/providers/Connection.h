#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tl::store {
class Database;
}

namespace tl::providers {

// A provider billing API the user connected: where it is, what to read, and how the last sync
// went. Holds no secret; the key lives in the keychain (see ConnectionSecrets).
struct Connection
{
    std::int64_t id = 0;
    QString provider; // openai, anthropic, aws, azure, google
    QString name;
    QString baseUrl;
    // Provider options, all optional:
    //   openai:    "project_ids": [..], "endpoints": ["completions","embeddings","images","costs"],
    //              "spend_limits": false (do not mirror spend limits and alerts as budgets)
    //   anthropic: "workspace_ids": [..], "models": [..]
    //   aws:       "service": "Amazon Bedrock", "region": "us-east-1", "access_key_id": "AKIA…",
    //              "group_by_account": bool, "tokens_per_unit": 1000
    //   azure:     "tenant_id", "client_id", "scope", "group_by", "meter_categories": [..],
    //              "tokens_per_unit" (AzureCostClient)
    //   google:    "project_id", "table", "location", "services": [..] (BigQueryBillingClient)
    QJsonObject options;
    std::optional<std::int64_t> watermark;
    std::optional<std::int64_t> lastSyncAt;
    QString lastStatus; // done, failed, cancelled, or empty (never synced)
    std::int64_t lastBuckets = 0;
    std::int64_t lastInserted = 0;
    std::int64_t lastReplaced = 0;
    std::int64_t lastUnchanged = 0;
    QString lastError;

    // Human-readable filter summary for lists ("projects: a, b").
    QString filterSummary() const;
};

// Provider ids, their display names and default base URLs.
QStringList providerIds();
QString providerDisplayName(const QString &provider);
QString defaultBaseUrl(const QString &provider);
// import_batch.source for a provider's syncs: openai-api, anthropic-api, aws-api.
QString syncSourceName(const QString &provider);

// Reads and writes the provider_connection table.
class ConnectionStore
{
public:
    explicit ConnectionStore(store::Database &db) : m_db(db) {}

    Result<QList<Connection>> all();
    Result<std::optional<Connection>> byName(const QString &name);
    Result<std::optional<Connection>> byId(std::int64_t id);
    // Inserts (id 0) or updates the user-editable fields (provider, name, base URL, options).
    Result<std::int64_t> save(const Connection &c);
    Status remove(std::int64_t id);
    Status setWatermark(std::int64_t id, std::int64_t watermark);
    Status recordSync(const Connection &c); // the last_* fields

private:
    store::Database &m_db;
};

} // namespace tl::providers
