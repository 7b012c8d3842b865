#pragma once

#include "budgets/Alert.h"
#include "budgets/Budget.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <cstdint>
#include <optional>

namespace tl::store {

// Budgets and the alerts raised for them.
class BudgetStore
{
public:
    virtual ~BudgetStore() = default;

    virtual Result<QList<budgets::Budget>> budgets() = 0; // by name
    virtual Result<std::optional<budgets::Budget>> budgetByName(const QString &name) = 0;
    // Validates and stores a new budget; returns its id. A duplicate name is refused.
    virtual Result<std::int64_t> add(const budgets::Budget &budget) = 0;
    // Replaces a stored budget. A change to what it watches (scope, period, amount, currency,
    // thresholds, spike rule) raises its revision, so the new limits can alert afresh.
    virtual Status update(const budgets::Budget &budget) = 0;
    virtual Status remove(std::int64_t id) = 0; // its alerts go with it

    // Stores the alert unless the same one exists (same budget revision, kind, threshold,
    // period and day). True when it was new; `alert.id` is then set.
    virtual Result<bool> insertAlert(budgets::Alert &alert) = 0;
    // Newest first.
    virtual Result<QList<budgets::Alert>> alerts(int limit = 1000) = 0;
    virtual Status acknowledge(std::int64_t alertId, const QDateTime &when) = 0;
    virtual Status snooze(std::int64_t alertId, const QDateTime &until) = 0;
    virtual Status markNotified(std::int64_t alertId, const QDateTime &when) = 0;
};

} // namespace tl::store
