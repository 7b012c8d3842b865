#pragma once

#include "budgets/Alert.h"
#include "budgets/BudgetEvaluator.h"
#include "core/Result.h"

namespace tl::store {
class BudgetStore;
}

namespace tl::budgets {

// Turns evaluated budgets into alerts: one per threshold the actual spend has crossed, one per
// threshold only the forecast crosses (while the period runs), one per spike day. The store's
// unique key makes raising idempotent: the same alert is never raised twice for a period.
class AlertEngine
{
public:
    // Pure: the alerts a status calls for (disabled budgets: none).
    static QList<Alert> candidates(const BudgetStatus &status, const QDateTime &now);
    // Stores the candidates of every status; returns the ones that were new.
    static Result<QList<Alert>> raise(store::BudgetStore &store,
                                      const QList<BudgetStatus> &statuses, const QDateTime &now);
    // Alerts to remind of again: snoozed, the snooze has ended, not acknowledged, and not
    // notified since the snooze ended.
    static Result<QList<Alert>> dueReminders(store::BudgetStore &store, const QDateTime &now);
    // The one alert of a group worth a notification: actual before forecast before spike,
    // higher thresholds first.
    static const Alert &mostSevere(const QList<Alert> &alerts);
    static bool lessSevere(const Alert &x, const Alert &y);
};

} // namespace tl::budgets
