#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "query/UsageFilter.h"
#include "query/UsageQueries.h"

#include <array>

#include <QDate>
#include <QList>
#include <QString>

namespace tl::query {

// Cache-read tokens of one day, provider, model and service tier (to price what the cache
// saved at the prices in force that day).
struct CacheReadGroup
{
    QDate day;
    QString provider;
    QString model;
    QString tier;
    std::int64_t tokens = 0;
};

// Computed cost of one UTC day.
struct DailySpend
{
    QDate day;
    Money cost;
};

// One group of a cube: a day, the id of each dimension asked for (in that order) and every
// rollup sum.
struct CubeRow
{
    static constexpr int kMaxDimensions = 8;
    std::int64_t day = 0; // epoch day
    std::array<std::int64_t, kMaxDimensions> ids{};
    UsageTotals totals;
};

// One group of a cost-only aggregate: dimension ids, the cost split and requests.
struct CostRow
{
    std::array<std::int64_t, CubeRow::kMaxDimensions> ids{};
    CostBreakdown cost;
    std::int64_t requests = 0;
};

// The rollup queries the dashboard needs beyond UsageQueries' summaries and time series.
// Like UsageQueries, they read rollup_day only, never the facts.
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
    // Spend per day over the filter's (closed) date range; days without usage are left out.
    Result<QList<DailySpend>> dailySpend(const UsageFilter &filter);
    // Rollup rows of the last day with data: a cheap measure of how much work a refresh is.
    Result<std::int64_t> rollupRowsPerDay();

private:
    UsageQueries &m_queries;
};

} // namespace tl::query
