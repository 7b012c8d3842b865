#pragma once

#include "money/Money.h"
#include "query/DashboardQueries.h"

#include <QDate>

namespace tl::query {

// Month-end forecast: spend of the month's full days so far plus the average of the last
// (up to) seven full days times the days left, today included — today is still running, so
// its partial spend is left out and the day is counted as a day left.
struct MonthForecast
{
    bool available = false;
    QDate today;
    QDate monthStart;
    QDate monthEnd;
    int fullDays = 0;        // full days of the month before today
    int daysLeft = 0;        // today up to the month's end
    Money monthToDate;       // spend of those full days
    QDate averageFrom;       // the full days averaged (up to seven, only days with data)
    QDate averageTo;
    int averageDays = 0;
    Money averageWindow;     // their total spend

    Money dailyAverage() const { return averageDays > 0 ? averageWindow.mulDiv(1, averageDays) : Money(); }
    // Exact: month-to-date + window × days left ÷ days averaged, rounded once.
    Money forecast() const
    {
        return averageDays > 0 ? monthToDate + averageWindow.mulDiv(daysLeft, averageDays) : monthToDate;
    }
};

// The days whose spend the forecast needs: the month's first day (or seven days back, if
// earlier) up to yesterday.
UsageFilter forecastWindow(const QDate &today, const UsageFilter &dimensions);

// `daily` covers forecastWindow(); `dataFirst` is the first day with any data.
MonthForecast computeForecast(const QDate &today, const QDate &dataFirst, const QList<DailySpend> &daily);

} // namespace tl::query
