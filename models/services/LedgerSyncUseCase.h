#pragma once

#include "core/Result.h"
#include "providers/Connection.h"
#include "providers/SyncEngine.h"
#include "services/SyncUseCase.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace tl::store {
class Database;
}
namespace tl::store::ledger {
class LedgerAddress;
class PgConnection;
}

namespace tl::services {

// "Sync this connection into the team ledger", the collector's sync: the same provider clients,
// windows and pricing as a local sync (providers::SyncEngine), written to the ledger
// (store::ledger::LedgerSync) instead of the local database. The connections and the prices
// come from the local database `db`; the connection's position and last outcome are kept in the
// ledger, so that any collector continues where the last stopped. Keys come only from the
// environment and systemd credentials, never from a keychain (a collector has none).
class LedgerSyncUseCase
{
    Q_DECLARE_TR_FUNCTIONS(tl::services::LedgerSyncUseCase)

public:
    explicit LedgerSyncUseCase(store::Database &db);
    ~LedgerSyncUseCase();
    LedgerSyncUseCase(const LedgerSyncUseCase &) = delete;
    LedgerSyncUseCase &operator=(const LedgerSyncUseCase &) = delete;

    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    // Connects to the ledger (two connections) and brings its schema up to date.
    Status open(const store::ledger::LedgerAddress &address);
    // One connection's sync; open() first.
    SyncRun run(const providers::Connection &connection, const providers::SyncOptions &options);

private:
    store::Database &m_db;
    std::unique_ptr<store::ledger::PgConnection> m_conn;
    std::unique_ptr<store::ledger::PgConnection> m_ddl;
    std::function<bool()> m_cancelled;
};

} // namespace tl::services
