#pragma once

#include "budgets/DailySpend.h"
#include "query/UsageRows.h"

#include <QList>

#include <cstdint>

namespace tl::budgets {

// The UTC hours (since the epoch) whose first instant lies in [from, to): false when none.
bool hoursWithin(const QDateTime &from, const QDateTime &to, std::int64_t &firstHour, std::int64_t &lastHour);
// Hourly spend summed per local day: an hour belongs to the local day of its first instant.
LocalDailySeries localDaysOfHours(const QList<query::HourlySpend> &hours, const QTimeZone &zone);

} // namespace tl::budgets
