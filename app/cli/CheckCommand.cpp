#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "store/Database.h"
#include "store/DatabaseCheck.h"

namespace tl::cli {

namespace {

nlohmann::ordered_json reportJson(const store::DatabaseCheck::Report &r)
{
    nlohmann::ordered_json j;
    j["full"] = r.full;
    j["ok"] = r.ok();
    j["seconds"] = r.seconds;
    j["problems"] = nlohmann::ordered_json::array();
    for (const QString &p : r.problems)
        j["problems"].push_back(utf8(p));
    return j;
}

void printReport(const QString &path, const store::DatabaseCheck::Report &r)
{
    if (r.ok()) {
        printOut(QStringLiteral("%1: no damage found (%2 check, %3 s).\n")
                     .arg(path, r.full ? QStringLiteral("full") : QStringLiteral("quick"))
                     .arg(r.seconds, 0, 'f', 2));
        return;
    }
    for (const QString &p : r.problems)
        printOut(p + u'\n');
}

} // namespace

int runCheck(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Checks the database for damage. The quick check compares the daily and hourly totals "
        "and reads every page of them; --full also runs SQLite's quick_check over the whole file "
        "(time grows with the file) and compares the totals with the usage records. --repair "
        "backs the file up next to it and rebuilds the totals from the usage records, then checks "
        "again. Exits 1 when damage remains."));
    const QCommandLineOption fullOpt(QStringLiteral("full"),
                                     QStringLiteral("Check every page and compare with the usage records."));
    const QCommandLineOption repairOpt(QStringLiteral("repair"),
                                       QStringLiteral("Back up, then rebuild the totals from the usage records."));
    cmd.add(fullOpt);
    cmd.add(repairOpt);
    if (auto stop = cmd.parse(args))
        return *stop;
    auto db = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    store::DatabaseCheck check(**db);
    const bool full = cmd.isSet(fullOpt) || cmd.isSet(repairOpt);
    store::DatabaseCheck::Report report = check.run(full);
    nlohmann::ordered_json j;
    if (cmd.isSet(repairOpt) && !report.ok()) {
        if (!cmd.json())
            printReport((*db)->path(), report);
        j["before"] = reportJson(report);
        auto copy = store::DatabaseCheck::backup(**db, QStringLiteral("repair"));
        if (!copy) {
            printError(copy.errorMessage());
            return ExitFailure;
        }
        if (Status s = check.rebuildRollups(); !s) {
            printError(s.errorMessage());
            return ExitFailure;
        }
        j["backup"] = utf8(*copy);
        if (!cmd.json())
            printOut(QStringLiteral("Backed up to %1; rebuilt the daily and hourly totals from the "
                                    "usage records.\n")
                         .arg(*copy));
        report = check.run(true);
    }
    if (cmd.json()) {
        j["after"] = reportJson(report);
        printJson(j);
    } else {
        printReport((*db)->path(), report);
    }
    return report.ok() ? ExitOk : ExitFailure;
}

} // namespace tl::cli
