#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/CostEngine.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerReprice.h"
#include "store/ledger/PgConnection.h"

namespace tl::cli {

int repriceAndReport(store::Database &db, bool json)
{
    auto r = pricing::repriceDatabase(db);
    if (!r) {
        printError(r.errorMessage());
        return ExitFailure;
    }
    if (json) {
        nlohmann::ordered_json j;
        j["records"] = r->records;
        j["changed"] = r->changed;
        j["unpriced"] = r->unpriced;
        printJson(j);
    } else {
        printOut(QStringLiteral("Re-priced %1 usage records: %2 changed, %3 without a price.\n")
                     .arg(r->records)
                     .arg(r->changed)
                     .arg(r->unpriced));
    }
    return ExitOk;
}

int repriceLedgerAndReport(store::ledger::PgConnection &ledger, bool json, bool quiet)
{
    const auto pricing = loadLedgerPricing(ledger);
    if (!pricing)
        return ExitFailure;
    const pricing::CostEngine &engine = pricing->engine();
    auto r = store::ledger::LedgerReprice(ledger).run([&](UsageFact &f) { engine.priceFact(f); });
    if (!r) {
        printError(r.errorMessage());
        return ExitFailure;
    }
    if (quiet)
        return ExitOk;
    if (json) {
        nlohmann::ordered_json j;
        j["records"] = r->facts;
        j["changed"] = r->changed;
        j["unpriced"] = r->unpriced;
        printJson(j);
    } else {
        printOut(QStringLiteral("Re-priced %1 usage records in the team ledger: %2 changed, %3 without a price.\n")
                     .arg(r->facts)
                     .arg(r->changed)
                     .arg(r->unpriced));
    }
    return ExitOk;
}

namespace {

// reprice --ledger URL: the ledger's facts with the ledger's prices (its catalogs, overrides,
// discounts and modifier rules over the built-in catalog); desktops take the new costs on
// their next pull.
int repriceLedger(const CommandLine &cmd)
{
    int exit = ExitOk;
    auto conn = openLedger(cmd, &exit);
    return conn ? repriceLedgerAndReport(*conn, cmd.json()) : exit;
}

} // namespace

int runReprice(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Recomputes the cost of every stored usage record with the database's current prices "
        "(imported catalogs and overrides over the built-in catalog, and discounts), in one "
        "transaction. Run it after changing prices. With --ledger URL it re-prices the team "
        "ledger's records with the team ledger's prices (its catalogs, overrides, discounts and "
        "modifier rules over the built-in catalog) instead."));
    if (auto stop = cmd.parse(args))
        return *stop;
    if (!cmd.ledgerUrl().isEmpty())
        return repriceLedger(cmd);
    auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    // Tells a second writer who holds the file while this one runs (see WriterNote).
    store::WriterNote writerNote(**db, QStringLiteral("a re-price"));
    return repriceAndReport(**db, cmd.json());
}

} // namespace tl::cli
