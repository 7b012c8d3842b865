#include "budgets/AlertEngine.h"

#include "store/BudgetStore.h"

#include <algorithm>

namespace tl::budgets {

QList<Alert> AlertEngine::candidates(const BudgetStatus &s, const QDateTime &now)
{
    QList<Alert> out;
    if (!s.budget.enabled || s.state == BudgetStatus::State::NotStarted)
        return out;
    auto make = [&](AlertKind kind, int threshold) {
        Alert a;
        a.budgetId = s.budget.id;
        a.budgetName = s.budget.name;
        a.budgetRevision = s.budget.revision;
        a.kind = kind;
        a.threshold = threshold;
        a.periodStart = s.period.first;
        a.raisedAt = now;
        a.actual = s.actual;
        a.forecast = s.forecastTotal;
        a.budgetAmount = s.amountUsd;
        a.exhaustionDate = s.exhaustionDate;
        return a;
    };
    for (int t : s.crossedActual)
        out << make(AlertKind::Actual, t);
    if (s.state == BudgetStatus::State::Running) {
        for (int t : s.crossedForecast)
            if (!s.crossedActual.contains(t))
                out << make(AlertKind::Forecast, t);
    }
    for (const Spike &spike : s.spikes) {
        Alert a = make(AlertKind::Spike, s.budget.spikePercent);
        a.day = spike.day;
        a.daySpend = spike.spend;
        a.baseline = spike.baseline;
        out << a;
    }
    return out;
}

Result<QList<Alert>> AlertEngine::raise(store::BudgetStore &store,
                                        const QList<BudgetStatus> &statuses, const QDateTime &now)
{
    QList<Alert> fresh;
    for (const BudgetStatus &s : statuses) {
        for (Alert a : candidates(s, now)) {
            auto inserted = store.insertAlert(a);
            if (!inserted)
                return inserted.error();
            if (*inserted)
                fresh << a;
        }
    }
    return fresh;
}

Result<QList<Alert>> AlertEngine::dueReminders(store::BudgetStore &store, const QDateTime &now)
{
    auto all = store.alerts(100000);
    if (!all)
        return all.error();
    QList<Alert> due;
    for (const Alert &a : *all) {
        if (a.isAcknowledged() || !a.snoozedUntil.isValid() || a.snoozedUntil > now)
            continue;
        if (a.notifiedAt.isValid() && a.notifiedAt >= a.snoozedUntil)
            continue;
        due << a;
    }
    return due;
}

bool AlertEngine::lessSevere(const Alert &x, const Alert &y)
{
    auto rank = [](const Alert &a) {
        const int kind = a.kind == AlertKind::Actual ? 3 : a.kind == AlertKind::Forecast ? 2 : 1;
        return std::pair(kind, a.threshold);
    };
    return rank(x) < rank(y);
}

const Alert &AlertEngine::mostSevere(const QList<Alert> &alerts)
{
    return *std::max_element(alerts.begin(), alerts.end(), &AlertEngine::lessSevere);
}

} // namespace tl::budgets
