#pragma once

#include "budgets/Budget.h"
#include "budgets/BudgetEvaluator.h"
#include "core/BackgroundTask.h"
#include "core/Result.h"
#include "itemmodels/AlertHistoryModel.h"
#include "itemmodels/BudgetListModel.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace tl::store {
class Database;
}
namespace tl::budgets {
class Clock;
class Notifier;
} // namespace tl::budgets

namespace tl::services {

// Budgets and alerts for the desktop app: keeps the budget list and the alert history, runs
// the evaluation (on demand, on a timer while the app runs, and whenever another part of the
// app calls evaluateNow(), e.g. after an import or a sync), raises alerts and hands new ones
// to the notifier. Without a notifier (or when it cannot deliver) alerts still land in the
// history, and statusMessage() carries them to the status bar. Before a notifier is set at all
// (while the application starts), new alerts wait in the history and are notified once it is.
class BudgetService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMinutes = 15;
    // Alerts older than this that were never notified (e.g. recorded by a cron job while the
    // app was closed long ago) go to the history without a desktop notification.
    static constexpr int kNotifyBacklogDays = 7;

    // Synchronous (default, tests): evaluateNow() has finished when it returns. Background
    // (the app): spend is read on a worker thread with its own connection to the database
    // file; alerts are then raised and notified on the calling thread. In-memory databases are
    // always evaluated synchronously.
    enum class Mode
    {
        Synchronous,
        Background
    };

    explicit BudgetService(QObject *parent = nullptr);
    ~BudgetService() override; // waits for a running evaluation

    void setMode(Mode mode) { m_mode = mode; }
    bool isBusy() const { return m_task.isRunning(); }

    void setDatabase(store::Database *db); // not owned; evaluates at once
    store::Database *database() const { return m_db; }
    void setClock(const budgets::Clock *clock); // not owned; nullptr: the system clock
    void setTimeZone(const QTimeZone &zone);    // default: the system's
    QTimeZone timeZone() const { return m_zone; }
    void setNotifier(budgets::Notifier *notifier); // not owned; may be nullptr
    budgets::Notifier *notifier() const { return m_notifier; }
    void setEvaluationInterval(int minutes); // 0 stops the timer

    itemmodels::BudgetListModel *budgetList() const { return m_list; }
    itemmodels::AlertHistoryModel *alertHistory() const { return m_history; }
    const QList<budgets::BudgetStatus> &statuses() const { return m_list->statuses(); }
    std::optional<budgets::BudgetStatus> status(std::int64_t budgetId) const;
    QDateTime now() const;

    // Values of a dimension for the budget dialog's pickers.
    QStringList dimensionValues(Dimension d) const;

    Status addBudget(const budgets::Budget &budget);
    Status updateBudget(const budgets::Budget &budget);
    Status removeBudget(std::int64_t budgetId);
    Status acknowledge(std::int64_t alertId);
    Status snooze(std::int64_t alertId, int minutes);

public Q_SLOTS:
    // Evaluates every budget now, raises new alerts and notifies them.
    void evaluateNow();

Q_SIGNALS:
    void evaluated();
    void alertsRaised(int count);
    void statusMessage(const QString &text);
    void errorOccurred(const QString &message);
    // A notification of this budget was clicked.
    void budgetActivated(qint64 budgetId);

private:
    struct Outcome
    {
        quint64 generation = 0;
        QList<budgets::BudgetStatus> statuses;
        QString error;
    };
    void applyStatuses(const QList<budgets::BudgetStatus> &statuses, const QDateTime &at);
    void onWorkerFinished(const Outcome &out);
    void reloadHistory();
    void notifyPending(const QList<budgets::Alert> &pending);
    void fail(const QString &message);

    store::Database *m_db = nullptr;
    const budgets::Clock *m_clock = nullptr;
    QTimeZone m_zone;
    budgets::Notifier *m_notifier = nullptr;
    QTimer m_timer;
    Mode m_mode = Mode::Synchronous;
    BackgroundTask<Outcome> m_task{this};
    quint64 m_generation = 0; // raised whenever the database changes
    bool m_again = false;     // another evaluation was asked for while one ran
    itemmodels::BudgetListModel *m_list;
    itemmodels::AlertHistoryModel *m_history;
};

} // namespace tl::services
