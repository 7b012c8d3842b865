#pragma once

#include "store/BudgetStore.h"

namespace tl::store {

class Database;

// BudgetStore in the tables budget, budget_scope and budget_alert (schema 005). Every
// statement is parameterised; every change runs in a transaction.
class SqliteBudgetStore : public BudgetStore
{
public:
    explicit SqliteBudgetStore(Database &db) : m_db(db) {}

    Result<QList<budgets::Budget>> budgets() override;
    Result<std::optional<budgets::Budget>> budgetByName(const QString &name) override;
    Result<std::int64_t> add(const budgets::Budget &budget) override;
    Status update(const budgets::Budget &budget) override;
    Status remove(std::int64_t id) override;

    Result<bool> insertAlert(budgets::Alert &alert) override;
    Result<QList<budgets::Alert>> alerts(int limit = 1000) override;
    Status acknowledge(std::int64_t alertId, const QDateTime &when) override;
    Status snooze(std::int64_t alertId, const QDateTime &until) override;
    Status markNotified(std::int64_t alertId, const QDateTime &when) override;

private:
    Status writeScope(std::int64_t id, const QList<budgets::ScopeTerm> &scope);
    Status setAlertTime(const char *column, std::int64_t alertId, const QDateTime &when);

    Database &m_db;
};

} // namespace tl::store
