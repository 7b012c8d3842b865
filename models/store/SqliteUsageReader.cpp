#include "store/SqliteUsageReader.h"

#include "store/Database.h"
#include "store/DailySource.h"
#include "store/HourlySource.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>

namespace tl::store {

namespace {

// The sums read by every aggregate query, in this order.
constexpr const char *kSumColumns =
    "sum(facts), sum(requests), sum(input_tokens), sum(cache_read_tokens), "
    "sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), "
    "sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), "
    "sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), sum(billed_cost), "
    "sum(billed_facts), sum(billed_computed_cost), sum(unpriced_facts), sum(audio_input_tokens), "
    "sum(audio_cache_read_tokens), sum(audio_output_tokens), sum(image_input_tokens), "
    "sum(image_cache_read_tokens), sum(image_output_tokens), sum(video_input_tokens), "
    "sum(video_cache_read_tokens), sum(video_output_tokens), sum(code_executions), "
    "sum(unpriced_units)";

QStringList columnsOf(const DimensionDictionary &dims, const QList<Dimension> &dimensions)
{
    QStringList columns;
    for (Dimension d : dimensions)
        columns << dims.groupColumn(d);
    return columns;
}

} // namespace

SqliteUsageReader::SqliteUsageReader(Database &db)
    : m_db(db), m_dims(db.connection()), m_days(db.connection())
{
}

const char *SqliteUsageReader::sumColumns()
{
    return kSumColumns;
}

query::UsageTotals SqliteUsageReader::readTotals(const Statement &st, int first)
{
    query::UsageTotals t;
    int c = first;
    t.facts = st.columnInt64(c++);
    t.tokens.requests = st.columnInt64(c++);
    t.tokens.uncachedInput = st.columnInt64(c++);
    t.tokens.cacheRead = st.columnInt64(c++);
    t.tokens.cacheWrite5m = st.columnInt64(c++);
    t.tokens.cacheWrite1h = st.columnInt64(c++);
    t.tokens.output = st.columnInt64(c++);
    t.tokens.reasoning = st.columnInt64(c++);
    t.tokens.images = st.columnInt64(c++);
    t.tokens.audioMillis = st.columnInt64(c++);
    t.tokens.webSearches = st.columnInt64(c++);
    t.cost.uncachedInput = Money::fromNanos(st.columnInt64(c++));
    t.cost.cacheRead = Money::fromNanos(st.columnInt64(c++));
    t.cost.cacheWrite = Money::fromNanos(st.columnInt64(c++));
    t.cost.output = Money::fromNanos(st.columnInt64(c++));
    t.billed = Money::fromNanos(st.columnInt64(c++));
    t.billedFacts = st.columnInt64(c++);
    t.billedComputed = Money::fromNanos(st.columnInt64(c++));
    t.unpricedFacts = st.columnInt64(c++);
    t.tokens.audioInput = st.columnInt64(c++);
    t.tokens.audioCacheRead = st.columnInt64(c++);
    t.tokens.audioOutput = st.columnInt64(c++);
    t.tokens.imageInput = st.columnInt64(c++);
    t.tokens.imageCacheRead = st.columnInt64(c++);
    t.tokens.imageOutput = st.columnInt64(c++);
    t.tokens.videoInput = st.columnInt64(c++);
    t.tokens.videoCacheRead = st.columnInt64(c++);
    t.tokens.videoOutput = st.columnInt64(c++);
    t.tokens.codeExecutions = st.columnInt64(c++);
    t.unpricedUnits = st.columnInt64(c++);
    return t;
}

Result<QStringList> SqliteUsageReader::dimensionValues(Dimension d)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    return m_dims.values(d);
}

