#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "demo/DemoOrganisation.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ImportedUsage.h"

#include <QDateTime>

namespace tl::cli {

int runDemo(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Fills the database with the built-in demo organisation: 5 teams, 10 workloads on OpenAI, "
        "Anthropic and Bedrock, hourly usage up to now. Running it again adds nothing."));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Number of days (default 90)."),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("Last day generated, YYYY-MM-DD (default: today, up to the current hour)."),
                                 QStringLiteral("DATE"));
    cmd.add(days);
    cmd.add(end);
    if (auto stop = cmd.parse(args))
        return *stop;

    bool okDays = false;
    const int dayCount = cmd.value(days).toInt(&okDays);
    if (!okDays || dayCount < 1 || dayCount > 3660) {
        printError(QStringLiteral("--days must be a whole number from 1 to 3660, not '%1'").arg(cmd.value(days)));
        return ExitUsage;
    }
    demo::DemoOptions options;
    options.days = dayCount;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cmd.isSet(end)) {
        options.lastDay = QDate::fromString(cmd.value(end), Qt::ISODate);
        if (!options.lastDay.isValid()) {
            printError(QStringLiteral("--end must be a date like 2026-11-30, not '%1'").arg(cmd.value(end)));
            return ExitUsage;
        }
    } else {
        options.lastDay = now.date();
        options.cutoff = now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600;
    }

    const QString path = cmd.databasePath();
    auto db = store::Database::open(path);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    // Tells a second writer who holds the file while this one runs (see WriterNote).
    store::WriterNote writerNote(**db, QStringLiteral("the demo"));
    // Never mix invented numbers into real data.
    auto real = store::holdsRealUsage(**db);
    if (real && *real) {
        printError(QStringLiteral("'%1' already holds imported data; demo data would mix with it. "
                                  "Use another --db file.").arg(path));
        return ExitFailure;
    }
    auto added = demo::DemoOrganisation::load(**db, options);
    if (!added) {
        printError(added.errorMessage());
        return ExitFailure;
    }
    const QDate first = options.lastDay.addDays(-(dayCount - 1));
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["database"] = utf8(path);
        j["organisation"] = utf8(demo::DemoOrganisation::organisationName());
        j["from"] = utf8(first.toString(Qt::ISODate));
        j["to"] = utf8(options.lastDay.toString(Qt::ISODate));
        j["records_added"] = *added;
        printJson(j);
    } else {
        printOut(QStringLiteral("Demo organisation '%1': %2 usage records added for %3 – %4 in %5\n")
                     .arg(demo::DemoOrganisation::organisationName())
                     .arg(*added)
                     .arg(first.toString(Qt::ISODate), options.lastDay.toString(Qt::ISODate), path));
    }
    return ExitOk;
}

} // namespace tl::cli
