#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "query/UsageFilter.h"
#include "query/UsageQueries.h"
#include "query/UsageRows.h"

#include <QList>

namespace tl::query {

// The rollup queries the dashboard needs beyond UsageQueries' summaries and time series.
// Like UsageQueries, they read rollup_day only, never the facts (through store::UsageReader).
class DashboardQueries
{
public:
    explicit DashboardQueries(UsageQueries &queries) : m_queries(queries) {}

    // Every sum grouped by day and up to eight dimensions: one pass over the period's rollup
    // rows from which the dashboard derives its totals, breakdowns, series and cache reads.
    Result<QList<CubeRow>> cube(const UsageFilter &filter, const QList<Dimension> &dimensions);
    // Cost parts and requests grouped by up to eight dimensions (cheaper than every sum).
    Result<QList<CostRow>> costBy(const UsageFilter &filter, const QList<Dimension> &dimensions);

    // Cache-read tokens grouped by day, provider, model and tier (groups with none left out).
    Result<QList<CacheReadGroup>> cacheReads(const UsageFilter &filter);
    // Rollup rows of the last day with data: a cheap measure of how much work a refresh is.
    Result<std::int64_t> rollupRowsPerDay();

private:
    UsageQueries &m_queries;
};

} // namespace tl::query
