#pragma once

#include "budgets/BudgetEvaluator.h"
#include "core/Result.h"

namespace tl::store::ledger {
class LedgerBudgets;
}

namespace tl::budgets {

// Evaluates the team ledger's budgets against the ledger's facts (`tokenledger-cli --ledger
// URL budgets check`): each budget's spend per local day from the ledger's SQL
// (LedgerBudgets::hourlySpend), then the same evaluator as the local check.
Result<QList<BudgetStatus>> evaluateLedgerBudgets(store::ledger::LedgerBudgets &ledger, const QDateTime &now,
                                                  const QTimeZone &zone);

} // namespace tl::budgets
