#pragma once

#include "core/Result.h"
#include "services/LedgerPricesPull.h"
#include "services/ProviderBudgets.h"
#include "store/LedgerMirror.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>

namespace tl::store {
class Database;
}
namespace tl::store::ledger {
class LedgerAddress;
class PgConnection;
}

namespace tl::services {

// What one pull from a team ledger came to.
struct LedgerPullResult
{
    QString ledgerId;
    std::int64_t fromChange = 0; // the ledger's change number the database had
    std::int64_t toChange = 0;   // and has now
    store::LedgerMirror::Counts counts;
    // The ledger's budgets, kept in step as local budgets of origin "ledger:<ledger id>:<id>".
    ProviderBudgetChanges budgets;
    // The ledger's prices and mappings, kept as the team ledger's (services/LedgerPricesPull).
    LedgerPriceChanges prices;
    double seconds = 0;

    bool changed() const { return counts.added + counts.replaced + counts.removed > 0; }
};

// "Pull the team ledger's changes into this database", for the CLI (`ledger pull`) and the
// desktop app alike: reads the changes after the number this database reached last time
// (store::ledger::LedgerChanges, one snapshot) and applies them to the local copy
// (store::LedgerMirror, one local transaction). Nothing changed, nothing is written; a pull
// that fails half-way (a dropped connection) leaves the database as it was. Then the ledger's
// budgets become local budgets marked as the ledger's (added, updated, removed with it); the
// analyst's own budgets are never touched, and a name they use already gets a suffix.
class LedgerPullUseCase
{
    Q_DECLARE_TR_FUNCTIONS(tl::services::LedgerPullUseCase)

public:
    explicit LedgerPullUseCase(store::Database &db) : m_db(db) {}

    void setChunkSize(int facts) { m_chunkSize = facts; }
    // Called with the ledger connection after each chunk is stored locally (tests drop the
    // connection there).
    void setAfterChunk(std::function<void(store::ledger::PgConnection &)> hook) { m_afterChunk = std::move(hook); }

    Result<LedgerPullResult> run(const store::ledger::LedgerAddress &address);

private:
    store::Database &m_db;
    int m_chunkSize = 20000;
    std::function<void(store::ledger::PgConnection &)> m_afterChunk;
};

} // namespace tl::services