Result<query::DataRange> SqliteUsageReader::dataRange()
{
    // Two subqueries: SQLite answers a lone min() or max() from the primary key, but scans the
    // whole table for both in one SELECT.
    auto st = m_db.connection().prepare(
        "SELECT (SELECT min(day) FROM rollup_day), (SELECT max(day) FROM rollup_day)");
    if (!st)
        return st.error();
    query::DataRange r;
    if (st->step() == Statement::Step::Row && !st->columnIsNull(0)) {
        r.first = query::dateOfEpochDay(st->columnInt64(0));
        r.last = query::dateOfEpochDay(st->columnInt64(1));
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return r;
}

Result<std::int64_t> SqliteUsageReader::rollupRowsPerDay()
{
    return m_db.connection().queryInt(
        "SELECT count(*) FROM rollup_day WHERE day = (SELECT max(day) FROM rollup_day)");
}

Result<QList<query::UsageGroup>> SqliteUsageReader::totals(const query::UsageFilter &filter,
                                                           const QList<Dimension> &groupBy)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const QStringList groupColumns = columnsOf(m_dims, groupBy);
    const QString where = m_dims.whereClause(filter, "day", DimensionDictionary::firstDay(filter),
                                             DimensionDictionary::lastDay(filter));
    const auto table = m_days.table(filter, groupBy, DimensionDictionary::firstDay(filter),
                                    DimensionDictionary::lastDay(filter));
    if (!table)
        return table.error();
    QString sql = QStringLiteral("SELECT ");
    if (!groupColumns.isEmpty())
        sql += groupColumns.join(u", ") + u", ";
    sql += QString::fromLatin1(kSumColumns) + u" FROM " + *table + where;
    if (!groupColumns.isEmpty())
        sql += u" GROUP BY " + groupColumns.join(u", ");
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();

    const int g = static_cast<int>(groupBy.size());
    QList<query::UsageGroup> out;
    while (st->step() == Statement::Step::Row) {
        if (st->columnIsNull(g))
            continue; // aggregate over no rows
        query::UsageGroup group;
        for (int i = 0; i < g; ++i)
            group.key << m_dims.value(st->columnInt64(i));
        group.totals = readTotals(*st, g);
        out << group;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<query::UsageTotals> SqliteUsageReader::totalsFromFacts(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t lo =
        filter.from.isValid() ? query::epochDay(filter.from) * 86400 : DimensionDictionary::kOpenLow;
    const std::int64_t hi =
        filter.to.isValid() ? query::epochDay(filter.to) * 86400 + 86399 : DimensionDictionary::kOpenHigh;
    // The facts in the rollups' shape, summed like a rollup: one list of what each sum is.
    const QString sql = u"SELECT " + QString::fromLatin1(kSumColumns) + u" FROM " + factsAsRollupRows(lo, hi)
                        + m_dims.whereClause(filter, "hour", DimensionDictionary::kOpenLow,
                                             DimensionDictionary::kOpenHigh);
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    if (st->step() != Statement::Step::Row || st->columnIsNull(0) || st->columnInt64(0) == 0) {
        if (Status readStatus = st->status(); !readStatus)
            return readStatus.error();
        return query::UsageTotals{};
    }
    return readTotals(*st, 0);
}

Result<query::SeriesBuckets> SqliteUsageReader::costPerBucket(const query::UsageFilter &filter,
                                                              query::Granularity granularity,
                                                              Dimension stackBy, std::int64_t first,
                                                              std::int64_t last)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const bool hourly = granularity == query::Granularity::Hour;
    const char *timeColumn = hourly ? "hour" : "day";
    const auto table = hourly ? Result<QString>(hourlySource(filter, stackBy, first, last))
                              : m_days.table(filter, {stackBy}, first, last);
    if (!table)
        return table.error();
    const QString sql =
        QStringLiteral("SELECT %1, %2, sum(cost_input + cost_cache_read + cost_cache_write + "
                       "cost_output) FROM %3%4 GROUP BY 1, 2")
            .arg(QString::fromLatin1(timeColumn), m_dims.groupColumn(stackBy),
                 *table, m_dims.whereClause(filter, timeColumn, first, last));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    query::SeriesBuckets perSeries;
    while (st->step() == Statement::Step::Row)
        perSeries[st->columnInt64(1)][st->columnInt64(0)] += st->columnInt64(2);
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return perSeries;
}

Result<QList<query::ReconciliationRow>> SqliteUsageReader::reconciliationRows(
    const QString &sql, void (*readFigures)(query::ReconciliationRow &, const Statement &))
{
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<query::ReconciliationRow> rows;
    while (st->step() == Statement::Step::Row) {
        query::ReconciliationRow r;
        r.day = query::dateOfEpochDay(st->columnInt64(0));
        r.provider = m_dims.value(st->columnInt64(1));
        r.model = m_dims.value(st->columnInt64(2));
        readFigures(r, *st);
        rows << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return rows;
}

Result<QList<query::ReconciliationRow>> SqliteUsageReader::billedByDay(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const auto table = m_days.table(filter, {Dimension::Provider, Dimension::Model},
                                    DimensionDictionary::firstDay(filter), DimensionDictionary::lastDay(filter));
    if (!table)
        return table.error();
    const QString sql = QStringLiteral(
        "SELECT day, provider_id, model_id, sum(billed_facts), sum(billed_computed_cost), "
        "sum(billed_cost) FROM %1%2 AND billed_facts > 0 GROUP BY day, provider_id, model_id "
        "ORDER BY day, provider_id, model_id")
        .arg(*table, m_dims.whereClause(filter, "day", DimensionDictionary::firstDay(filter),
                                DimensionDictionary::lastDay(filter)));
    return reconciliationRows(sql, [](query::ReconciliationRow &r, const Statement &st) {
        r.records = st.columnInt64(3);
        r.computed = Money::fromNanos(st.columnInt64(4));
        r.billed = Money::fromNanos(st.columnInt64(5));
    });
}

Result<QList<query::ReconciliationRow>> SqliteUsageReader::billedListByDay(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t lo =
        filter.from.isValid() ? query::epochDay(filter.from) * 86400 : DimensionDictionary::kOpenLow;
    const std::int64_t hi =
        filter.to.isValid() ? query::epochDay(filter.to) * 86400 + 86399 : DimensionDictionary::kOpenHigh;
    // Facts with a list price are stored as rows (fact_row, through its partial index), never
    // in blocks (FactStore::insertPrepared), so the blocks are not read.
    const QString sql =
        QStringLiteral("SELECT (start_ts - CASE WHEN start_ts < 0 THEN 86399 ELSE 0 END) / 86400 AS day, "
                       "provider_id, model_id, count(*), sum(billed_list_cost) FROM fact_row%1 AND "
                       "billed_list_cost IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
            .arg(m_dims.whereClause(filter, "start_ts", lo, hi));
    return reconciliationRows(sql, [](query::ReconciliationRow &r, const Statement &st) {
        r.listRecords = st.columnInt64(3);
        r.billedList = Money::fromNanos(st.columnInt64(4));
    });
}

Result<QList<query::CubeRow>> SqliteUsageReader::cube(const query::UsageFilter &filter,
                                                      const QList<Dimension> &dimensions)
{
    if (dimensions.size() > query::CubeRow::kMaxDimensions)
        return Error{QStringLiteral("DashboardQueries::cube: too many dimensions")};
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const QStringList columns = columnsOf(m_dims, dimensions);
    const QString keys = columns.isEmpty() ? QStringLiteral("day") : u"day, " + columns.join(u", ");
    const auto table = m_days.table(filter, dimensions, DimensionDictionary::firstDay(filter),
                                    DimensionDictionary::lastDay(filter));
    if (!table)
        return table.error();
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3%4 GROUP BY %1")
                            .arg(keys, QString::fromLatin1(kSumColumns), *table,
                                 m_dims.whereClause(filter, "day", DimensionDictionary::firstDay(filter),
                                                    DimensionDictionary::lastDay(filter)));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    const int n = int(dimensions.size());
    QList<query::CubeRow> out;
    while (st->step() == Statement::Step::Row) {
        query::CubeRow r;
        r.day = st->columnInt64(0);
        for (int i = 0; i < n; ++i)
            r.ids[std::size_t(i)] = st->columnInt64(1 + i);
        r.totals = readTotals(*st, 1 + n);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<query::CostRow>> SqliteUsageReader::costBy(const query::UsageFilter &filter,
                                                        const QList<Dimension> &dimensions)
{
    if (dimensions.isEmpty() || dimensions.size() > query::CubeRow::kMaxDimensions)
        return Error{QStringLiteral("DashboardQueries::costBy: one to eight dimensions")};
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const QString keys = columnsOf(m_dims, dimensions).join(u", ");
    const auto table = m_days.table(filter, dimensions, DimensionDictionary::firstDay(filter),
                                    DimensionDictionary::lastDay(filter));
    if (!table)
        return table.error();
    const QString sql = QStringLiteral("SELECT %1, sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), "
                                       "sum(cost_output), sum(requests) FROM %2%3 GROUP BY %1")
                            .arg(keys, *table, m_dims.whereClause(filter, "day", DimensionDictionary::firstDay(filter),
                                                          DimensionDictionary::lastDay(filter)));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    const int n = int(dimensions.size());
    QList<query::CostRow> out;
    while (st->step() == Statement::Step::Row) {
        query::CostRow r;
        for (int i = 0; i < n; ++i)
            r.ids[std::size_t(i)] = st->columnInt64(i);
        r.cost.uncachedInput = Money::fromNanos(st->columnInt64(n));
        r.cost.cacheRead = Money::fromNanos(st->columnInt64(n + 1));
        r.cost.cacheWrite = Money::fromNanos(st->columnInt64(n + 2));
        r.cost.output = Money::fromNanos(st->columnInt64(n + 3));
        r.requests = st->columnInt64(n + 4);
        out << r;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<query::CacheReadGroup>> SqliteUsageReader::cacheReads(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const auto table = m_days.table(filter, {Dimension::Provider, Dimension::Model, Dimension::ServiceTier},
                                    DimensionDictionary::firstDay(filter), DimensionDictionary::lastDay(filter));
    if (!table)
        return table.error();
    const QString sql =
        QStringLiteral("SELECT day, provider_id, model_id, tier_id, sum(cache_read_tokens) FROM %1%2 "
                       "GROUP BY day, provider_id, model_id, tier_id HAVING sum(cache_read_tokens) > 0")
            .arg(*table, m_dims.whereClause(filter, "day", DimensionDictionary::firstDay(filter),
                                    DimensionDictionary::lastDay(filter)));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<query::CacheReadGroup> out;
    while (st->step() == Statement::Step::Row) {
        query::CacheReadGroup g;
        g.day = query::dateOfEpochDay(st->columnInt64(0));
        g.provider = m_dims.value(st->columnInt64(1));
        g.model = m_dims.value(st->columnInt64(2));
        g.tier = m_dims.value(st->columnInt64(3));
        g.tokens = st->columnInt64(4);
        out << g;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<query::HourlySpend>> SqliteUsageReader::hourlySpend(const query::UsageFilter &filter,
                                                                 std::int64_t firstHour,
                                                                 std::int64_t lastHour)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const QString sql =
        QStringLiteral("SELECT hour, sum(cost_input + cost_cache_read + cost_cache_write + cost_output), "
                       "sum(billed_cost), sum(billed_computed_cost), sum(facts), sum(billed_facts) "
                       "FROM %1%2 GROUP BY hour ORDER BY hour")
            .arg(hourlySource(filter, std::nullopt, firstHour, lastHour),
                 m_dims.whereClause(filter, "hour", firstHour, lastHour));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<query::HourlySpend> out;
    while (st->step() == Statement::Step::Row) {
        query::HourlySpend h;
        h.hour = st->columnInt64(0);
        h.computed = Money::fromNanos(st->columnInt64(1));
        h.billed = Money::fromNanos(st->columnInt64(2));
        h.billedComputed = Money::fromNanos(st->columnInt64(3));
        h.facts = st->columnInt64(4);
        h.billedFacts = st->columnInt64(5);
        out << h;
    }
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<QList<SourceBilling>> SqliteUsageReader::billedSources(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    // The import log is small: one row per file or sync.
    auto batches = m_db.connection().prepare(
        "SELECT id, source, coalesce(finished_at, started_at), status FROM import_batch "
        "WHERE status <> 'undone'");
    if (!batches)
        return batches.error();
    QHash<std::int64_t, QString> apiBatches;
    QMap<QString, std::int64_t> otherSources; // kind -> last import
    while (batches->step() == Statement::Step::Row) {
        const QString source = batches->columnText(1);
        if (source.endsWith(QLatin1String("-api"))) {
            // A failed sync keeps the windows it wrote, so every batch counts.
            apiBatches.insert(batches->columnInt64(0), source);
        } else if (batches->columnText(3) == u"done") {
            std::int64_t &last = otherSources[source];
            last = std::max(last, batches->columnInt64(2));
        }
    }
    if (Status readStatus = batches->status(); !readStatus)
        return readStatus.error();

    QList<SourceBilling> out;
    if (!apiBatches.isEmpty()) {
        // Only the billing APIs' own facts, found through the batch index ("+start_ts" keeps
        // SQLite from walking the period's facts by time instead): a few buckets a day. A
        // sync's facts are rows (fact_row), never in blocks.
        const std::int64_t lo = filter.from.isValid() ? query::epochDay(filter.from) * 86400
                                                      : DimensionDictionary::kOpenLow;
        const std::int64_t hi = filter.to.isValid() ? query::epochDay(filter.to) * 86400 + 86399
                                                    : DimensionDictionary::kOpenHigh;
        const QString sql =
            QStringLiteral("SELECT batch_id, %1, count(*) FROM fact_row%2 AND billed_cost IS NOT NULL "
                           "AND batch_id IN (SELECT id FROM import_batch WHERE source LIKE '%-api' "
                           "AND status <> 'undone') GROUP BY batch_id, %1")
                .arg(m_dims.groupColumn(Dimension::Provider), m_dims.whereClause(filter, "+start_ts", lo, hi));
        auto st = m_db.connection().prepare(sql);
        if (!st)
            return st.error();
        QMap<std::pair<QString, QString>, std::int64_t> counts;
        while (st->step() == Statement::Step::Row) {
            const QString source = apiBatches.value(st->columnInt64(0));
            if (!source.isEmpty())
                counts[{source, m_dims.value(st->columnInt64(1))}] += st->columnInt64(2);
        }
        if (Status readStatus = st->status(); !readStatus)
            return readStatus.error();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            out << SourceBilling{it.key().first, it.key().second, it.value(), 0};
    }
    for (auto it = otherSources.constBegin(); it != otherSources.constEnd(); ++it)
        out << SourceBilling{it.key(), QString(), -1, it.value()};
    return out;
}

} // namespace tl::store
