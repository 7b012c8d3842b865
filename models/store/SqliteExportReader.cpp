#include "store/SqliteExportReader.h"

#include "store/Database.h"
#include "store/HourlySource.h"
#include "store/SqliteUsageReader.h"

namespace tl::store {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

QString dimensionKey()
{
    QStringList columns;
    for (Dimension d : kAllDimensions)
        columns << QString::fromLatin1(dimensionColumn(d));
    return columns.join(u", ");
}

QString &fieldOf(UsageFact &fact, Dimension d)
{
    switch (d) {
    case Dimension::Provider: return fact.provider;
    case Dimension::Model: return fact.model;
    case Dimension::ModelFamily: return fact.modelFamily;
    case Dimension::Account: return fact.account;
    case Dimension::ApiKey: return fact.apiKey;
    case Dimension::User: return fact.user;
    case Dimension::Team: return fact.team;
    case Dimension::Tags: return fact.tags;
    case Dimension::Region: return fact.region;
    case Dimension::ServiceTier: return fact.serviceTier;
    case Dimension::Speed:
    case Dimension::ContextWindow: break; // derived from the tags, never read into a field
    }
    return fact.provider;
}

// Steps a statement; rows are turned into values by `Read`.
template <typename Row, typename Read>
class StatementCursor final : public RowCursor<Row>
{
public:
    StatementCursor(Statement statement, Read read) : m_statement(std::move(statement)), m_read(std::move(read)) {}

    Result<bool> next(Row &row) override
    {
        switch (m_statement.step()) {
        case Statement::Step::Row:
            m_read(m_statement, row);
            return true;
        case Statement::Step::Done:
            return false;
        case Statement::Step::Error:
            break;
        }
        return m_statement.status().error();
    }

private:
    Statement m_statement;
    Read m_read;
};

template <typename Row, typename Read>
std::unique_ptr<RowCursor<Row>> cursorOf(Statement statement, Read read)
{
    return std::make_unique<StatementCursor<Row, Read>>(std::move(statement), std::move(read));
}

} // namespace

SqliteExportReader::SqliteExportReader(Database &db) : m_db(db), m_dims(db.connection()), m_days(db.connection()) {}

Result<QString> SqliteExportReader::factWhere(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t lo = filter.from.isValid() ? query::epochDay(filter.from) * kSecondsPerDay
                                                  : DimensionDictionary::kOpenLow;
    const std::int64_t hi = filter.to.isValid() ? (query::epochDay(filter.to) + 1) * kSecondsPerDay - 1
                                                : DimensionDictionary::kOpenHigh;
    return m_dims.whereClause(filter, "start_ts", lo, hi);
}

Result<std::int64_t> SqliteExportReader::count(const QString &sql)
{
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    if (st->step() == Statement::Step::Row)
        return st->columnInt64(0);
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return std::int64_t(0);
}

Result<std::int64_t> SqliteExportReader::rollupGroupFacts(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    const std::int64_t first = DimensionDictionary::firstDay(filter);
    const std::int64_t last = DimensionDictionary::lastDay(filter);
    QList<Dimension> none;
    auto table = m_days.table(filter, none, first, last);
    if (!table)
        return table.error();
    return count(QStringLiteral("SELECT coalesce(sum(facts), 0) FROM ") + *table
                 + m_dims.whereClause(filter, "day", first, last));
}

namespace {

// The groups of one day after another: each day's facts summed by day and full key (no rollup
// keeps every dimension, 018_daily_rollup_keys.sql), so that only one day is grouped at a time.
class DayGroupsCursor final : public RowCursor<RollupGroupRow>
{
public:
    DayGroupsCursor(Connection &c, const DimensionDictionary &dims, query::UsageFilter filter, QList<std::int64_t> days)
        : m_c(c), m_dims(dims), m_filter(std::move(filter)), m_days(std::move(days))
    {
    }

