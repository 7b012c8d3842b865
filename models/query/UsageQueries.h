#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "query/UsageFilter.h"
#include "query/UsageRows.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace tl::store {
class Database;
class SqliteUsageReader;
class UsageReader;
}

namespace tl::query {

struct Summary
{
    QDate from; // the range asked for, or the data's own range where open
    QDate to;
    UsageTotals totals;
    QList<UsageGroup> groups; // sorted by computed cost, largest first
};

// Spend over time, one series per value of a dimension.
struct TimeSeries
{
    Granularity granularity = Granularity::Day;
    QList<std::int64_t> buckets; // epoch days or epoch hours, contiguous
    QStringList series;          // labels, largest first; "Other" last when present
    QList<QList<Money>> values;  // values[series][bucket], computed cost
    QStringList seriesValues;    // the dimension value behind each series ("" for Other)
    QStringList otherValues;     // the dimension values summed into "Other"
    Money total() const;
};

// A difference is flagged when it exceeds both the absolute tolerance and the relative one
// (a share of the billed amount), so that neither rounding cents nor tiny days raise noise.
struct ReconciliationTolerance
{
    Money absolute = Money::fromCents(1);
    std::int64_t ppmOfBilled = 10'000; // 1 %
};

// Read-only aggregate queries over the rollups. Views never call this directly: item models
// and services do. The reading is store::UsageReader's; this class adds what the pages need on
// top (open ranges, sorting, top N and "Other", reconciliation flags).
class UsageQueries
{
public:
    explicit UsageQueries(store::Database &db);
    ~UsageQueries();
    UsageQueries(const UsageQueries &) = delete;
    UsageQueries &operator=(const UsageQueries &) = delete;

    Result<DataRange> dataRange();
    Result<Summary> summary(const UsageFilter &filter, const QList<Dimension> &groupBy = {});
    // topN series are kept; the rest are summed into one "Other" series.
    Result<TimeSeries> timeSeries(const UsageFilter &filter, Granularity granularity,
                                  Dimension stackBy, int topN = 8);
    Result<QList<ReconciliationRow>> reconciliation(const UsageFilter &filter,
                                                    const ReconciliationTolerance &tolerance);

    // Distinct values of a dimension (for filter pickers), sorted.
    Result<QStringList> dimensionValues(Dimension d);

    // The same totals straight from the facts, bypassing the rollups (for consistency checks
    // and benchmarks).
    Result<UsageTotals> totalsFromFacts(const UsageFilter &filter);

    static QString otherSeriesLabel();

    // The store this reads from (see DashboardQueries), and the value of a dimension id that
    // one of its rows named.
    store::UsageReader &reader();
    QString dimensionValue(std::int64_t id) const;


    // A TimeSeries from spend per series (dimension id) and bucket (epoch day or hour, nanos):
    // buckets lo…hi, the topN largest series by name, the rest summed into "Other".
    using SeriesBuckets = query::SeriesBuckets;
    TimeSeries seriesFromBuckets(Granularity granularity, std::int64_t lo, std::int64_t hi,
                                 const SeriesBuckets &perSeries, int topN) const;

private:
    std::unique_ptr<store::SqliteUsageReader> m_reader;
};

} // namespace tl::query
