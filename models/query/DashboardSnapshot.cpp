#include "query/DashboardSnapshot.h"

#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/UsageReader.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <tuple>

namespace tl::query {

Granularity effectiveGranularity(Granularity wanted, const Period &period)
{
    return wanted == Granularity::Hour && period.days() <= kMaxHourlyDays ? Granularity::Hour : Granularity::Day;
}

namespace {

UsageFilter withDates(const UsageFilter &dimensions, const QDate &from, const QDate &to)
{
    UsageFilter f;
    f.equals = dimensions.equals;
    f.from = from;
    f.to = to;
    return f;
}


} // namespace

Result<DashboardSnapshot> computeDashboard(UsageQueries &queries, const pricing::CostEngine &engine,
                                           const DashboardRequest &request)
{
    DashboardSnapshot s;
    s.request = request;
    auto range = queries.dataRange();
    if (!range)
        return range.error();
    s.range = *range;
    s.hasData = !range->isEmpty();
    s.period = resolvePeriod(request.preset, request.today, range->first, range->last, request.customFrom,
                             request.customTo);
    s.granularity = effectiveGranularity(request.granularity, s.period);
    const UsageFilter current = withDates(request.filter, s.period.from, s.period.to);
    const UsageFilter previous = withDates(request.filter, s.period.previousFrom, s.period.previousTo);
    DashboardQueries more(queries);

    // One pass over the period's rollup rows, grouped by day and every dimension a part of the
    // dashboard needs; the totals, breakdowns, daily series, cache reads and daily spend are
    // all sums of these groups.
    QList<Dimension> dims;
    const auto slot = [&dims](Dimension d) {
        if (!dims.contains(d))
            dims << d;
        return std::size_t(dims.indexOf(d));
    };
    const std::size_t provider = slot(Dimension::Provider);
    const std::size_t tier = slot(Dimension::ServiceTier);
    const std::size_t model = slot(Dimension::Model);
    const std::size_t driver = slot(request.driverDimension);
    const std::size_t part = slot(request.breakdownDimension);
    const bool daily = s.granularity == Granularity::Day;
    const std::size_t stack = daily ? slot(request.stackBy) : 0;
    auto cube = more.cube(current, dims);
    if (!cube)
        return cube.error();

    struct Sum
    {
        Money cost;
        std::int64_t requests = 0;
    };
    std::map<std::int64_t, UsageTotals> byProvider;
    std::map<std::pair<std::int64_t, std::int64_t>, Sum> drivers;
    std::map<std::int64_t, Sum> parts;
    UsageQueries::SeriesBuckets series;
    std::map<std::array<std::int64_t, 4>, std::int64_t> cacheReads; // day, provider, model, tier
    std::map<std::array<std::int64_t, 3>, UsageTotals> batchTotals; // day, provider, model
    QHash<std::int64_t, bool> isBatch;
    for (const CubeRow &r : std::as_const(*cube)) {
        const Money cost = r.totals.cost.total();
        s.current += r.totals;
        byProvider[r.ids[provider]] += r.totals;
        auto batch = isBatch.find(r.ids[tier]);
        if (batch == isBatch.end())
            batch = isBatch.insert(r.ids[tier], queries.dimensionValue(r.ids[tier]) == u"batch");
        if (*batch) {
            s.batchCost += cost;
            batchTotals[{r.day, r.ids[provider], r.ids[model]}] += r.totals;
        }
        Sum &d = drivers[{r.ids[model], r.ids[driver]}];
        d.cost += cost;
        d.requests += r.totals.tokens.requests;
        Sum &b = parts[r.ids[part]];
        b.cost += cost;
        b.requests += r.totals.tokens.requests;
        if (daily)
            series[r.ids[stack]][r.day] += cost.nanos();
        if (r.totals.tokens.cacheRead != 0)
            cacheReads[{r.day, r.ids[provider], r.ids[model], r.ids[tier]}] += r.totals.tokens.cacheRead;
    }
    const auto value = [&queries](std::int64_t id) { return queries.dimensionValue(id); };

    for (const auto &[id, totals] : byProvider)
        s.providers << UsageGroup{{value(id)}, totals};
    std::stable_sort(s.providers.begin(), s.providers.end(), [](const UsageGroup &a, const UsageGroup &b) {
        if (a.totals.cost.total() != b.totals.cost.total())
            return a.totals.cost.total() > b.totals.cost.total();
        return a.key < b.key;
    });

    bool anyBilled = false;
    for (const UsageGroup &g : std::as_const(s.providers))
        anyBilled = anyBilled || g.totals.billedFacts > 0;
    if (anyBilled) {
        auto sources = queries.reader().billedSources(current);
        if (!sources)
            return sources.error();
        s.provenance = attributeBilledSources(s.providers, *sources, current.from);
    }

    auto listed = queries.reader().billedListByDay(current);
    if (!listed)
        return listed.error();
    for (const ReconciliationRow &r : std::as_const(*listed))
        s.listPriceByProvider[r.provider] += r.billedList;

    // Top drivers now and before; the previous period needs only costs.
    auto before = more.costBy(previous, {Dimension::Model, request.driverDimension});
    if (!before)
        return before.error();
    std::map<std::pair<std::int64_t, std::int64_t>, Money> previousCost;
    for (const CostRow &r : std::as_const(*before)) {
        s.previous.cost += r.cost;
        s.previous.tokens.requests += r.requests;
        previousCost[{r.ids[0], r.ids[1]}] += r.cost.total();
    }
    for (const auto &[key, sum] : drivers)
        s.drivers << DriverRow{value(key.first), value(key.second), sum.cost, previousCost[key], sum.requests};
    std::stable_sort(s.drivers.begin(), s.drivers.end(), [](const DriverRow &a, const DriverRow &b) {
        if (a.cost != b.cost)
            return a.cost > b.cost;
        return std::tie(a.model, a.other) < std::tie(b.model, b.other);
    });
    if (s.drivers.size() > request.topDrivers)
        s.drivers.resize(request.topDrivers);

    QList<BreakdownRow> all;
    for (const auto &[id, sum] : parts)
        all << BreakdownRow{value(id), false, {}, sum.cost, sum.requests};
    std::stable_sort(all.begin(), all.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (a.cost != b.cost)
            return a.cost > b.cost;
        return a.value < b.value;
    });
    const int keep = request.breakdownTop;
    for (int i = 0; i < all.size(); ++i) {
        if (all.size() <= keep + 1 || i < keep) {
            s.breakdown << all[i];
            continue;
        }
        if (!s.breakdown.last().isOther)
            s.breakdown << BreakdownRow{UsageQueries::otherSeriesLabel(), true, {}, {}, 0};
        s.breakdown.last().members << all[i].value;
        s.breakdown.last().cost += all[i].cost;
        s.breakdown.last().requests += all[i].requests;
    }

