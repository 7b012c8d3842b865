#include "cli/PriceTarget.h"

#include "cli/CliApp.h"
#include "cli/Commands.h"
#include "pricing/DatabasePricing.h"
#include "store/SqliteCatalogStore.h"
#include "store/ledger/LedgerCatalogStore.h"

namespace tl::cli {

std::optional<PriceTarget> openTarget(const CommandLine &cmd, const QString &what, int *exit)
{
    PriceTarget t;
    if (!cmd.ledgerUrl().isEmpty()) {
        t.ledger = openLedger(cmd, exit);
        if (!t.ledger)
            return std::nullopt;
        t.store = std::make_unique<store::ledger::LedgerCatalogStore>(*t.ledger);
        return t;
    }
    auto db = store::Database::open(cmd.databasePath());
    if (!db) {
        printError(db.errorMessage());
        *exit = ExitFailure;
        return std::nullopt;
    }
    t.db = std::move(db).value();
    // Tells a second writer who holds the file while this one runs (see WriterNote).
    if (!what.isEmpty())
        t.writerNote = std::make_unique<store::WriterNote>(*t.db, what);
    t.store = std::make_unique<store::SqliteCatalogStore>(*t.db);
    return t;
}

int repriceTarget(PriceTarget &t, bool json)
{
    return t.ledger ? repriceLedgerAndReport(*t.ledger, json) : repriceAndReport(*t.db, json);
}

std::unique_ptr<pricing::DatabasePricing> listedPricing(const CommandLine &cmd)
{
    if (cmd.ledgerUrl().isEmpty())
        return loadPricing(cmd.databasePath());
    int exit = ExitOk;
    auto t = openTarget(cmd, QString(), &exit);
    return t ? loadLedgerPricing(*t->ledger) : nullptr;
}

} // namespace tl::cli
