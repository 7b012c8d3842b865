#pragma once

#include "providers/Connection.h"
#include "providers/HttpClient.h"
#include "providers/ProviderClient.h"
#include "providers/SyncTarget.h"

#include <QDate>

#include <functional>
#include <optional>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class DatabasePricing;
}

namespace tl::providers {

struct SyncOptions
{
    std::optional<QDate> from; // first UTC day; default: watermark − trailing window
    std::optional<QDate> to;   // last UTC day, included; default: today
    int trailingDays = 3;      // re-read this much before the watermark (late data is normal)
    int initialDays = 30;      // first sync of a connection reaches back this far
    int windowDays = 31;       // one request range and one transaction each
    RetryPolicy retry;
    std::int64_t now = 0; // UTC seconds; 0 = the clock
};

struct SyncSummary
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::int64_t from = 0; // UTC seconds, range read [from, to)
    std::int64_t to = 0;
    std::int64_t batchId = 0;
    int windows = 0;
    int pages = 0;
    int buckets = 0;
    int rows = 0;
    int retries = 0;
    int requests = 0;
    std::int64_t inserted = 0;
    std::int64_t replaced = 0;
    std::int64_t unchanged = 0;
    std::int64_t removed = 0;
    std::int64_t unpriced = 0;
    Money billed;   // reported by the provider for the range read
    Money computed; // computed from the catalog for the range read
};

// Pulls a connection's buckets into the store (product spec §2.1): the range starts a
// trailing window before the watermark, is read in windows, and each complete window is
// upserted and the watermark moved past it in one transaction. A failure or cancel leaves the
// windows before it stored and the failed one untouched; the next sync resumes from the
// watermark. Every run writes an import_batch row (source "<provider>-api", file = name).
// The facts go to the local database, or to another SyncTarget (a team ledger).
class SyncEngine
{
public:
    SyncEngine(store::Database &db, const pricing::DatabasePricing &pricing)
        : m_local(std::in_place, db), m_target(*m_local), m_pricing(pricing)
    {
    }
    SyncEngine(SyncTarget &target, const pricing::DatabasePricing &pricing)
        : m_local(std::nullopt), m_target(target), m_pricing(pricing)
    {
    }
    SyncEngine(const SyncEngine &) = delete; // m_target may refer to m_local
    SyncEngine &operator=(const SyncEngine &) = delete;

    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // (windows done, windows total, pages read so far)
    void setProgress(std::function<void(int, int, int)> progress)
    {
        m_progress = std::move(progress);
    }

    SyncSummary run(const Connection &connection, const Credentials &credentials,
                    const SyncOptions &options);

    // One small request for "Test connection"; the failure kind tells which verdict to show.
    static Status test(const Connection &connection, const Credentials &credentials,
                       const RetryPolicy &retry, HttpFailure *failure = nullptr);

private:
    void priceFacts(QList<UsageFact> &facts) const;

    std::optional<LocalSyncTarget> m_local;
    SyncTarget &m_target;
    const pricing::DatabasePricing &m_pricing;
    std::function<bool()> m_cancelled;
    std::function<void(int, int, int)> m_progress;
};

// Removes anything that looks like a credential from a message before it is shown or stored:
// the connection's own secrets, and key-shaped words (sk-…, AKIA…/ASIA…) that a server may
// echo, masked or not, in an error body.
QString redactSecrets(QString message, const Credentials &credentials);

// Adds facts with the same record key together (a provider may split one group over rows).
QList<UsageFact> mergeByRecordKey(const QList<UsageFact> &facts);

} // namespace tl::providers
