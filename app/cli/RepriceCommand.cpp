#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/WriterNote.h"

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

int runReprice(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Recomputes the cost of every stored usage record with the database's current prices "
        "(imported catalogs and overrides over the built-in catalog, and discounts), in one "
        "transaction. Run it after changing prices."));
    if (auto stop = cmd.parse(args))
        return *stop;
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
