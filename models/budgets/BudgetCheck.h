#pragma once

#include "budgets/BudgetEvaluator.h"
#include "core/Result.h"

namespace tl::store {
class Database;
}

namespace tl::budgets {

// Evaluates budgets against a database: reads each budget's spend per local day from the
// hourly rollups and runs the evaluator. Shared by the desktop app and `budgets check`.
Result<QList<BudgetStatus>> evaluateBudgets(store::Database &db, const QList<Budget> &budgets,
                                            const QDateTime &now, const QTimeZone &zone);
// Every stored budget.
Result<QList<BudgetStatus>> evaluateStoredBudgets(store::Database &db, const QDateTime &now,
                                                  const QTimeZone &zone);

} // namespace tl::budgets
