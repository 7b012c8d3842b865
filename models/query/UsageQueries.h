#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "query/UsageFilter.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <map>
#include <optional>

namespace tl::store {
class Database;
class Statement;
}

namespace tl::query {

struct UsageTotals
{
    std::int64_t facts = 0;
    TokenCounts tokens;
    CostBreakdown cost;          // computed from the catalog
    Money billed;                // reported by sources; absent parts count as zero
    std::int64_t billedFacts = 0; // how many facts carried a billed cost
    Money billedComputed;          // computed cost of just those facts (for reconciliation)
    std::int64_t unpricedFacts = 0; // facts whose model had no catalog price

    UsageTotals &operator+=(const UsageTotals &o);
    bool operator==(const UsageTotals &) const = default;
};

struct UsageGroup
{
    QStringList key; // one value per group-by dimension, in the order asked
    UsageTotals totals;
};

struct Summary
{
    QDate from; // the range asked for, or the data's own range where open
    QDate to;
    UsageTotals totals;
    QList<UsageGroup> groups; // sorted by computed cost, largest first
};

enum class Granularity { Day, Hour };

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

// Computed vs billed cost of one provider, model and day, over the records that carry a
// billed cost (records without one cannot be compared).
struct ReconciliationRow
{
    QDate day;
    QString provider;
    QString model;
    std::int64_t records = 0;
    Money computed;
    Money billed;
    Money difference() const { return computed - billed; }
    bool flagged = false; // |difference| above the tolerance
};

// A difference is flagged when it exceeds both the absolute tolerance and the relative one
// (a share of the billed amount), so that neither rounding cents nor tiny days raise noise.
struct ReconciliationTolerance
{
    Money absolute = Money::fromCents(1);
    std::int64_t ppmOfBilled = 10'000; // 1 %
};

struct DataRange
{
    QDate first;
    QDate last;
    bool isEmpty() const { return !first.isValid(); }
};

// Read-only aggregate queries over the rollups. Views never call this directly: item models
// and services do.
class UsageQueries
{
public:
    explicit UsageQueries(store::Database &db) : m_db(db) {}

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

    // Building blocks for further rollup queries (see DashboardQueries): reads new dimension
    // values, the WHERE clause over dimension ids and a time column (call loadDimensions()
    // first), and the value of a dimension id.
    Status loadDimensions();
    QString whereClause(const UsageFilter &filter, const char *timeColumn, std::int64_t timeFrom,
                        std::int64_t timeTo) const;
    QString dimensionValue(std::int64_t id) const { return m_dimValue.value(id); }
    store::Database &database() { return m_db; }
    // The 19 rollup sums every aggregate reads, and reading them from column `first` on.
    static const char *sumColumns();
    static UsageTotals readTotals(const store::Statement &st, int first);
    // A TimeSeries from spend per series (dimension id) and bucket (epoch day or hour, nanos):
    // buckets lo…hi, the topN largest series by name, the rest summed into "Other".
    using SeriesBuckets = std::map<std::int64_t, std::map<std::int64_t, std::int64_t>>;
    TimeSeries seriesFromBuckets(Granularity granularity, std::int64_t lo, std::int64_t hi,
                                 const SeriesBuckets &perSeries, int topN) const;

private:
    QList<std::int64_t> idsMatching(Dimension d, const QStringList &values) const;

    store::Database &m_db;
    QHash<std::int64_t, QString> m_dimValue;
    QHash<std::int64_t, int> m_dimKind;
    std::int64_t m_maxDimId = -1;
};

} // namespace tl::query
