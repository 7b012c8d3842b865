#include "budgets/LedgerBudgetCheck.h"

#include "budgets/HourlySpendDays.h"
#include "store/ledger/LedgerBudgets.h"

#include <QCoreApplication>

namespace tl::budgets {

Result<QList<BudgetStatus>> evaluateLedgerBudgets(store::ledger::LedgerBudgets &ledger, const QDateTime &now,
                                                  const QTimeZone &zone)
{
    auto all = ledger.budgets();
    if (!all)
        return all.error();
    QList<BudgetStatus> out;
    for (const Budget &b : std::as_const(*all)) {
        const SpendWindow w = spendWindow(b, now, zone);
        LocalDailySeries spend;
        std::int64_t first = 0, last = 0;
        if (hoursWithin(w.from, w.to, first, last)) {
            auto hours = ledger.hourlySpend(b.scope, first, last);
            if (!hours)
                return Error{QCoreApplication::translate("tl::budgets::BudgetCheck", "Budget '%1': %2")
                                 .arg(b.name, hours.errorMessage())};
            spend = localDaysOfHours(*hours, zone);
        }
        out << evaluateBudget(b, spend, now, zone);
    }
    return out;
}

} // namespace tl::budgets
