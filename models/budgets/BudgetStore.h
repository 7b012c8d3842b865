#pragma once

#include "budgets/Alert.h"
#include "budgets/Budget.h"
#include "core/Result.h"

#include <QList>

namespace tl::store {
class Database;
}

namespace tl::budgets {

// Budgets and alerts in the database (schema 005). Every statement is parameterised; every
// change runs in a transaction.
class BudgetStore
{
public:
    explicit BudgetStore(store::Database &db) : m_db(db) {}

    Result<QList<Budget>> budgets(); // by name
    Result<std::optional<Budget>> budgetByName(const QString &name);
    // Validates and stores a new budget; returns its id. A duplicate name is refused.
    Result<std::int64_t> add(const Budget &budget);
    // Replaces a stored budget. A change to what it watches (scope, period, amount, currency,
    // thresholds, spike rule) raises its revision, so the new limits can alert afresh.
    Status update(const Budget &budget);
    Status remove(std::int64_t id); // its alerts go with it
    Status setEnabled(std::int64_t id, bool enabled);

    // Stores the alert unless the same one exists (same budget revision, kind, threshold,
    // period and day). True when it was new; `alert.id` is then set.
    Result<bool> insertAlert(Alert &alert);
    // Newest first.
    Result<QList<Alert>> alerts(int limit = 1000);
    Result<QList<Alert>> alertsOf(std::int64_t budgetId);
    Status acknowledge(std::int64_t alertId, const QDateTime &when);
    Status snooze(std::int64_t alertId, const QDateTime &until);
    Status markNotified(std::int64_t alertId, const QDateTime &when);

private:
    Status writeScope(std::int64_t id, const QList<ScopeTerm> &scope);
    Result<QList<Alert>> readAlerts(const QString &where, std::int64_t param, int limit);
    Status setAlertTime(const char *column, std::int64_t alertId, const QDateTime &when);

    store::Database &m_db;
};

} // namespace tl::budgets
