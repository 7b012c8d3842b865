#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "query/UsageFilter.h"

#include <QList>

#include <cstdint>

namespace tl::query {
class UsageQueries;
}

namespace tl::store {

// Spend of one hour bucket of the hourly rollup. "Billed" sums what the sources reported;
// "billedComputed" is the catalog cost of just the facts that carry a billed cost.
struct HourSpend
{
    std::int64_t hour = 0; // epoch hour
    Money computed;
    Money billed;
    Money billedComputed;
    std::int64_t facts = 0;
    std::int64_t billedFacts = 0;
};

// Spend per hour bucket in [fromHour, toHour] (epoch hours, inclusive) of the usage that
// `filter`'s dimension values select, oldest first; hours without usage are left out. The
// queries' dimensions must be loaded (UsageQueries::loadDimensions()).
Result<QList<HourSpend>> hourlySpend(query::UsageQueries &queries, const query::UsageFilter &filter,
                                     std::int64_t fromHour, std::int64_t toHour);

} // namespace tl::store
