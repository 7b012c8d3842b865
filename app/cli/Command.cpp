#include "cli/Command.h"

#include "cli/CliApp.h"

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

} // namespace tl::cli
