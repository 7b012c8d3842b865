#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "providers/Connection.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace tl::store {
class Database;
}

namespace tl::providers {

// Where a sync (SyncEngine) stores what it read: the local database (LocalSyncTarget) or a
// team ledger (services::LedgerSyncUseCase). A target records the run as an import batch,
// stores each window of facts together with the connection's new watermark in one
// transaction, and keeps the connection's last-sync state.
class SyncTarget
{
public:
    struct Window
    {
        std::int64_t from = 0; // UTC seconds, [from, to)
        std::int64_t to = 0;
        QString keyPrefix; // the connection's record keys in the window start with this
        std::optional<std::int64_t> watermark; // moved with the facts when set
    };
    struct Written
    {
        std::int64_t inserted = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        std::int64_t removed = 0; // facts of the connection in the window no longer reported
    };

    virtual ~SyncTarget() = default;

    // The start of the connection's record keys ("api:<connection id>" locally).
    virtual QString recordKeyPrefix(const Connection &c) const;
    virtual Result<std::int64_t> beginBatch(const QString &source, const QString &name) = 0;
    virtual Result<Written> writeWindow(std::int64_t batchId, const Connection &c, std::span<const UsageFact> facts,
                                        const Window &window) = 0;
    virtual Status finishBatch(std::int64_t batchId, const QString &status, std::int64_t read,
                               std::int64_t imported, std::int64_t unchanged, const QString &message) = 0;
    // The connection's last_* fields.
    virtual Status recordSync(const Connection &record) = 0;
};

// The local database: FactStore's batches and upsert, ConnectionStore's watermark and state.
class LocalSyncTarget : public SyncTarget
{
public:
    explicit LocalSyncTarget(store::Database &db) : m_db(db) {}

    Result<std::int64_t> beginBatch(const QString &source, const QString &name) override;
    Result<Written> writeWindow(std::int64_t batchId, const Connection &c, std::span<const UsageFact> facts,
                                const Window &window) override;
    Status finishBatch(std::int64_t batchId, const QString &status, std::int64_t read, std::int64_t imported,
                       std::int64_t unchanged, const QString &message) override;
    Status recordSync(const Connection &record) override;

private:
    store::Database &m_db;
};

} // namespace tl::providers
