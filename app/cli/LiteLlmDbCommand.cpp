#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/DatabasePricing.h"
#include "services/LiteLlmDbImportUseCase.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"
#include "store/litellm/LiteLlmDailySpend.h"

namespace tl::cli {

int runImportLiteLlmDb(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Imports the daily spend of a LiteLLM proxy's own PostgreSQL database (read-only) into "
        "the local database: one daily record per row of LiteLLM_DailyUserSpend, priced by the "
        "catalog, LiteLLM's spend kept as the billed cost. Run it again to bring in what changed "
        "since: rows are read from the last updated_at on, and a day's grown figures replace "
        "its record. The password comes from $TOKENLEDGER_LITELLM_DB_PASSWORD, the systemd "
        "credential litellm-db-password, $PGPASSWORD or ~/.pgpass, never from the URL; a server "
        "not on this machine is reached over TLS."));
    const QCommandLineOption tables(
        QStringLiteral("tables"),
        QStringLiteral("Tables to read, comma-separated: user (default), team, tag. The team and tag tables "
                       "count the same requests as the user table again; read one of them only."),
        QStringLiteral("LIST"), QStringLiteral("user"));
    cmd.add(tables);
    cmd.addPositional(QStringLiteral("URL"), QStringLiteral("LiteLLM's PostgreSQL URL, without a password."));
    if (auto stop = cmd.parse(args))
        return *stop;
    if (cmd.positional().size() != 1) {
        printError(QStringLiteral("import-litellm-db: name the database URL once (try --help)"));
        return ExitUsage;
    }
    QStringList kinds;
    for (const QString &part : cmd.value(tables).split(u',', Qt::SkipEmptyParts)) {
        const QString kind = part.trimmed().toLower();
        if (!store::litellm::LiteLlmDailySpend::kinds().contains(kind)) {
            printError(QStringLiteral("import-litellm-db: unknown table '%1'; use user, team or tag").arg(part));
            return ExitUsage;
        }
        if (!kinds.contains(kind))
            kinds << kind;
    }
    if (kinds.isEmpty())
        kinds << QStringLiteral("user");
    auto address = store::ledger::LedgerAddress::parse(cmd.positional().constFirst(),
                                                       store::ledger::LedgerAddress::Purpose::LiteLlmDatabase);
    if (!address) {
        printError(address.errorMessage());
        return ExitUsage;
    }
    // Never the ledger's password: LiteLLM's own, or libpq's sources.
    address->setPassword(services::LiteLlmDbImportUseCase::passwordFromEnvironment());

    auto db = store::Database::open(cmd.databasePath());
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    const auto pricing = loadPricing(cmd.databasePath());
    if (!pricing)
        return ExitFailure;
    store::WriterNote writerNote(**db, QStringLiteral("an import"));
    auto run = services::LiteLlmDbImportUseCase(**db, *pricing).run(*address, kinds);
    if (!run) {
        printError(run.errorMessage());
        return ExitFailure;
    }
    if (cmd.json()) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &t : run->tables) {
            nlohmann::ordered_json jt;
            jt["table"] = utf8(t.table);
            jt["present"] = t.present;
            jt["read"] = t.read;
            jt["inserted"] = t.inserted;
            jt["replaced"] = t.replaced;
            jt["unchanged"] = t.unchanged;
            jt["unpriced"] = t.unpriced;
            jt["watermark"] = utf8(t.watermark);
            j.push_back(jt);
        }
        nlohmann::ordered_json out;
        out["tables"] = j;
        printJson(out);
    } else {
        for (const auto &t : run->tables) {
            if (!t.present) {
                printOut(QStringLiteral("%1: not in this database\n").arg(t.table));
                continue;
            }
            printOut(QStringLiteral("%1: %2 rows read, %3 new, %4 replaced, %5 unchanged, %6 without a price\n")
                         .arg(t.table)
                         .arg(t.read)
                         .arg(t.inserted)
                         .arg(t.replaced)
                         .arg(t.unchanged)
                         .arg(t.unpriced));
        }
    }
    return ExitOk;
}

} // namespace tl::cli
