#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "query/UsageFilter.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <map>

namespace tl::query {
class UsageQueries;
}

namespace tl::budgets {

// Spend of one day in the user's time zone. "Actual" is what the sources billed where they
// report a cost, and the computed cost for the rest.
struct LocalDaySpend
{
    Money computed;       // catalog cost of every fact
    Money billed;         // reported by the sources (facts that carry a billed cost)
    Money billedComputed; // catalog cost of just those facts
    std::int64_t facts = 0;
    std::int64_t billedFacts = 0;

    Money actual() const { return computed - billedComputed + billed; }
    LocalDaySpend &operator+=(const LocalDaySpend &o);
};

using LocalDailySeries = std::map<QDate, LocalDaySpend>;

// First instant of a local day (the first valid time when a DST jump skips midnight).
QDateTime startOfLocalDay(const QDate &day, const QTimeZone &zone);

// Spend per local day over [from, to) (UTC instants), from the hourly rollups through the
// query layer's filter. An hourly bucket belongs to the local day of its first instant; in
// zones whose offset is not a whole number of hours, the hour that straddles midnight is
// counted on the day it starts.
Result<LocalDailySeries> localDailySpend(query::UsageQueries &queries,
                                         const query::UsageFilter &scope, const QDateTime &from,
                                         const QDateTime &to, const QTimeZone &zone);

} // namespace tl::budgets
