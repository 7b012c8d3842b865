#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace tl::store::ledger {

class PgConnection;

// A collector's provider syncs in the ledger (resources/ledger/003_collector.sql): the
// connections' state (sync_connection, never a secret), each sync's import_batch row, and the
// synced facts, one transaction per window of days. writeWindow() COPYs the window's facts
// into a stage table, creates the months' partitions they need (through `ddl`, committed on
// their own), takes the ledger's write lock and then, in the ledger's own SQL: removes the facts
// of the connection in the window that the provider no longer reports (tombstones), replaces
// those whose figures changed (a new change number each), inserts the new ones, moves the
// connection's watermark, and commits with a NOTIFY. Reading the same window again changes
// nothing, so two collectors syncing one connection store every bucket once.
class LedgerSync
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerSync)

public:
    struct Registered
    {
        std::int64_t id = 0;
        std::optional<std::int64_t> watermark;
    };
    struct Window
    {
        std::int64_t from = 0; // UTC seconds, [from, to)
        std::int64_t to = 0;
        QString keyPrefix;                     // the connection's record keys start with this
        std::optional<std::int64_t> watermark; // moved here with the facts when set
    };
    struct Written
    {
        std::int64_t inserted = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        std::int64_t removed = 0;
    };
    struct Outcome
    {
        QString status; // done, failed, cancelled
        std::int64_t buckets = 0;
        std::int64_t inserted = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        QString error;
    };

    LedgerSync(PgConnection &conn, PgConnection &ddl) : m_conn(conn), m_ddl(ddl) {}

    // The ledger's record of connection `name` (created when new, its provider, base URL and
    // options brought up to date); a name the ledger knows for another provider is refused.
    Result<Registered> registerConnection(const QString &name, const QString &provider, const QString &baseUrl,
                                          const QString &optionsJson);
    // An import_batch row for one sync run (committed at once, status running).
    Result<std::int64_t> beginBatch(const QString &source, const QString &name);
    Result<Written> writeWindow(std::int64_t batchId, std::int64_t connectionId, std::span<const UsageFact> facts,
                                const Window &window);
    Status finishBatch(std::int64_t batchId, const QString &status, std::int64_t read, std::int64_t imported,
                       std::int64_t unchanged, const QString &message);
    Status recordSync(std::int64_t connectionId, const Outcome &outcome);

private:
    PgConnection &m_conn;
    PgConnection &m_ddl;
};

} // namespace tl::store::ledger
