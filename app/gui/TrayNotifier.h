#pragma once

#include "budgets/Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace tl::app {

// Notifications as balloon messages of the system tray icon (the fallback where the
// freedesktop service is missing). Clicking the message opens the budget.
class TrayNotifier : public budgets::Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    bool isAvailable() const override;
    bool notify(const budgets::Notification &notification) override;
    QString name() const override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_lastBudget = 0;
};

// Tries each notifier in order (freedesktop first, then the tray) and forwards clicks.
class ChainNotifier : public budgets::Notifier
{
    Q_OBJECT
public:
    explicit ChainNotifier(QList<budgets::Notifier *> notifiers, QObject *parent = nullptr);

    bool isAvailable() const override;
    bool notify(const budgets::Notification &notification) override;
    QString name() const override; // of the first available one

private:
    QList<budgets::Notifier *> m_notifiers;
};

} // namespace tl::app
