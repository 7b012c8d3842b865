#include "cli/CliApp.h"

#include "cli/Command.h"
#include "cli/Commands.h"
#include "text/ControlCharacters.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace tl::cli {

namespace {

struct CommandEntry
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

constexpr CommandEntry kCommands[] = {
    {"demo", "fill the database with the built-in demo organisation", &runDemo},
    {"import", "import usage log files (LiteLLM, OpenAI Batch, Bedrock, Langfuse, FOCUS, AWS CUR, CSV)", &runImport},
    {"sync", "pull usage and cost from OpenAI, Anthropic or AWS Cost Explorer", &runSync},
    {"summary", "totals and groups for a period, with filters", &runSummary},
    {"reconcile", "computed vs billed cost per provider, model and day", &runReconcile},
    {"price", "price provider usage objects read from stdin (JSON lines)", &runPrice},
    {"catalog", "import a price catalog, set overrides, discounts and modifier rules, or list the prices in use", &runCatalog},
    {"mappings", "list, save and remove the saved CSV column mappings", &runMappings},
    {"reprice", "recompute stored costs after a price change", &runReprice},
    {"whatif", "evaluate a what-if scenario file against the data", &runWhatIf},
    {"savings", "find savings per workload, each priced by the what-if engine", &runSavings},
    {"budgets", "add, list, remove and check budgets (check exits 3 when one is breached)", &runBudgets},
    {"report", "write the PDF report for a period", &runReport},
    {"export", "export usage as FOCUS 1.3 (or 1.2) CSV or raw CSV", &runExport},
    {"check", "look for damage in the database; --repair rebuilds the totals from the records", &runCheck},
    {"import-litellm-db", "import daily usage from a LiteLLM proxy's PostgreSQL database (read-only)", &runImportLiteLlmDb},
    {"ledger", "set up a team ledger, pull its changes into the database, list or undo its imports", &runLedger},
};

// The commands that work with a team ledger (--ledger URL).
constexpr const char *kLedgerCommands[] = {"import", "import-litellm-db", "sync", "reprice", "budgets", "catalog", "mappings",
                                           "ledger"};

} // namespace

// Everything printed passes here: control characters that came from log fields, file names or
// server messages are shown as escapes instead of acting on the terminal (issue 18).
void printError(const QString &message)
{
    std::fprintf(stderr, "tokenledger-cli: %s\n",
                 text::ControlCharacters::escapedForTerminal(message).toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    const QByteArray bytes = text::ControlCharacters::escapedForTerminal(text).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
}

void CliApp::printHelp() const
{
    QString text = QStringLiteral(
        "Usage: tokenledger-cli [--db FILE] [--json] COMMAND [options]\n\n"
        "TokenLedger on the command line: the same database and engine as the desktop app.\n\n"
        "Commands:\n");
    for (const CommandEntry &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10),
                                                 QString::fromLatin1(c.summary));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db FILE   database file (default: %1; or $TOKENLEDGER_DB)\n"
        "  --json      machine-readable output on stdout\n"
        "  --lock-timeout SECONDS  wait this long while another import or sync writes to\n"
        "              the database (default 600; or $TOKENLEDGER_LOCK_TIMEOUT)\n"
        "  --ledger URL  team ledger (PostgreSQL, no password in the URL) for import, sync,\n"
        "              reprice, budgets, catalog, mappings and ledger; the password comes from\n"
        "              $TOKENLEDGER_LEDGER_PASSWORD, the systemd credential ledger-password,\n"
        "              $PGPASSWORD or ~/.pgpass\n"
        "  -h, --help  help; 'tokenledger-cli COMMAND --help' for a command's options\n"
        "  -v, --version\n\n"
        "Exit codes: 0 success, 1 the command failed, 2 wrong command line,\n"
        "3 a budget is breached (budgets check).\n")
                .arg(defaultDatabasePath());
    printOut(text);
}

int CliApp::run(const QStringList &arguments)
{
    // The command line's output reads the same whatever the system's language (scripts parse
    // it): numbers the engine formats follow the C locale. `report` sets the PDF's own.
    QLocale::setDefault(QLocale::c());
    // Split at the command name: options before it are global, the rest belong to the command
    // (which accepts the global options too, so "summary --json" works).
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--db" || a == u"--lock-timeout" || a == u"--ledger") {
            ++i; // skip its value
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }

    QCommandLineParser global;
    GlobalOptions options;
    global.addOption(options.db);
    global.addOption(options.json);
    global.addOption(options.lockTimeout);
    global.addOption(options.ledger);
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
    if (global.isSet(options.lockTimeout))
        commandArgs << QStringLiteral("--lock-timeout") << global.value(options.lockTimeout);
    else if (!applyLockTimeout({})) // $TOKENLEDGER_LOCK_TIMEOUT or the default
        return ExitUsage;
    const QStringList own = arguments.mid(commandIndex + 1);
    const bool ledgerGiven = global.isSet(options.ledger) ||
                             std::any_of(own.cbegin(), own.cend(),
                                         [](const QString &a) { return a == u"--ledger" || a.startsWith(u"--ledger="); });
    if (ledgerGiven) {
        const bool supported = std::any_of(std::begin(kLedgerCommands), std::end(kLedgerCommands),
                                           [&](const char *name) { return command == QLatin1String(name); });
        if (!supported) {
            printError(QStringLiteral("--ledger works with import, import-litellm-db, sync, reprice, budgets, catalog, mappings and ledger; "
                                      "'%1' uses the local "
                                      "database (pull the ledger into it with 'ledger pull')")
                           .arg(command));
            return ExitUsage;
        }
        // An empty URL (an unset variable in a service's command line) never means "locally".
        if (global.isSet(options.ledger) && global.value(options.ledger).trimmed().isEmpty()) {
            printError(QStringLiteral("--ledger needs the ledger's URL"));
            return ExitUsage;
        }
        if (global.isSet(options.ledger))
            commandArgs << QStringLiteral("--ledger") << global.value(options.ledger);
    }
    commandArgs << own;

    QStringList names;
    for (const CommandEntry &c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.run(commandArgs);
        names << QString::fromLatin1(c.name);
    }
    printError(QStringLiteral("unknown command '%1'. Available: %2.").arg(command, names.join(u", ")));
    return ExitUsage;
}

} // namespace tl::cli
