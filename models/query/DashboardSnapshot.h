#pragma once

#include "core/Result.h"
#include "query/CacheSavings.h"
#include "query/Forecast.h"
#include "query/Period.h"
#include "query/Provenance.h"
#include "query/UsageQueries.h"

#include <QMap>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class CostEngine;
}

namespace tl::query {

// Hourly bars are offered for periods up to this many days.
inline constexpr int kMaxHourlyDays = 14;

// Everything that decides what the dashboard shows.
struct DashboardRequest
{
    PeriodPreset preset = PeriodPreset::Last30Days;
    QDate customFrom;
    QDate customTo;
    QDate today;               // UTC
    UsageFilter filter;        // dimension filters; dates inside are ignored
    Dimension stackBy = Dimension::Provider;
    Granularity granularity = Granularity::Day;
    Dimension driverDimension = Dimension::Team; // top drivers: model × this
    Dimension breakdownDimension = Dimension::Provider;
    int topDrivers = 5;
    int breakdownTop = 8;
    int seriesTop = 8;
};

// One of the top cost drivers: a model with a team (or tag set), now and in the previous period.
struct DriverRow
{
    QString model;
    QString other;
    Money cost;
    Money previousCost;
    std::int64_t requests = 0;
};

// One bar of the breakdown; `members` lists the values summed into "Other".
struct BreakdownRow
{
    QString value;
    bool isOther = false;
    QStringList members;
    Money cost;
    std::int64_t requests = 0;
};

// The result of one refresh: plain data, computed on any thread, shown by the item models.
struct DashboardSnapshot
{
    DashboardRequest request;
    DataRange range;
    bool hasData = false;
    Period period;
    Granularity granularity = Granularity::Day; // as shown (Hour only up to kMaxHourlyDays)
    UsageTotals current;
    UsageTotals previous; // cost and requests only
    TimeSeries series;
    QList<DriverRow> drivers; // largest first
    QList<BreakdownRow> breakdown;
    QList<UsageGroup> providers; // totals per provider, largest first
    // List-price amounts (before discounts) per provider, over the records whose source
    // reported one (Anthropic's cost analytics); providers without any are absent.
    QMap<QString, Money> listPriceByProvider;
    // The sources behind the billed figures of the period, in all and per provider.
    ProvenanceByProvider provenance;
    Money batchCost;
    CacheSavings cacheSavings;
    BatchSavings batchSavings; // what the batch tier saved against standard prices
    bool periodContainsToday = false;
    MonthForecast forecast; // available only when the period contains today
    std::int64_t rollupRowsPerDay = 0;
};

Granularity effectiveGranularity(Granularity wanted, const Period &period);

// Runs every dashboard query (rollups only) and prices the cache reads with `engine`.
Result<DashboardSnapshot> computeDashboard(UsageQueries &queries, const pricing::CostEngine &engine,
                                           const DashboardRequest &request);
// The same with the database's own prices and discounts (pricing::DatabasePricing).
Result<DashboardSnapshot> computeDashboard(store::Database &db, const DashboardRequest &request);

} // namespace tl::query
