#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

namespace tl::query {

// The dashboard's month-end forecast. It is computed as a monthly budget of the same scope
// would forecast it (budgets::addMonthEndForecast, over budgets::forecastRemaining), so the
// dashboard and a budget for the same scope and month always agree:
//   month-to-date actual spend (billed where the source reports a cost, computed otherwise;
//   today's spend so far included) + the spend expected from now to the month's end at a
//   weekday-adjusted run rate (the average of the last 7 full days, shaped by the weekday
//   pattern of the last 28 once there are 14 days of history; today only for its rest).
// Days are calendar days in the computer's time zone.
struct MonthForecast
{
    bool available = false; // false without a single full day of history
    QDate today;
    QDate monthStart;
    QDate monthEnd;
    int daysLeft = 0;   // today up to the month's end
    Money monthToDate;  // actual spend of the month so far
    Money expectedRest; // expected from now to the month's end
    Money low;          // the forecast at the quietest and busiest week's pace of the last 28 days
    Money high;
    Money dailyLevel;   // average per day of the last levelDays full days
    int levelDays = 0;
    int seasonDays = 0; // days behind the weekday pattern; 0: not weekday-adjusted
    QString basis;      // "computed", "billed" or "mixed" (budgets::spendBasisKey)

    Money forecast() const { return monthToDate + expectedRest; }
};

} // namespace tl::query
