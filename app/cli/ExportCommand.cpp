#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/FilterOption.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "export/FocusExporter.h"
#include "export/RawCsvExporter.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

namespace tl::cli {

int runExport(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Exports usage data: --focus writes FOCUS 1.3 CSV (or 1.2 with --focus-version 1.2; one row per "
        "day, dimension key and token kind, "
        "from the daily rollup) plus FILE.metadata.json; --csv writes every stored usage record as CSV. "
        "Both stream, so any amount of data fits."));
    const QCommandLineOption focusOpt{QStringLiteral("focus"), QStringLiteral("FOCUS CSV file to write."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption versionOpt{QStringLiteral("focus-version"),
                                        QStringLiteral("FOCUS version to follow: 1.3 (default) or 1.2."),
                                        QStringLiteral("VERSION"), QStringLiteral("1.3")};
    const QCommandLineOption csvOpt{QStringLiteral("csv"), QStringLiteral("Raw usage records CSV file to write."),
                                    QStringLiteral("FILE")};
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption filterOpt{QStringLiteral("filter"),
                                       QStringLiteral("Only records where DIM is VALUE; repeat for more."),
                                       QStringLiteral("DIM=VALUE")};
    for (const auto *o : {&focusOpt, &versionOpt, &csvOpt, &fromOpt, &toOpt, &filterOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    if (cmd.isSet(focusOpt) == cmd.isSet(csvOpt)) {
        printError(QStringLiteral("export needs exactly one of --focus FILE or --csv FILE"));
        return ExitUsage;
    }
    const auto version = exporting::FocusExporter::parseVersion(cmd.value(versionOpt));
    if (!version) {
        printError(QStringLiteral("--focus-version: '%1' is not a FOCUS version TokenLedger writes (1.3 or 1.2)")
                       .arg(cmd.value(versionOpt)));
        return ExitUsage;
    }
    if (cmd.isSet(versionOpt) && !cmd.isSet(focusOpt)) {
        printError(QStringLiteral("--focus-version goes with --focus FILE"));
        return ExitUsage;
    }
    query::UsageFilter filter;
    if (!parseDateRange(cmd, fromOpt, toOpt, &filter.from, &filter.to) || !parseFilters(cmd, filterOpt, &filter))
        return ExitUsage;
    auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }

    nlohmann::ordered_json j;
    QString text;
    if (cmd.isSet(focusOpt)) {
        auto pricing = pricing::DatabasePricing::load(**db);
        if (!pricing) {
            printError(pricing.errorMessage());
            return ExitFailure;
        }
        exporting::FocusExporter exporter(**db, **pricing);
        exporter.setOrganisationName((*db)->setting(QStringLiteral("organisation")));
        exporter.setVersion(*version);
        const QString versionName = exporting::FocusExporter::versionName(*version);
        const QString path = cmd.value(focusOpt);
        auto stats = exporter.write(path, filter);
        if (!stats) {
            printError(stats.errorMessage());
            return ExitFailure;
        }
        j["file"] = utf8(path);
        j["metadata"] = utf8(exporting::FocusExporter::metadataPath(path));
        j["format"] = utf8(QStringLiteral("focus-") + versionName);
        j["rows"] = stats->rows;
        j["requests"] = stats->requests;
        j["effective_cost"] = utf8(stats->effectiveCost.toDecimalString(2));
        j["billed_cost"] = utf8(stats->billedCost.toDecimalString(2));
        text = QStringLiteral("FOCUS %1: %2 charges written to %3 (effective cost %4 USD, billed %5 USD); "
                              "metadata in %6\n")
                   .arg(versionName)
                   .arg(stats->rows)
                   .arg(path, stats->effectiveCost.toRoundedString(2), stats->billedCost.toRoundedString(2),
                        exporting::FocusExporter::metadataPath(path));
    } else {
        const QString path = cmd.value(csvOpt);
        auto stats = exporting::RawCsvExporter(**db).write(path, filter);
        if (!stats) {
            printError(stats.errorMessage());
            return ExitFailure;
        }
        j["file"] = utf8(path);
        j["format"] = "csv";
        j["rows"] = stats->rows;
        j["cost"] = utf8(stats->cost.toDecimalString(2));
        j["billed_cost"] = utf8(stats->billed.toDecimalString(2));
        text = QStringLiteral("%1 usage records written to %2 (cost %3 USD)\n")
                   .arg(stats->rows)
                   .arg(path, stats->cost.toRoundedString(2));
    }
    if (cmd.json())
        printJson(j);
    else
        printOut(text);
    return ExitOk;
}

} // namespace tl::cli
