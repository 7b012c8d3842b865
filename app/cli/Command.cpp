#include "cli/Command.h"

#include "cli/CliApp.h"
#include "pricing/DatabasePricing.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerCatalogStore.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"
#include "store/Database.h"
#include "store/LockWait.h"

#include <QFile>

#include <cstdio>

namespace tl::cli {

CommandLine::CommandLine(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_global.db);
    m_parser.addOption(m_global.json);
    m_parser.addOption(m_global.lockTimeout);
    m_parser.addOption(m_global.ledger);
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    if (!m_parser.parse(args)) {
        printError(m_parser.errorText());
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(m_parser.helpText());
        return ExitOk;
    }
    if (m_parser.isSet(m_global.lockTimeout) && !applyLockTimeout(m_parser.value(m_global.lockTimeout)))
        return ExitUsage;
    return std::nullopt;
}

bool applyLockTimeout(const QString &value)
{
    int seconds = GlobalOptions::kDefaultLockTimeoutSeconds;
    QString text = value;
    if (text.isEmpty())
        text = qEnvironmentVariable("TOKENLEDGER_LOCK_TIMEOUT");
    if (!text.isEmpty()) {
        bool ok = false;
        seconds = text.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 7 * 86400) {
            printError(QStringLiteral("--lock-timeout must be a whole number of seconds "
                                      "(0 to 604800), not '%1'")
                           .arg(text));
            return false;
        }
    }
    store::LockWait wait;
    wait.timeoutMs = seconds * 1000;
    wait.onWaiting = [](const QString &file, const QString &holder, int waitedMs) {
        const QString who = holder.isEmpty()
                                ? QStringLiteral("another program is writing to it")
                                : QStringLiteral("%1 holds it").arg(holder);
        printError(QStringLiteral("waiting for %1: %2… (%3 s so far, up to %4 s; "
                                  "--lock-timeout changes the limit)")
                       .arg(file, who)
                       .arg(waitedMs / 1000)
                       .arg(store::lockTimeoutMs() / 1000));
        std::fflush(stderr);
    };
    store::setLockWait(std::move(wait));
    return true;
}

QString CommandLine::databasePath() const
{
    return m_parser.isSet(m_global.db) ? m_parser.value(m_global.db) : defaultDatabasePath();
}

std::unique_ptr<pricing::DatabasePricing> loadPricing(const QString &dbPath)
{
    if (!QFile::exists(dbPath))
        return pricing::DatabasePricing::builtinOnly();
    auto db = store::Database::open(dbPath, store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return nullptr;
    }
    auto loaded = pricing::DatabasePricing::load(**db);
    if (!loaded) {
        printError(loaded.errorMessage());
        return nullptr;
    }
    return std::move(loaded).value();
}

std::unique_ptr<pricing::DatabasePricing> loadLedgerPricing(store::ledger::PgConnection &ledger)
{
    store::ledger::LedgerCatalogStore prices(ledger);
    auto loaded = pricing::DatabasePricing::load(prices);
    if (!loaded) {
        printError(loaded.errorMessage());
        return nullptr;
    }
    return std::move(loaded).value();
}

std::unique_ptr<store::ledger::PgConnection> openLedger(const CommandLine &cmd, int *exit)
{
    auto address = store::ledger::LedgerAddress::parse(cmd.ledgerUrl());
    if (!address) {
        printError(address.errorMessage());
        *exit = ExitUsage;
        return nullptr;
    }
    auto conn = store::ledger::LedgerSchema::openMigrated(*address);
    if (!conn) {
        printError(conn.errorMessage());
        *exit = ExitFailure;
        return nullptr;
    }
    return std::move(conn).value();
}

} // namespace tl::cli
