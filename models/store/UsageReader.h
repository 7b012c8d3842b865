#pragma once

#include "core/Result.h"
#include "domain/Dimension.h"
#include "query/UsageFilter.h"
#include "query/UsageRows.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tl::store {

// One source of billed costs, as the import log knows it (see UsageReader::billedSources).
struct SourceBilling
{
    QString source;   // the import kind: "litellm", "langfuse", "openai-api", "demo", …
    QString provider; // billing APIs: the provider of the facts counted; empty otherwise
    // Billing APIs ("<provider>-api"): the facts of the filter that carry a billed cost, counted
    // exactly. Other sources: -1, not counted (their imports can hold millions of facts).
    std::int64_t billedFacts = -1;
    std::int64_t lastImport = 0; // when the source's last import finished (epoch seconds)
};

// The read side of the usage data: aggregates over the daily and hourly rollups (and, for
// consistency checks, over the facts) for the summary, the dashboard, the explorer, the
// reconciliation and the budgets. Values in, values out; the query layer (query::UsageQueries,
// query::DashboardQueries) turns them into what the pages show.
//
// A filter's days are inclusive UTC days; an invalid date leaves that end open. Its dimension
// filters apply as documented in query::UsageFilter. Rows that name a dimension value by id
// (cube, costBy, costPerBucket) are named with dimensionValue().
class UsageReader
{
public:
    virtual ~UsageReader() = default;

    // The value behind a dimension id returned by an earlier call ("" when unknown).
    virtual QString dimensionValue(std::int64_t id) const = 0;
    // Every stored value of a dimension, "" included, in no particular order.
    virtual Result<QStringList> dimensionValues(Dimension d) = 0;

    // First and last day with usage; empty when there is none.
    virtual Result<query::DataRange> dataRange() = 0;
    // Rollup rows of the last day with data: a cheap measure of how much work a refresh is.
    virtual Result<std::int64_t> rollupRowsPerDay() = 0;

    // Every sum over the filter's days, grouped by `groupBy` (group keys as values, in that
    // order). Without groupBy, one group with an empty key; no group at all when no rollup
    // row matches.
    virtual Result<QList<query::UsageGroup>> totals(const query::UsageFilter &filter,
                                                    const QList<Dimension> &groupBy) = 0;
    // The same totals straight from the facts, bypassing the rollups.
    virtual Result<query::UsageTotals> totalsFromFacts(const query::UsageFilter &filter) = 0;

    // Computed cost per id of `stackBy` and bucket (epoch days, or epoch hours from the hourly
    // rollup) for buckets first…last; the filter's own dates are ignored.
    virtual Result<query::SeriesBuckets> costPerBucket(const query::UsageFilter &filter,
                                                       query::Granularity granularity,
                                                       Dimension stackBy, std::int64_t first,
                                                       std::int64_t last) = 0;

    // Billed records per day, provider and model (ordered so), with their computed and billed
    // cost; `flagged` is left false.
    virtual Result<QList<query::ReconciliationRow>> billedByDay(const query::UsageFilter &filter) = 0;
    // The list-price amounts per day, provider and model (ordered so), over the facts whose
    // source reported one (billedList and listRecords set, the rest left zero). Read from the
    // facts, through the index of those that carry a list amount (schema 14).
    virtual Result<QList<query::ReconciliationRow>> billedListByDay(const query::UsageFilter &filter) = 0;

    // Every sum grouped by day and up to eight dimensions (ids in the order asked).
    virtual Result<QList<query::CubeRow>> cube(const query::UsageFilter &filter,
                                               const QList<Dimension> &dimensions) = 0;
    // Cost parts and requests grouped by one to eight dimensions.
    virtual Result<QList<query::CostRow>> costBy(const query::UsageFilter &filter,
                                                 const QList<Dimension> &dimensions) = 0;
    // Cache-read tokens grouped by day, provider, model and tier (groups with none left out).
    virtual Result<QList<query::CacheReadGroup>> cacheReads(const query::UsageFilter &filter) = 0;
    // Computed and billed spend per hour (epoch hours first…last, from the hourly rollup), in
    // hour order; hours without usage are left out. The filter's own dates are ignored.
    virtual Result<QList<query::HourlySpend>> hourlySpend(const query::UsageFilter &filter,
                                                          std::int64_t firstHour,
                                                          std::int64_t lastHour) = 0;
    // The sources that can have reported the billed costs of the filter: every billing API
    // with its billed facts in the filter per provider (read through the facts of its own
    // imports only, which are small), and every other source kind with an import that was not
    // undone, with the time its last import finished. Never reads the facts of log imports.
    virtual Result<QList<SourceBilling>> billedSources(const query::UsageFilter &filter) = 0;
};

} // namespace tl::store