    if (daily) {
        s.series = queries.seriesFromBuckets(Granularity::Day, epochDay(s.period.from), epochDay(s.period.to), series,
                                             request.seriesTop);
    } else {
        auto hourly = queries.timeSeries(current, Granularity::Hour, request.stackBy, request.seriesTop);
        if (!hourly)
            return hourly.error();
        s.series = std::move(hourly).value();
    }

    QList<CacheReadGroup> groups;
    for (const auto &[key, tokens] : cacheReads)
        groups << CacheReadGroup{dateOfEpochDay(key[0]), value(key[1]), value(key[2]), value(key[3]), tokens};
    s.cacheSavings = computeCacheSavings(groups, engine);
    QList<BatchGroup> batchGroups;
    for (const auto &[key, totals] : batchTotals)
        batchGroups << BatchGroup{dateOfEpochDay(key[0]), value(key[1]), value(key[2]), totals.tokens};
    s.batchSavings = computeBatchSavings(batchGroups, engine);

    s.periodContainsToday = s.period.from <= request.today && request.today <= s.period.to;
    // The month-end forecast is the budgets' (budgets::addMonthEndForecast), filled in by the
    // callers: this layer does not reach the budgets.
    auto rows = more.rollupRowsPerDay();
    if (!rows)
        return rows.error();
    s.rollupRowsPerDay = *rows;
    return s;
}

Result<DashboardSnapshot> computeDashboard(store::Database &db, const DashboardRequest &request)
{
    auto pricing = pricing::DatabasePricing::load(db);
    if (!pricing)
        return pricing.error();
    UsageQueries queries(db);
    return computeDashboard(queries, (*pricing)->engine(), request);
}

} // namespace tl::query
