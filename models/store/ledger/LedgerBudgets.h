#pragma once

#include "query/UsageRows.h"
#include "store/BudgetStore.h"

#include <QCoreApplication>

namespace tl::store::ledger {

class PgConnection;

// The team's budgets in the ledger (its `budget` and `budget_alert` tables), as a BudgetStore:
// `tokenledger-cli --ledger URL budgets add|list|remove|check` keep them, and a desktop's pull
// copies them into its own budgets (marked as the ledger's). Every change gives the budget a
// new change number. Alerts are raised here once per budget revision, threshold and period;
// acknowledging and snoozing are each analyst's own, on their desktop, so those are refused.
// hourlySpend() is the ledger's spend per UTC hour for a budget's scope, from its facts (the
// rows the connected role may read).
class LedgerBudgets : public BudgetStore
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerBudgets)

public:
    explicit LedgerBudgets(PgConnection &conn) : m_conn(conn) {}

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

    // Spend per UTC hour (hours since the epoch) in [firstHour, lastHour] of the facts in
    // `scope` (dimension = value terms: values of one dimension are alternatives).
    Result<QList<query::HourlySpend>> hourlySpend(const QList<budgets::ScopeTerm> &scope, std::int64_t firstHour,
                                                  std::int64_t lastHour);

private:
    PgConnection &m_conn;
};

} // namespace tl::store::ledger
