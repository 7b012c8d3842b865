#include "budgets/BudgetEvaluator.h"

#include <algorithm>

namespace tl::budgets {

namespace {

constexpr int kHistoryDays = 28;  // forecast season
constexpr int kBaselineDays = 14; // spike baseline

bool reaches(Money spend, Money amount, int percent)
{
    return Int128(spend.nanos()) * 100 >= Int128(amount.nanos()) * percent;
}

int perMille(Money part, Money whole)
{
    if (whole.nanos() <= 0)
        return 0;
    const Int128 v = Int128(part.nanos()) * 1000 / whole.nanos();
    return int(std::clamp<Int128>(v, 0, 1'000'000));
}

} // namespace

QString spendBasisKey(SpendBasis b)
{
    switch (b) {
    case SpendBasis::None:
        return QStringLiteral("none");
    case SpendBasis::Computed:
        return QStringLiteral("computed");
    case SpendBasis::Billed:
        return QStringLiteral("billed");
    case SpendBasis::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

int BudgetStatus::perMilleUsed() const
{
    return perMille(actual, amountUsd);
}

int BudgetStatus::perMilleForecast() const
{
    return perMille(forecastTotal, amountUsd);
}

SpendWindow spendWindow(const Budget &budget, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const PeriodRange period = budget.periodContaining(today);
    const QDate first =
        std::min(period.first.addDays(-kBaselineDays), today.addDays(-kHistoryDays));
    const QDateTime periodEnd = startOfLocalDay(period.last.addDays(1), zone);
    return {startOfLocalDay(first, zone), std::min(now, periodEnd)};
}

BudgetStatus evaluateBudget(const Budget &budget, const LocalDailySeries &spend,
                            const QDateTime &now, const QTimeZone &zone)
{
    BudgetStatus s;
    s.budget = budget;
    const QDateTime local = now.toTimeZone(zone);
    s.today = local.date();
    s.period = budget.periodContaining(s.today);
    s.amountUsd = budget.amountUsd();
    s.state = s.today < s.period.first  ? BudgetStatus::State::NotStarted
              : s.today > s.period.last ? BudgetStatus::State::Ended
                                        : BudgetStatus::State::Running;

    ForecastInput in;
    in.today = s.today;
    in.period = s.period;
    const std::int64_t dayStart = startOfLocalDay(s.today, zone).toSecsSinceEpoch();
    const std::int64_t dayEnd = startOfLocalDay(s.today.addDays(1), zone).toSecsSinceEpoch();
    in.todayLengthSecs = std::max<std::int64_t>(1, dayEnd - dayStart);
    in.todayElapsedSecs =
        std::clamp<std::int64_t>(now.toSecsSinceEpoch() - dayStart, 0, in.todayLengthSecs);
    for (const auto &[day, d] : spend) {
        if (day > s.today)
            continue; // never count what lies after "now"
        if (!in.dataFirst.isValid() && d.facts > 0)
            in.dataFirst = day;
        in.daily[day] = d.actual();
        if (s.period.contains(day)) {
            s.actual += d.actual();
            s.facts += d.facts;
            s.billedFacts += d.billedFacts;
            s.daily[day] = d.actual();
        }
    }
    s.basis = s.facts == 0               ? SpendBasis::None
              : s.billedFacts == 0       ? SpendBasis::Computed
              : s.billedFacts == s.facts ? SpendBasis::Billed
                                         : SpendBasis::Mixed;

    s.forecast = forecastRemaining(in);
    s.forecastTotal = s.actual + s.forecast.remaining;
    s.forecastLow = s.actual + s.forecast.remainingLow;
    s.forecastHigh = s.actual + s.forecast.remainingHigh;

    // Exhaustion: the day cumulative spend reaches the budget — in the past when actual
    // spend already has, else on the expected path.
    Money cumulative;
    for (const auto &[day, m] : s.daily) {
        cumulative += m;
        if (!s.exhaustionDate.isValid() && cumulative >= s.amountUsd)
            s.exhaustionDate = day;
    }
    if (!s.exhaustionDate.isValid()) {
        Money path = s.actual;
        for (const auto &[day, m] : s.forecast.expected) {
            path += m;
            if (path >= s.amountUsd) {
                s.exhaustionDate = day;
                break;
            }
        }
    }

    for (int t : budget.thresholds) {
        if (reaches(s.actual, s.amountUsd, t))
            s.crossedActual << t;
        if (reaches(s.forecastTotal, s.amountUsd, t))
            s.crossedForecast << t;
    }
    s.forecastOverrun = reaches(s.forecastTotal, s.amountUsd, 100);
    s.breached =
        reaches(s.actual, s.amountUsd, 100) || (budget.breachOnForecast && s.forecastOverrun);

    if (s.state != BudgetStatus::State::NotStarted)
        s.spikes =
            detectSpikes(in.daily, in.dataFirst, s.period.first, std::min(s.today, s.period.last),
                         budget.spikePercent, s.amountUsd.mulDiv(1, 100));
    return s;
}

} // namespace tl::budgets
