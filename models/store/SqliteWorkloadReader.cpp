#include "store/SqliteWorkloadReader.h"

#include "store/Database.h"
#include "store/HourlySource.h"

namespace tl::store {

SqliteWorkloadReader::SqliteWorkloadReader(Database &db) : m_db(db), m_dims(db.connection()), m_days(db.connection()) {}

Result<QList<WorkloadHourRow>> SqliteWorkloadReader::hoursOfDay(const query::UsageFilter &filter,
                                                                Dimension groupBy)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t first =
        filter.from.isValid() ? query::epochDay(filter.from) * 24 : DimensionDictionary::kOpenLow;
    const std::int64_t last =
        filter.to.isValid() ? query::epochDay(filter.to) * 24 + 23 : DimensionDictionary::kOpenHigh;
    const QString sql =
        QStringLiteral("SELECT %1, provider_id, model_id, tier_id, (hour % 24), sum(requests), "
                       "sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), "
                       "sum(cache_write_1h_tokens), sum(output_tokens) FROM %2%3 "
                       "GROUP BY 1, 2, 3, 4, 5")
            .arg(m_dims.groupColumn(groupBy), hourlySource(filter, groupBy, first, last),
                 m_dims.whereClause(filter, "hour", first, last));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<WorkloadHourRow> out;
    while (st->step() == Statement::Step::Row) {
        WorkloadHourRow r;
        r.group = m_dims.value(st->columnInt64(0));
        r.provider = m_dims.value(st->columnInt64(1));
        r.model = m_dims.value(st->columnInt64(2));
        r.serviceTier = m_dims.value(st->columnInt64(3));
        r.hourOfDay = static_cast<int>(st->columnInt64(4));
        r.requests = st->columnInt64(5);
        r.uncached = st->columnInt64(6);
        r.cacheRead = st->columnInt64(7);
        r.cacheWrite5m = st->columnInt64(8);
        r.cacheWrite1h = st->columnInt64(9);
        r.output = st->columnInt64(10);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

namespace {

// The facts' start_ts bounds of a filter's days.
std::pair<std::int64_t, std::int64_t> secondsOf(const query::UsageFilter &filter)
{
    const std::int64_t lo =
        filter.from.isValid() ? query::epochDay(filter.from) * 86400 : DimensionDictionary::kOpenLow;
    const std::int64_t hi =
        filter.to.isValid() ? query::epochDay(filter.to) * 86400 + 86399 : DimensionDictionary::kOpenHigh;
    return {lo, hi};
}

} // namespace

Result<QList<WorkloadOutputRow>> SqliteWorkloadReader::outputLengths(const query::UsageFilter &filter,
                                                                     Dimension groupBy)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const auto [lo, hi] = secondsOf(filter);
    const QString sql =
        QStringLiteral("SELECT %1, provider_id, model_id, output_tokens / requests, count(*), "
                       "sum(CASE WHEN bucket_secs = 0 THEN 1 ELSE 0 END), sum(requests), "
                       "sum(input_tokens + cache_read_tokens + cache_write_5m_tokens + "
                       "cache_write_1h_tokens), sum(output_tokens) FROM usage_fact%2 AND requests > 0 "
                       "GROUP BY 1, 2, 3, 4")
            .arg(m_dims.groupColumn(groupBy), m_dims.whereClause(filter, "start_ts", lo, hi));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<WorkloadOutputRow> out;
    while (st->step() == Statement::Step::Row) {
        WorkloadOutputRow r;
        r.group = m_dims.value(st->columnInt64(0));
        r.provider = m_dims.value(st->columnInt64(1));
        r.model = m_dims.value(st->columnInt64(2));
        r.outputPerRequest = st->columnInt64(3);
        r.records = st->columnInt64(4);
        r.singleRequestRecords = st->columnInt64(5);
        r.requests = st->columnInt64(6);
        r.input = st->columnInt64(7);
        r.output = st->columnInt64(8);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<WorkloadRepeatRow>> SqliteWorkloadReader::repeats(const query::UsageFilter &filter, Dimension groupBy)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const auto [lo, hi] = secondsOf(filter);
    const QString sql =
        QStringLiteral("SELECT %1, provider_id, model_id, sum(requests), count(DISTINCT prompt_key), "
                       "sum(cache_hit) FROM usage_fact%2 AND prompt_key <> 0 GROUP BY 1, 2, 3")
            .arg(m_dims.groupColumn(groupBy), m_dims.whereClause(filter, "start_ts", lo, hi));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<WorkloadRepeatRow> out;
    while (st->step() == Statement::Step::Row) {
        WorkloadRepeatRow r;
        r.group = m_dims.value(st->columnInt64(0));
        r.provider = m_dims.value(st->columnInt64(1));
        r.model = m_dims.value(st->columnInt64(2));
        r.keyedRequests = st->columnInt64(3);
        r.distinctKeys = st->columnInt64(4);
        r.cacheHits = st->columnInt64(5);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<WorkloadDaysRow>> SqliteWorkloadReader::activeDays(const query::UsageFilter &filter, Dimension groupBy)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t first = DimensionDictionary::firstDay(filter);
    const std::int64_t last = DimensionDictionary::lastDay(filter);
    auto table = m_days.table(filter, {groupBy, Dimension::Provider, Dimension::Model}, first, last);
    if (!table)
        return table.error();
    const QString sql = QStringLiteral("SELECT %1, provider_id, model_id, min(day), max(day) FROM %2%3 "
                                       "AND requests > 0 GROUP BY 1, 2, 3")
                            .arg(m_dims.groupColumn(groupBy), *table, m_dims.whereClause(filter, "day", first, last));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<WorkloadDaysRow> out;
    while (st->step() == Statement::Step::Row) {
        WorkloadDaysRow r;
        r.group = m_dims.value(st->columnInt64(0));
        r.provider = m_dims.value(st->columnInt64(1));
        r.model = m_dims.value(st->columnInt64(2));
        r.firstDay = st->columnInt64(3);
        r.lastDay = st->columnInt64(4);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

} // namespace tl::store
