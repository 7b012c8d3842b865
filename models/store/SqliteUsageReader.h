#pragma once

#include "store/DailySource.h"
#include "store/DimensionDictionary.h"
#include "store/UsageReader.h"

namespace tl::store {

class Database;
class Statement;

// UsageReader over the SQLite rollup_day, rollup_hour and usage_fact tables. Reads only.
class SqliteUsageReader final : public UsageReader
{
public:
    explicit SqliteUsageReader(Database &db);

    QString dimensionValue(std::int64_t id) const override { return m_dims.value(id); }
    Result<QStringList> dimensionValues(Dimension d) override;
    Result<query::DataRange> dataRange() override;
    Result<std::int64_t> rollupRowsPerDay() override;
    Result<QList<query::UsageGroup>> totals(const query::UsageFilter &filter,
                                            const QList<Dimension> &groupBy) override;
    Result<query::UsageTotals> totalsFromFacts(const query::UsageFilter &filter) override;
    Result<query::SeriesBuckets> costPerBucket(const query::UsageFilter &filter,
                                               query::Granularity granularity, Dimension stackBy,
                                               std::int64_t first, std::int64_t last) override;
    Result<QList<query::ReconciliationRow>> billedByDay(const query::UsageFilter &filter) override;
    Result<QList<query::ReconciliationRow>> billedListByDay(const query::UsageFilter &filter) override;
    Result<QList<query::CubeRow>> cube(const query::UsageFilter &filter,
                                       const QList<Dimension> &dimensions) override;
    Result<QList<query::CostRow>> costBy(const query::UsageFilter &filter,
                                         const QList<Dimension> &dimensions) override;
    Result<QList<query::CacheReadGroup>> cacheReads(const query::UsageFilter &filter) override;
    Result<QList<query::HourlySpend>> hourlySpend(const query::UsageFilter &filter,
                                                  std::int64_t firstHour,
                                                  std::int64_t lastHour) override;
    Result<QList<SourceBilling>> billedSources(const query::UsageFilter &filter) override;

    // The dimension dictionary this reader names ids with (and builds its filters from).
    DimensionDictionary &dimensions() { return m_dims; }
    // Which table queries by day read (DailySource): by default the smaller one that can.
    void setDailySource(DailySource::Choice choice) { m_days.setChoice(choice); }

    // The 19 rollup sums every aggregate reads, and reading them from column `first` on.
    static const char *sumColumns();
    static query::UsageTotals readTotals(const Statement &st, int first);

private:
    // Rows of day, provider id and model id (columns 0–2), the rest read by `readFigures`.
    Result<QList<query::ReconciliationRow>> reconciliationRows(
        const QString &sql, void (*readFigures)(query::ReconciliationRow &, const Statement &));

    Database &m_db;
    DimensionDictionary m_dims;
    DailySource m_days;
};

} // namespace tl::store
