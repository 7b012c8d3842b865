#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "demo/DemoOrganisation.h"
#include "demo/DemoStory.h"
#include "store/Database.h"
#include "store/WriterNote.h"
#include "store/ImportedUsage.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

namespace tl::cli {

int runDemo(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Fills the database with the built-in demo organisation: 5 teams, 13 workloads on OpenAI, "
        "Anthropic and Bedrock, hourly usage up to now, three budgets with their alert history and "
        "two what-if scenarios. Running it again adds nothing."));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Number of days (default 90)."),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("Last day generated, YYYY-MM-DD (default: today, up to the current hour)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption scenarioDir(QStringLiteral("write-scenarios"),
                                         QStringLiteral("Also write the demo's what-if scenarios as files into DIR."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption usageOnly(QStringLiteral("usage-only"),
                                       QStringLiteral("Only the usage records: no budgets, alert history or scenarios."));
    cmd.add(days);
    cmd.add(end);
    cmd.add(scenarioDir);
    cmd.add(usageOnly);
    if (auto stop = cmd.parse(args))
        return *stop;
    if (cmd.isSet(usageOnly) && cmd.isSet(scenarioDir)) {
        printError(QStringLiteral("--write-scenarios needs the scenarios that --usage-only leaves out"));
        return ExitUsage;
    }

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
    // Budgets, alert history and scenarios, as of the end of the generated data.
    const QDateTime storyNow = options.cutoff ? now : QDateTime(options.lastDay, QTime(23, 59, 59), QTimeZone::utc());
    const bool story = !cmd.isSet(usageOnly);
    if (Status s = story ? demo::DemoStory::apply(**db, storyNow, QTimeZone::systemTimeZone()) : Status();
        !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    QStringList written;
    if (cmd.isSet(scenarioDir)) {
        const QDir dir(cmd.value(scenarioDir));
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            printError(QStringLiteral("Cannot create the folder '%1'").arg(dir.path()));
            return ExitFailure;
        }
        const QStringList fileNames = {QStringLiteral("northwind-savings-plan.json"),
                                       QStringLiteral("northwind-self-hosting.json")};
        const QList<planning::Scenario> scenarios = demo::DemoStory::storedScenarios(**db);
        for (qsizetype i = 0; i < scenarios.size() && i < fileNames.size(); ++i) {
            QSaveFile file(dir.filePath(fileNames[i]));
            if (!file.open(QIODevice::WriteOnly) || file.write(scenarios[i].toJson()) < 0 || !file.commit()) {
                printError(QStringLiteral("Cannot write '%1': %2").arg(file.fileName(), file.errorString()));
                return ExitFailure;
            }
            written << dir.filePath(fileNames[i]);
        }
    }
    const QDate first = options.lastDay.addDays(-(dayCount - 1));
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["database"] = utf8(path);
        j["organisation"] = utf8(demo::DemoOrganisation::organisationName());
        j["from"] = utf8(first.toString(Qt::ISODate));
        j["to"] = utf8(options.lastDay.toString(Qt::ISODate));
        j["records_added"] = *added;
        j["budgets"] = nlohmann::ordered_json::array();
        for (const QString &name : story ? demo::DemoStory::budgetNames() : QStringList())
            j["budgets"].push_back(utf8(name));
        j["scenario_files"] = nlohmann::ordered_json::array();
        for (const QString &file : written)
            j["scenario_files"].push_back(utf8(file));
        printJson(j);
    } else {
        printOut(QStringLiteral("Demo organisation '%1': %2 usage records added for %3 – %4 in %5\n")
                     .arg(demo::DemoOrganisation::organisationName())
                     .arg(*added)
                     .arg(first.toString(Qt::ISODate), options.lastDay.toString(Qt::ISODate), path));
        if (story)
            printOut(QStringLiteral("Budgets: %1. What-if scenarios are on the What-if page")
                     .arg(demo::DemoStory::budgetNames().join(QStringLiteral(", ")))
                 + (written.isEmpty() ? QStringLiteral(".\n")
                                      : QStringLiteral(" and in %1.\n").arg(written.join(QStringLiteral(", ")))));
    }
    return ExitOk;
}

} // namespace tl::cli
