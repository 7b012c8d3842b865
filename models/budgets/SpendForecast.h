#pragma once

#include "budgets/Budget.h"
#include "money/Money.h"

#include <QDate>

#include <map>

namespace tl::budgets {

using DailyAmounts = std::map<QDate, Money>; // local day → spend; absent days spent nothing

// Forecast of the spend still to come in a period, by weekday-adjusted run rate:
//
//  * level — the average daily spend of the last 7 full days before today (fewer when the
//    scope has less history);
//  * weekday factors — with at least 14 full days of history, each weekday's average over the
//    last (up to) 28 full days divided by the average of all those days; otherwise 1;
//  * each day left in the period is expected to cost level × its weekday factor; today, which
//    is still running, only for the share of the day that has not passed yet (by the clock:
//    23 and 25-hour days at DST changes count as such);
//  * range — the same projection at the level of the quietest and of the busiest 7-day week
//    of the last 28 days (with less than 14 days of history: the quietest and busiest day).
//
// Money stays exact: factors are applied as ratios of integer sums.
struct ForecastInput
{
    DailyAmounts daily;
    QDate dataFirst; // first day the scope has data; invalid: none
    QDate today;
    std::int64_t todayElapsedSecs = 0;
    std::int64_t todayLengthSecs = 86400;
    PeriodRange period;
};

struct SpendForecast
{
    bool available = false; // false without a single full day of history
    bool weekdayAdjusted = false;
    int levelDays = 0;  // days averaged for the level
    int seasonDays = 0; // days behind the weekday factors (0: not adjusted)
    Money dailyLevel;   // average per day, and the range's quietest and busiest pace
    Money dailyLow;
    Money dailyHigh;
    Money remaining; // expected spend from now to the end of the period
    Money remainingLow;
    Money remainingHigh;
    DailyAmounts expected; // expected spend of each remaining day (today: its rest)
};

SpendForecast forecastRemaining(const ForecastInput &input);

// A day far above its trailing baseline: spend > percent × baseline, where the baseline is
// the median of the 14 days before it (at least 7 with data history needed), and the excess
// over the baseline is at least `minimumExcess` (so that cents never raise alerts).
struct Spike
{
    QDate day;
    Money spend;
    Money baseline;
    bool operator==(const Spike &) const = default;
};

QList<Spike> detectSpikes(const DailyAmounts &daily, const QDate &dataFirst, const QDate &from,
                          const QDate &to, int percent, Money minimumExcess);

} // namespace tl::budgets
