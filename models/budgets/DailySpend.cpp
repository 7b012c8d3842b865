#include "budgets/DailySpend.h"
#include "budgets/HourlySpendDays.h"

#include "query/UsageQueries.h"
#include "store/UsageReader.h"

#include <limits>

namespace tl::budgets {

LocalDaySpend &LocalDaySpend::operator+=(const LocalDaySpend &o)
{
    computed += o.computed;
    billed += o.billed;
    billedComputed += o.billedComputed;
    facts += o.facts;
    billedFacts += o.billedFacts;
    return *this;
}

QDateTime startOfLocalDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone);
}

bool hoursWithin(const QDateTime &from, const QDateTime &to, std::int64_t &firstHour, std::int64_t &lastHour)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return false;
    // Hour buckets whose first instant lies in [from, to).
    const std::int64_t fromSecs = from.toSecsSinceEpoch();
    const std::int64_t toSecs = to.toSecsSinceEpoch();
    firstHour = fromSecs >= 0 ? (fromSecs + 3599) / 3600 : -((-fromSecs) / 3600);
    lastHour = (toSecs - 1) >= 0 ? (toSecs - 1) / 3600 : -((-(toSecs - 1) + 3599) / 3600);
    return lastHour >= firstHour;
}

LocalDailySeries localDaysOfHours(const QList<query::HourlySpend> &hours, const QTimeZone &zone)
{
    LocalDailySeries out;
    // The zone's offset changes rarely: convert once per distinct offset period.
    QDate lastDay;
    std::int64_t dayEndSecs = std::numeric_limits<std::int64_t>::min();
    std::int64_t dayStartSecs = 0;
    for (const query::HourlySpend &h : hours) {
        const std::int64_t secs = h.hour * 3600;
        if (secs >= dayEndSecs || secs < dayStartSecs) {
            lastDay = QDateTime::fromSecsSinceEpoch(secs, zone).date();
            dayStartSecs = startOfLocalDay(lastDay, zone).toSecsSinceEpoch();
            dayEndSecs = startOfLocalDay(lastDay.addDays(1), zone).toSecsSinceEpoch();
        }
        LocalDaySpend d;
        d.computed = h.computed;
        d.billed = h.billed;
        d.billedComputed = h.billedComputed;
        d.facts = h.facts;
        d.billedFacts = h.billedFacts;
        out[lastDay] += d;
    }
    return out;
}

Result<LocalDailySeries> localDailySpend(query::UsageQueries &queries,
                                         const query::UsageFilter &scope, const QDateTime &from,
                                         const QDateTime &to, const QTimeZone &zone)
{
    std::int64_t lo = 0, hi = 0;
    if (!hoursWithin(from, to, lo, hi))
        return LocalDailySeries{};
    query::UsageFilter dims;
    dims.equals = scope.equals;
    auto hours = queries.reader().hourlySpend(dims, lo, hi);
    if (!hours)
        return hours.error();
    return localDaysOfHours(*hours, zone);
}

} // namespace tl::budgets
