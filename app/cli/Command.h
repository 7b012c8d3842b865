#pragma once

#include "core/Paths.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace tl::store::ledger {
class PgConnection;
}

namespace tl::pricing {
class DatabasePricing;
}

namespace tl::cli {

// Options every command accepts, before or after the command name.
struct GlobalOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("Database file (default: %1).").arg(defaultDatabasePath()),
                          QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout.")};
    QCommandLineOption lockTimeout{
        QStringLiteral("lock-timeout"),
        QStringLiteral("How long to wait while another import or sync writes to the database "
                       "(default %1; or $TOKENLEDGER_LOCK_TIMEOUT).")
            .arg(kDefaultLockTimeoutSeconds),
        QStringLiteral("SECONDS")};
    QCommandLineOption ledger{QStringLiteral("ledger"),
                              QStringLiteral("Team ledger (PostgreSQL URL without a password) that "
                                             "import writes to and ledger reads."),
                              QStringLiteral("URL")};
    static constexpr int kDefaultLockTimeoutSeconds = 600;
};

// Applies --lock-timeout (or $TOKENLEDGER_LOCK_TIMEOUT, else the default) to every database
// connection this process opens, and prints "waiting for FILE: … holds it" on stderr while a
// command waits. False (after printing why) when the value is not a whole number of seconds.
bool applyLockTimeout(const QString &value);

// A command's parser with the global options and --help. parse() returns an exit code when
// the command should stop (help printed, or a usage error reported), nothing to go on.
class CommandLine
{
public:
    explicit CommandLine(const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void add(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    std::optional<int> parse(const QStringList &args);

    bool isSet(const QCommandLineOption &o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption &o) const { return m_parser.value(o); }
    QStringList values(const QCommandLineOption &o) const { return m_parser.values(o); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    bool json() const { return m_parser.isSet(m_global.json); }
    QString databasePath() const;
    bool databaseGiven() const { return m_parser.isSet(m_global.db); }
    // The --ledger URL, empty when not given.
    QString ledgerUrl() const { return m_parser.value(m_global.ledger); }

private:
    QCommandLineParser m_parser;
    GlobalOptions m_global;
};

// The database's prices (overrides and imported catalogs over the built-in catalog, with
// discounts), or the built-in catalog alone when the database file does not exist yet.
// nullptr after printing why the database could not be read.
std::unique_ptr<pricing::DatabasePricing> loadPricing(const QString &dbPath);
// The team ledger's prices: the built-in catalog under the ledger's catalogs and overrides,
// with the ledger's discounts and request-modifier rules (the collector's own database plays
// no part). Prints the error and returns nullptr when they cannot be read.
std::unique_ptr<pricing::DatabasePricing> loadLedgerPricing(store::ledger::PgConnection &ledger);
// The team ledger of --ledger, opened and migrated to this version's schema. nullptr after
// printing why, with `exit` set: ExitUsage for a URL that cannot be used, ExitFailure when the
// ledger cannot be reached or read.
std::unique_ptr<store::ledger::PgConnection> openLedger(const CommandLine &cmd, int *exit);

} // namespace tl::cli
