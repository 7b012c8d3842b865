#include "cli/Command.h"

#include "cli/CliApp.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QFile>

namespace tl::cli {

CommandLine::CommandLine(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_global.db);
    m_parser.addOption(m_global.json);
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
    return std::nullopt;
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

} // namespace tl::cli
