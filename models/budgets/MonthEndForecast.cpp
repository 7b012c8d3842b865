#include "budgets/MonthEndForecast.h"

#include "budgets/BudgetEvaluator.h"
#include "budgets/DailySpend.h"
#include "query/UsageQueries.h"

namespace tl::budgets {

QDateTime forecastMoment(const QDate &today, const QTimeZone &zone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.date() == today)
        return now;
    return startOfLocalDay(today, zone).toUTC();
}

Status addMonthEndForecast(store::Database &db, const query::DashboardRequest &request,
                           query::DashboardSnapshot &snapshot, const QDateTime &at, const QTimeZone &zone)
{
    snapshot.forecast = {};
    if (!snapshot.periodContainsToday || !snapshot.hasData)
        return {};
    // A monthly budget of the dashboard's scope: only its period matters here.
    Budget month;
    month.period = BudgetPeriod::Month;
    month.spikePercent = 0;
    query::UsageFilter scope = request.filter;
    scope.from = {};
    scope.to = {};
    const QDateTime now = at.isValid() ? at : forecastMoment(request.today, zone);
    const SpendWindow w = spendWindow(month, now, zone);
    query::UsageQueries queries(db);
    auto spend = localDailySpend(queries, scope, w.from, w.to, zone);
    if (!spend)
        return spend.error();
    const BudgetStatus s = evaluateBudget(month, *spend, now, zone);

    query::MonthForecast &f = snapshot.forecast;
    f.available = s.forecast.available;
    f.today = s.today;
    f.monthStart = s.period.first;
    f.monthEnd = s.period.last;
    f.daysLeft = int(s.today.daysTo(s.period.last)) + 1;
    f.monthToDate = s.actual;
    f.expectedRest = s.forecast.remaining;
    f.low = s.forecastLow;
    f.high = s.forecastHigh;
    f.dailyLevel = s.forecast.dailyLevel;
    f.levelDays = s.forecast.levelDays;
    f.seasonDays = s.forecast.weekdayAdjusted ? s.forecast.seasonDays : 0;
    f.basis = spendBasisKey(s.basis);
    return {};
}

Result<query::DashboardSnapshot> computeDashboardWithForecast(store::Database &db,
                                                              const query::DashboardRequest &request,
                                                              const QDateTime &now, const QTimeZone &zone)
{
    auto snapshot = query::computeDashboard(db, request);
    if (!snapshot)
        return snapshot.error();
    if (Status s = addMonthEndForecast(db, request, *snapshot, now, zone); !s)
        return s.error();
    return snapshot;
}

} // namespace tl::budgets
