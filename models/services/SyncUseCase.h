#pragma once

#include "providers/Connection.h"
#include "providers/CredentialStore.h"
#include "providers/SyncEngine.h"
#include "services/ProviderBudgets.h"

#include <QString>

#include <functional>

namespace tl::store {
class Database;
}

namespace tl::services {

// What one sync of one connection came to.
struct SyncRun
{
    // The engine ran: `summary` holds its counts (and its error when it failed or was
    // cancelled). False when the sync could not start (prices, credentials).
    bool ran = false;
    providers::SyncSummary summary;
    QString error;            // why it failed, never a key; empty when ok
    QString credentialSource; // where the key came from (keychain, environment)
    // OpenAI: the spend limits and alerts mirrored as budgets after the usage was read. A
    // failure to read them (e.g. a key without the right) leaves the sync ok and is said here.
    bool spendControlsRead = false;
    ProviderBudgetChanges budgetChanges;
    QString spendControlsProblem;

    bool ok() const { return ran && summary.ok; }
};

// "Sync this connection now", written once for the desktop app (on its worker) and the CLI:
// loads the prices, resolves the connection's credentials and runs the sync engine on `db`.
// The connection's sync state records the outcome in every case, also when the credentials
// are missing (the engine records the runs it makes).
class SyncUseCase
{
public:
    using Progress = std::function<void(int windowsDone, int windowsTotal, int pages)>;

    SyncUseCase(store::Database &db, providers::CredentialStore *credentials);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Polled while the sync runs (also during a stalled request); true stops it, and the
    // import history records the run as cancelled. A CancelToken's check() fits.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    SyncRun run(const providers::Connection &connection, const providers::SyncOptions &options);

private:
    void mirrorSpendControls(const providers::Connection &connection, const providers::Credentials &credentials,
                             const providers::SyncOptions &options, SyncRun &out);
    void recordFailure(const providers::Connection &connection, const QString &error);

    store::Database &m_db;
    providers::CredentialStore *m_credentials;
    Progress m_progress;
    std::function<bool()> m_cancelled;
};

} // namespace tl::services
