#pragma once

#include <QObject>
#include <QString>

namespace tl::budgets {

// A desktop notification about a budget.
struct Notification
{
    std::int64_t alertId = 0;
    std::int64_t budgetId = 0;
    QString title;
    QString body;
    bool urgent = false; // the budget is exhausted
};

// Delivers notifications to the desktop. Implementations live in the application (the
// freedesktop service over D-Bus, the system tray); tests use a recording fake. A notifier
// that cannot deliver says so, and the alert stays in the history and the status bar.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // True when the notification was handed to the desktop.
    virtual bool notify(const Notification &notification) = 0;
    // A short name for logs and the settings page ("freedesktop notifications", "system tray").
    virtual QString name() const = 0;

Q_SIGNALS:
    // The user clicked the notification (or its default action) of this budget.
    void activated(qint64 budgetId);
};

} // namespace tl::budgets
