#include "cli/CliApp.h"

#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "core/Paths.h"
#include "demo/DemoOrganisation.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace tl::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
};

constexpr Command kCommands[] = {
    {"demo", "fill the database with the built-in demo organisation"},
    {"summary", "totals and groups for a period, with filters"},
};

// Options every command accepts, before or after the command name.
struct GlobalOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("Database file (default: %1).").arg(defaultDatabasePath()),
                          QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout.")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOption(db);
        p.addOption(json);
    }
};

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "tokenledger-cli: %s\n", message.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
}

void CliApp::printHelp() const
{
    QString text = QStringLiteral(
        "Usage: tokenledger-cli [--db FILE] [--json] COMMAND [options]\n\n"
        "TokenLedger on the command line: the same database and engine as the desktop app.\n\n"
        "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(9),
                                                 QString::fromLatin1(c.summary));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db FILE   database file (default: %1; or $TOKENLEDGER_DB)\n"
        "  --json      machine-readable output on stdout\n"
        "  -h, --help  help; 'tokenledger-cli COMMAND --help' for a command's options\n"
        "  -v, --version\n\n"
        "Exit codes: 0 success, 1 the command failed, 2 wrong command line.\n")
                .arg(defaultDatabasePath());
    printOut(text);
}

int CliApp::run(const QStringList &arguments)
{
    // Split at the command name: options before it are global, the rest belong to the command
    // (which accepts the global options too, so "summary --json" works).
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--db") {
            ++i; // skip its value
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }

    QCommandLineParser global;
    global.setApplicationDescription(QStringLiteral("TokenLedger command-line program"));
    GlobalOptions options;
    options.addTo(global);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Version."));
    global.addOption(help);
    global.addOption(version);
    const QStringList globalArgs = commandIndex < 0 ? arguments : arguments.mid(0, commandIndex);
    if (!global.parse(globalArgs)) {
        printError(global.errorText() + QStringLiteral(" (try --help)"));
        return ExitUsage;
    }
    if (global.isSet(version)) {
        printOut(QStringLiteral("tokenledger-cli %1\n").arg(QStringLiteral(TOKENLEDGER_VERSION)));
        return ExitOk;
    }
    if (global.isSet(help) || commandIndex < 0) {
        printHelp();
        return commandIndex < 0 && !global.isSet(help) ? ExitUsage : ExitOk;
    }

    const QString command = arguments[commandIndex];
    // The command's parser sees the global options again, so pass them along.
    QStringList commandArgs{arguments.first() + u' ' + command};
    if (global.isSet(options.db))
        commandArgs << QStringLiteral("--db") << global.value(options.db);
    if (global.isSet(options.json))
        commandArgs << QStringLiteral("--json");
    commandArgs << arguments.mid(commandIndex + 1);

    if (command == u"demo")
        return runDemo(commandArgs);
    if (command == u"summary")
        return runSummary(commandArgs);
    QStringList names;
    for (const Command &c : kCommands)
        names << QString::fromLatin1(c.name);
    printError(QStringLiteral("unknown command '%1'. Available: %2.").arg(command, names.join(u", ")));
    return ExitUsage;
}

int CliApp::runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fills the database with the built-in demo organisation: 5 teams, 10 workloads on OpenAI, "
        "Anthropic and Bedrock, hourly usage up to now. Running it again adds nothing."));
    GlobalOptions g;
    g.addTo(p);
    p.addHelpOption();
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Number of days (default 90)."),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("Last day generated, YYYY-MM-DD (default: today, up to the current hour)."),
                                 QStringLiteral("DATE"));
    p.addOption(days);
    p.addOption(end);
    if (!p.parse(args)) {
        printError(p.errorText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printOut(p.helpText());
        return ExitOk;
    }
    bool okDays = false;
    const int dayCount = p.value(days).toInt(&okDays);
    if (!okDays || dayCount < 1 || dayCount > 3660) {
        printError(QStringLiteral("--days must be a whole number from 1 to 3660, not '%1'").arg(p.value(days)));
        return ExitUsage;
    }
    demo::DemoOptions options;
    options.days = dayCount;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (p.isSet(end)) {
        options.lastDay = QDate::fromString(p.value(end), Qt::ISODate);
        if (!options.lastDay.isValid()) {
            printError(QStringLiteral("--end must be a date like 2026-11-30, not '%1'").arg(p.value(end)));
            return ExitUsage;
        }
    } else {
        options.lastDay = now.date();
        options.cutoff = now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600;
    }

    const QString path = p.isSet(g.db) ? p.value(g.db) : defaultDatabasePath();
    auto db = store::Database::open(path);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    // Never mix invented numbers into real data.
    auto real = (*db)->connection().queryInt(
        "SELECT count(*) FROM import_batch WHERE source <> 'demo' AND status = 'done'");
    if (real && *real > 0) {
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
    if (p.isSet(g.json)) {
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

int CliApp::runSummary(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Totals for a period (UTC days, both ends included), optionally grouped and filtered.\n"
        "Dimensions: provider, model, family, account (project/workspace), api_key, user, team, "
        "tag, region, tier."));
    GlobalOptions g;
    g.addTo(p);
    p.addHelpOption();
    SummaryOptions summaryOptions;
    summaryOptions.addTo(p);
    if (!p.parse(args)) {
        printError(p.errorText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printOut(p.helpText());
        return ExitOk;
    }
    const QString path = p.isSet(g.db) ? p.value(g.db) : defaultDatabasePath();
    return runSummaryCommand(p, summaryOptions, path, p.isSet(g.json));
}

} // namespace tl::cli
