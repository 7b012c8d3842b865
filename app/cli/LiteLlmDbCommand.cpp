#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "pricing/DatabasePricing.h"
#include "services/LiteLlmDbImportUseCase.h"
#include "services/LiteLlmLogsImportUseCase.h"
#include "store/BulkImport.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerImport.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"
#include "store/litellm/LiteLlmDailySpend.h"
#include "store/litellm/LiteLlmSpendLogs.h"

namespace tl::cli {

namespace {

// LiteLLM_SpendLogs into the local database or, with --ledger, into the team ledger.
int importSpendLogs(CommandLine &cmd, const store::ledger::LedgerAddress &litellm, store::Database &db,
                    const pricing::DatabasePricing &pricing)
{
    Result<services::LiteLlmLogsImportUseCase::Run> run = Error{};
    if (!cmd.ledgerUrl().isEmpty()) {
        auto address = store::ledger::LedgerAddress::parse(cmd.ledgerUrl());
        if (!address) {
            printError(address.errorMessage());
            return ExitUsage;
        }
        auto conn = store::ledger::LedgerSchema::openMigrated(*address);
        if (!conn) {
            printError(conn.errorMessage());
            return ExitFailure;
        }
        auto ddl = store::ledger::PgConnection::open(*address);
        if (!ddl) {
            printError(ddl.errorMessage());
            return ExitFailure;
        }
        // Priced with the team ledger's prices, as every fact the ledger holds.
        const auto ledgerPricing = loadLedgerPricing(**conn);
        if (!ledgerPricing)
            return ExitFailure;
        store::ledger::LedgerImport sink(**conn, **ddl);
        run = services::LiteLlmLogsImportUseCase(db, *ledgerPricing).run(litellm, sink, address->url());
    } else {
        store::WriterNote writerNote(db, QStringLiteral("an import"));
        store::BulkImport sink(db);
        run = services::LiteLlmLogsImportUseCase(db, pricing).run(litellm, sink, QStringLiteral("local"));
    }
    if (!run) {
        printError(run.errorMessage());
        return ExitFailure;
    }
    const QString table = store::litellm::LiteLlmSpendLogs::tableName();
    if (cmd.json()) {
        nlohmann::ordered_json jt;
        jt["table"] = utf8(table);
        jt["present"] = run->present;
        jt["read"] = run->read;
        jt["inserted"] = run->inserted;
        jt["duplicates"] = run->duplicates;
        jt["rejected"] = run->rejected;
        jt["unpriced"] = run->unpriced;
        jt["watermark"] = utf8(run->watermark);
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto &p : run->problems)
            problems.push_back({{"row", p.line}, {"field", utf8(p.field)}, {"reason", utf8(p.reason)}});
        jt["problems"] = problems;
        nlohmann::ordered_json out;
        out["tables"] = nlohmann::ordered_json::array({jt});
        printJson(out);
    } else if (!run->present) {
        printOut(QStringLiteral("%1: not in this database\n").arg(table));
    } else {
        printOut(QStringLiteral("%1: %2 rows read, %3 new, %4 already stored, %5 rejected, %6 without a price\n")
                     .arg(table)
                     .arg(run->read)
                     .arg(run->inserted)
                     .arg(run->duplicates)
                     .arg(run->rejected)
                     .arg(run->unpriced));
        for (const auto &p : run->problems)
            printOut(QStringLiteral("  row %1: %2 %3\n").arg(p.line).arg(p.field, p.reason));
    }
    return ExitOk;
}

} // namespace

int runImportLiteLlmDb(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Imports the daily spend of a LiteLLM proxy's own PostgreSQL database (read-only) into "
        "the local database: one daily record per row of LiteLLM_DailyUserSpend, priced by the "
        "catalog, LiteLLM's spend kept as the billed cost. Run it again to bring in what changed "
        "since: rows are read from the last updated_at on, and a day's grown figures replace "
        "its record. With --tables logs it reads LiteLLM_SpendLogs instead, one record per "
        "request, which --ledger writes to the team ledger. The password comes from $TOKENLEDGER_LITELLM_DB_PASSWORD, the systemd "
        "credential litellm-db-password, $PGPASSWORD or ~/.pgpass, never from the URL; a server "
        "not on this machine is reached over TLS."));
    const QCommandLineOption tables(
        QStringLiteral("tables"),
        QStringLiteral("Tables to read, comma-separated: user (default), team, tag (daily spend), or logs "
                       "(LiteLLM_SpendLogs, one record per request). They all count the same requests; "
                       "read one of them only."),
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
        if (!store::litellm::LiteLlmDailySpend::kinds().contains(kind) && kind != u"logs") {
            printError(QStringLiteral("import-litellm-db: unknown table '%1'; use user, team, tag or logs").arg(part));
            return ExitUsage;
        }
        if (!kinds.contains(kind))
            kinds << kind;
    }
    if (kinds.isEmpty())
        kinds << QStringLiteral("user");
    const bool logs = kinds.contains(u"logs");
    if (logs && kinds.size() > 1) {
        printError(QStringLiteral("import-litellm-db: logs and the daily tables count the same requests; "
                                  "read one of them only"));
        return ExitUsage;
    }
    if (!logs && !cmd.ledgerUrl().isEmpty()) {
        printError(QStringLiteral("import-litellm-db: --ledger takes the request log only (--tables logs); "
                                  "the daily tables are read into the local database"));
        return ExitUsage;
    }
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
    if (logs)
        return importSpendLogs(cmd, *address, **db, *pricing);
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
