#include "gui/TrayNotifier.h"

#include <QSystemTrayIcon>

namespace tl::app {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : budgets::Notifier(parent), m_tray(tray)
{
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastBudget)
                Q_EMIT activated(m_lastBudget);
        });
}

bool TrayNotifier::isAvailable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable() &&
           QSystemTrayIcon::supportsMessages();
}

bool TrayNotifier::notify(const budgets::Notification &n)
{
    if (!isAvailable())
        return false;
    m_lastBudget = n.budgetId;
    m_tray->showMessage(n.title, n.body,
                        n.urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
    return true;
}

QString TrayNotifier::name() const
{
    return tr("system tray");
}

ChainNotifier::ChainNotifier(QList<budgets::Notifier *> notifiers, QObject *parent)
    : budgets::Notifier(parent), m_notifiers(std::move(notifiers))
{
    for (budgets::Notifier *n : m_notifiers)
        connect(n, &budgets::Notifier::activated, this, &budgets::Notifier::activated);
}

bool ChainNotifier::isAvailable() const
{
    for (budgets::Notifier *n : m_notifiers)
        if (n->isAvailable())
            return true;
    return false;
}

bool ChainNotifier::notify(const budgets::Notification &notification)
{
    for (budgets::Notifier *n : m_notifiers)
        if (n->isAvailable() && n->notify(notification))
            return true;
    return false;
}

QString ChainNotifier::name() const
{
    for (budgets::Notifier *n : m_notifiers)
        if (n->isAvailable())
            return n->name();
    return tr("none");
}

} // namespace tl::app
