#pragma once

#include "budgets/Budget.h"
#include "budgets/DailySpend.h"
#include "budgets/SpendForecast.h"
#include "query/Provenance.h"

#include <QDateTime>
#include <QTimeZone>

namespace tl::budgets {

// Where a budget's actual spend comes from.
enum class SpendBasis
{
    None,
    Computed,
    Billed,
    Mixed
};
QString spendBasisKey(SpendBasis b); // "none", "computed", "billed", "mixed"

// A budget evaluated at one moment. Money in USD unless said otherwise.
struct BudgetStatus
{
    enum class State
    {
        NotStarted,
        Running,
        Ended
    };

    Budget budget;
    State state = State::Running;
    QDate today; // in the user's time zone
    PeriodRange period;
    Money amountUsd;
    Money actual; // billed where the source has it, computed otherwise
    SpendBasis basis = SpendBasis::None;
    // The sources behind the billed part of `actual` (set by evaluateBudgets, not by the pure
    // evaluateBudget): "reported by LiteLLM", "billed by OpenAI".
    query::Provenance provenance;
    std::int64_t facts = 0;
    std::int64_t billedFacts = 0;
    SpendForecast forecast;
    Money forecastTotal; // actual + expected rest of the period
    Money forecastLow;
    Money forecastHigh;
    QDate exhaustionDate; // first day cumulative spend reaches the budget (actual or expected)
    QList<int> crossedActual;
    QList<int> crossedForecast; // thresholds the forecast crosses (actual ones included)
    QList<Spike> spikes;
    DailyAmounts daily;           // actual spend per day of the period, up to today
    bool breached = false;        // actual ≥ budget, or forecast ≥ budget when so configured
    bool forecastOverrun = false; // forecast ≥ budget

    // Share of the budget spent, in per mille (for progress bars).
    int perMilleUsed() const;
    int perMilleForecast() const;
};

// The UTC instants whose spend the evaluation needs: history for the forecast and the spike
// baseline, and the period itself up to now.
struct SpendWindow
{
    QDateTime from;
    QDateTime to;
};
SpendWindow spendWindow(const Budget &budget, const QDateTime &now, const QTimeZone &zone);

// Pure: the budget's status from its spend per local day (covering spendWindow()), the
// moment of evaluation and the user's time zone (periods are calendar periods there).
BudgetStatus evaluateBudget(const Budget &budget, const LocalDailySeries &spend,
                            const QDateTime &now, const QTimeZone &zone);

} // namespace tl::budgets
