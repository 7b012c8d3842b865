#include "gui/Application.h"

#include "MainWindow.h"
#include "Translations.h"
#include "core/Paths.h"
#include "gui/DesktopIntegration.h"
#include "services/AppServices.h"
#include "services/Session.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcApp, "tokenledger.app")

namespace tl::app {

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("TokenLedger"));
    setOrganizationName(QStringLiteral("TokenLedger"));
    setApplicationVersion(QStringLiteral(TOKENLEDGER_VERSION));
    setDesktopFileName(QStringLiteral("org.tokenledger.TokenLedger"));
    setWindowIcon(QIcon(QStringLiteral(":/tokenledger/icons/tokenledger.svg")));
    installTranslations(*this);
}

Application::~Application()
{
    m_desktop.reset();
    m_window.reset();
    m_session.reset();
}

bool Application::start()
{
    QElapsedTimer timer;
    timer.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("TokenLedger — see where your LLM-inference money goes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Database file (default: %1).").arg(defaultDatabasePath()),
                                tr("FILE"));
    parser.addOption(db);
    parser.process(*this);

    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    m_session = std::make_unique<services::Session>();
    // A database that has never held data starts with the demo organisation, marked as such.
    if (Status s = m_session->openWithDemoOnFirstStart(path); !s) {
        QMessageBox::critical(nullptr, tr("TokenLedger cannot start"), s.errorMessage());
        return false;
    }
    m_services = std::make_unique<services::AppServices>(*m_session, services::AppServices::systemKeychain());
    m_window = std::make_unique<ui::MainWindow>(m_services.get());
    m_window->show();
    m_desktop = std::make_unique<DesktopIntegration>(m_window.get());
    qCInfo(lcApp) << "first window shown after" << timer.elapsed() << "ms";
    return true;
}

} // namespace tl::app
