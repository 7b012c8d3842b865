#pragma once

#include "budgets/Notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace tl::app {

// Notifications through the freedesktop notification service (org.freedesktop.Notifications
// on the session bus), with a default action so that clicking the notification opens the
// budget (ActionInvoked).
class FreedesktopNotifier : public budgets::Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    bool isAvailable() const override;
    bool notify(const budgets::Notification &notification) override;
    QString name() const override;

    // The id the server gave the last notification (0: none, or it failed), and its error.
    uint lastId() const { return m_lastId; }
    QString lastError() const { return m_lastError; }
    // The server's name and version ("dunst 1.9.0"), empty when unavailable.
    QString serverInformation() const;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void connectSignals();

    QDBusConnection m_bus;
    QHash<uint, qint64> m_budgetOf; // notification id → budget id
    uint m_lastId = 0;
    QString m_lastError;
};

} // namespace tl::app
