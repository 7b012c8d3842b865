#include "query/Forecast.h"

#include <algorithm>

namespace tl::query {

namespace {
constexpr int kAverageDays = 7;
}

UsageFilter forecastWindow(const QDate &today, const UsageFilter &dimensions)
{
    UsageFilter f;
    f.equals = dimensions.equals;
    const QDate monthStart(today.year(), today.month(), 1);
    f.from = std::min(monthStart, today.addDays(-kAverageDays));
    f.to = today.addDays(-1);
    return f;
}

MonthForecast computeForecast(const QDate &today, const QDate &dataFirst, const QList<DailySpend> &daily)
{
    MonthForecast m;
    m.today = today;
    m.monthStart = QDate(today.year(), today.month(), 1);
    m.monthEnd = m.monthStart.addDays(m.monthStart.daysInMonth() - 1);
    m.fullDays = today.day() - 1;
    m.daysLeft = m.monthStart.daysInMonth() - m.fullDays;
    m.averageTo = today.addDays(-1);
    m.averageFrom = today.addDays(-kAverageDays);
    if (dataFirst.isValid() && dataFirst > m.averageFrom)
        m.averageFrom = dataFirst; // fewer than seven full days of data: average those there are
    m.averageDays = m.averageFrom <= m.averageTo ? int(m.averageFrom.daysTo(m.averageTo)) + 1 : 0;
    for (const DailySpend &d : daily) {
        if (d.day >= m.monthStart && d.day < today)
            m.monthToDate += d.cost;
        if (d.day >= m.averageFrom && d.day <= m.averageTo)
            m.averageWindow += d.cost;
    }
    m.available = m.averageDays > 0;
    return m;
}

} // namespace tl::query