    Result<bool> next(RollupGroupRow &row) override
    {
        for (;;) {
            if (m_statement.isValid()) {
                switch (m_statement.step()) {
                case Statement::Step::Row:
                    row.day = m_statement.columnInt64(0);
                    for (int i = 0; i < 10; ++i)
                        row.dims[std::size_t(i)] = m_dims.value(m_statement.columnInt64(1 + i));
                    row.totals = SqliteUsageReader::readTotals(m_statement, 11);
                    return true;
                case Statement::Step::Done:
                    m_statement = Statement();
                    break;
                case Statement::Step::Error:
                    return m_statement.status().error();
                }
            }
            if (m_next >= m_days.size())
                return false;
            const std::int64_t day = m_days[m_next++];
            const QString key = dimensionKey();
            const QString facts = factsOfBuckets(day, day, kSecondsPerDay);
            auto st = m_c.prepare(QStringLiteral("SELECT %1, %2, %3 FROM (SELECT %1 AS day, * FROM %4)%5 GROUP BY %2 ORDER BY %2")
                                      .arg(QString::number(day), key, QString::fromLatin1(SqliteUsageReader::sumColumns()),
                                           facts, m_dims.whereClause(m_filter, "day", day, day)));
            if (!st)
                return st.error();
            m_statement = std::move(st.value());
        }
    }

private:
    Connection &m_c;
    const DimensionDictionary &m_dims;
    query::UsageFilter m_filter;
    QList<std::int64_t> m_days;
    qsizetype m_next = 0;
    Statement m_statement;
};

} // namespace

Result<std::unique_ptr<RowCursor<RollupGroupRow>>> SqliteExportReader::rollupGroups(const query::UsageFilter &filter)
{
    if (Status s = m_dims.refresh(); !s)
        return s.error();
    // The days with data in the filter's range.
    auto st = m_db.connection().prepare(QStringLiteral("SELECT DISTINCT day FROM rollup_day WHERE day BETWEEN %1 AND %2 ORDER BY day")
                                            .arg(DimensionDictionary::firstDay(filter))
                                            .arg(DimensionDictionary::lastDay(filter)));
    if (!st)
        return st.error();
    QList<std::int64_t> days;
    while (st->step() == Statement::Step::Row)
        days << st->columnInt64(0);
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return std::unique_ptr<RowCursor<RollupGroupRow>>(
        std::make_unique<DayGroupsCursor>(m_db.connection(), m_dims, filter, std::move(days)));
}

Result<std::int64_t> SqliteExportReader::factCount(const query::UsageFilter &filter)
{
    auto where = factWhere(filter);
    if (!where)
        return where.error();
    return count(QStringLiteral("SELECT count(*) FROM usage_fact") + *where);
}

Result<std::unique_ptr<RowCursor<UsageFact>>> SqliteExportReader::facts(const query::UsageFilter &filter)
{
    auto where = factWhere(filter);
    if (!where)
        return where.error();
    auto st = m_db.connection().prepare(
        QStringLiteral("SELECT record_key, start_ts, bucket_secs, ") + dimensionKey()
        + QStringLiteral(", requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, "
                         "cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, "
                         "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, "
                         "billed_cost, billed_list_cost FROM usage_fact")
        + *where + QStringLiteral(" ORDER BY start_ts, id"));
    if (!st)
        return st.error();
    const DimensionDictionary &dims = m_dims;
    return cursorOf<UsageFact>(std::move(st).value(), [&dims](const Statement &s, UsageFact &f) {
        f.recordKey = s.columnText(0);
        f.start = s.columnInt64(1);
        f.bucket = static_cast<BucketWidth>(s.columnInt64(2));
        for (std::size_t i = 0; i < kAllDimensions.size(); ++i)
            fieldOf(f, kAllDimensions[i]) = dims.value(s.columnInt64(3 + int(i)));
        f.tokens.requests = s.columnInt64(13);
        f.tokens.uncachedInput = s.columnInt64(14);
        f.tokens.cacheRead = s.columnInt64(15);
        f.tokens.cacheWrite5m = s.columnInt64(16);
        f.tokens.cacheWrite1h = s.columnInt64(17);
        f.tokens.output = s.columnInt64(18);
        f.tokens.reasoning = s.columnInt64(19);
        f.tokens.images = s.columnInt64(20);
        f.tokens.audioMillis = s.columnInt64(21);
        f.tokens.webSearches = s.columnInt64(22);
        f.cost.uncachedInput = Money::fromNanos(s.columnInt64(23));
        f.cost.cacheRead = Money::fromNanos(s.columnInt64(24));
        f.cost.cacheWrite = Money::fromNanos(s.columnInt64(25));
        f.cost.output = Money::fromNanos(s.columnInt64(26));
        if (s.columnIsNull(27))
            f.billedCost.reset();
        else
            f.billedCost = Money::fromNanos(s.columnInt64(27));
        if (s.columnIsNull(28))
            f.billedListCost.reset();
        else
            f.billedListCost = Money::fromNanos(s.columnInt64(28));
    });
}

} // namespace tl::store
