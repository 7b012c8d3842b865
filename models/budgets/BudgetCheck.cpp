#include "budgets/BudgetCheck.h"

#include "query/UsageQueries.h"
#include "store/SqliteBudgetStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace tl::budgets {

Result<QList<BudgetStatus>> evaluateBudgets(store::Database &db, const QList<Budget> &budgets,
                                            const QDateTime &now, const QTimeZone &zone)
{
    query::UsageQueries queries(db);
    QList<BudgetStatus> out;
    for (const Budget &b : budgets) {
        const SpendWindow w = spendWindow(b, now, zone);
        auto spend = localDailySpend(queries, b.filter(), w.from, w.to, zone);
        if (!spend)
            return Error{QCoreApplication::translate("tl::budgets::BudgetCheck", "Budget '%1': %2")
                             .arg(b.name, spend.errorMessage())};
        BudgetStatus status = evaluateBudget(b, *spend, now, zone);
        if (status.basis == SpendBasis::Billed || status.basis == SpendBasis::Mixed) {
            query::UsageFilter period = b.filter();
            period.from = status.period.first;
            period.to = std::min(status.period.last, status.today);
            auto sources = query::readProvenance(queries.reader(), period);
            if (!sources)
                return sources.error();
            status.provenance = sources->all;
        }
        out << status;
    }
    return out;
}

Result<QList<BudgetStatus>> evaluateStoredBudgets(store::Database &db, const QDateTime &now,
                                                  const QTimeZone &zone)
{
    auto budgets = store::SqliteBudgetStore(db).budgets();
    if (!budgets)
        return budgets.error();
    return evaluateBudgets(db, *budgets, now, zone);
}

} // namespace tl::budgets
