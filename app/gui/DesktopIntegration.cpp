#include "gui/DesktopIntegration.h"

#include "MainWindow.h"
#include "gui/FreedesktopNotifier.h"
#include "gui/TrayNotifier.h"
#include "services/BudgetService.h"
#include "pages/BudgetsPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace tl::app {

DesktopIntegration::DesktopIntegration(ui::MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window)
{
    createTray();
    m_freedesktop = new FreedesktopNotifier(this);
    QList<budgets::Notifier *> chain{m_freedesktop};
    if (m_tray)
        chain << new TrayNotifier(m_tray, this);
    m_notifier = new ChainNotifier(chain, this);
    services::BudgetService *service = m_window->budgetService();
    service->setNotifier(m_notifier);
    connect(service, &services::BudgetService::budgetActivated, this,
            &DesktopIntegration::openBudget);
    m_window->installEventFilter(this);
    // Alerts already due when the app starts are notified now that a notifier exists.
    service->evaluateNow();
}

DesktopIntegration::~DesktopIntegration()
{
    if (m_window)
        m_window->budgetService()->setNotifier(nullptr);
}

void DesktopIntegration::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QStringLiteral("TokenLedger"));
    auto *menu = new QMenu(m_window);
    menu->addAction(tr("Show TokenLedger"), this, &DesktopIntegration::showWindow);
    menu->addAction(tr("Check budgets now"), m_window->budgetService(),
                    &services::BudgetService::evaluateNow);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    m_tray->show();
}

void DesktopIntegration::showWindow()
{
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void DesktopIntegration::openBudget(qint64 budgetId)
{
    showWindow();
    m_window->openBudget(budgetId);
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Decided at each close, so that the setting on the Budgets page applies at once. Only
        // closing the window itself keeps the app in the tray; File ▸ Quit (a close the program
        // asks for, not a spontaneous one) always quits.
        const bool keep =
            event->spontaneous() && m_tray && m_tray->isVisible() &&
            QSettings().value(QLatin1String(ui::BudgetsPage::kKeepInTrayKey), false).toBool();
        QApplication::setQuitOnLastWindowClosed(!keep);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tl::app
