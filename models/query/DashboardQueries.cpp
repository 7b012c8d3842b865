#include "query/DashboardQueries.h"

#include "query/UsageQueries.h"
#include "store/Database.h"

#include <limits>

namespace tl::query {

namespace {
constexpr std::int64_t kOpenLow = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t kOpenHigh = std::numeric_limits<std::int64_t>::max() / 4;

std::int64_t lowDay(const UsageFilter &f)
{
    return f.from.isValid() ? epochDay(f.from) : kOpenLow;
}
std::int64_t highDay(const UsageFilter &f)
{
    return f.to.isValid() ? epochDay(f.to) : kOpenHigh;
}
QStringList columnsOf(const QList<Dimension> &dimensions)
{
    QStringList columns;
    for (Dimension d : dimensions)
        columns << QString::fromLatin1(dimensionColumn(d));
    return columns;
}
} // namespace

Result<QList<CubeRow>> DashboardQueries::cube(const UsageFilter &filter, const QList<Dimension> &dimensions)
{
    if (dimensions.size() > CubeRow::kMaxDimensions)
        return Error{QStringLiteral("DashboardQueries::cube: too many dimensions")};
    if (Status s = m_queries.loadDimensions(); !s)
        return s.error();
    const QStringList columns = columnsOf(dimensions);
    const QString keys = columns.isEmpty() ? QStringLiteral("day") : u"day, " + columns.join(u", ");
    const QString sql = QStringLiteral("SELECT %1, %2 FROM rollup_day%3 GROUP BY %1")
                            .arg(keys, QString::fromLatin1(UsageQueries::sumColumns()),
                                 m_queries.whereClause(filter, "day", lowDay(filter), highDay(filter)));
    auto st = m_queries.database().connection().prepare(sql);
    if (!st)
        return st.error();
    const int n = int(dimensions.size());
    QList<CubeRow> out;
    while (st->step() == store::Statement::Step::Row) {
        CubeRow r;
        r.day = st->columnInt64(0);
        for (int i = 0; i < n; ++i)
            r.ids[std::size_t(i)] = st->columnInt64(1 + i);
        r.totals = UsageQueries::readTotals(*st, 1 + n);
        out << r;
    }
    return out;
}

Result<QList<CostRow>> DashboardQueries::costBy(const UsageFilter &filter, const QList<Dimension> &dimensions)
{
    if (dimensions.isEmpty() || dimensions.size() > CubeRow::kMaxDimensions)
        return Error{QStringLiteral("DashboardQueries::costBy: one to eight dimensions")};
    if (Status s = m_queries.loadDimensions(); !s)
        return s.error();
    const QString keys = columnsOf(dimensions).join(u", ");
    const QString sql = QStringLiteral("SELECT %1, sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), "
                                       "sum(cost_output), sum(requests) FROM rollup_day%2 GROUP BY %1")
                            .arg(keys, m_queries.whereClause(filter, "day", lowDay(filter), highDay(filter)));
    auto st = m_queries.database().connection().prepare(sql);
    if (!st)
        return st.error();
    const int n = int(dimensions.size());
    QList<CostRow> out;
    while (st->step() == store::Statement::Step::Row) {
        CostRow r;
        for (int i = 0; i < n; ++i)
            r.ids[std::size_t(i)] = st->columnInt64(i);
        r.cost.uncachedInput = Money::fromNanos(st->columnInt64(n));
        r.cost.cacheRead = Money::fromNanos(st->columnInt64(n + 1));
        r.cost.cacheWrite = Money::fromNanos(st->columnInt64(n + 2));
        r.cost.output = Money::fromNanos(st->columnInt64(n + 3));
        r.requests = st->columnInt64(n + 4);
        out << r;
    }
    return out;
}

Result<QList<CacheReadGroup>> DashboardQueries::cacheReads(const UsageFilter &filter)
{
    if (Status s = m_queries.loadDimensions(); !s)
        return s.error();
    const QString sql =
        QStringLiteral("SELECT day, provider_id, model_id, tier_id, sum(cache_read_tokens) FROM rollup_day%1 "
                       "GROUP BY day, provider_id, model_id, tier_id HAVING sum(cache_read_tokens) > 0")
            .arg(m_queries.whereClause(filter, "day", lowDay(filter), highDay(filter)));
    auto st = m_queries.database().connection().prepare(sql);
    if (!st)
        return st.error();
    QList<CacheReadGroup> out;
    while (st->step() == store::Statement::Step::Row) {
        CacheReadGroup g;
        g.day = dateOfEpochDay(st->columnInt64(0));
        g.provider = m_queries.dimensionValue(st->columnInt64(1));
        g.model = m_queries.dimensionValue(st->columnInt64(2));
        g.tier = m_queries.dimensionValue(st->columnInt64(3));
        g.tokens = st->columnInt64(4);
        out << g;
    }
    return out;
}

Result<QList<DailySpend>> DashboardQueries::dailySpend(const UsageFilter &filter)
{
    if (Status s = m_queries.loadDimensions(); !s)
        return s.error();
    const QString sql =
        QStringLiteral("SELECT day, sum(cost_input + cost_cache_read + cost_cache_write + cost_output) "
                       "FROM rollup_day%1 GROUP BY day ORDER BY day")
            .arg(m_queries.whereClause(filter, "day", lowDay(filter), highDay(filter)));
    auto st = m_queries.database().connection().prepare(sql);
    if (!st)
        return st.error();
    QList<DailySpend> out;
    while (st->step() == store::Statement::Step::Row)
        out << DailySpend{dateOfEpochDay(st->columnInt64(0)), Money::fromNanos(st->columnInt64(1))};
    return out;
}

Result<std::int64_t> DashboardQueries::rollupRowsPerDay()
{
    return m_queries.database().connection().queryInt(
        "SELECT count(*) FROM rollup_day WHERE day = (SELECT max(day) FROM rollup_day)");
}

} // namespace tl::query
