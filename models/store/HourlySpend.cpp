#include "store/HourlySpend.h"

#include "query/UsageQueries.h"
#include "store/Database.h"

namespace tl::store {

Result<QList<HourSpend>> hourlySpend(query::UsageQueries &queries, const query::UsageFilter &filter,
                                     std::int64_t fromHour, std::int64_t toHour)
{
    const QString sql =
        QStringLiteral(
            "SELECT hour, sum(cost_input + cost_cache_read + cost_cache_write + cost_output), "
            "sum(billed_cost), sum(billed_computed_cost), sum(facts), sum(billed_facts) "
            "FROM rollup_hour%1 GROUP BY hour ORDER BY hour")
            .arg(queries.whereClause(filter, "hour", fromHour, toHour));
    auto st = queries.database().connection().prepare(sql);
    if (!st)
        return st.error();
    QList<HourSpend> out;
    while (st->step() == Statement::Step::Row) {
        HourSpend h;
        h.hour = st->columnInt64(0);
        h.computed = Money::fromNanos(st->columnInt64(1));
        h.billed = Money::fromNanos(st->columnInt64(2));
        h.billedComputed = Money::fromNanos(st->columnInt64(3));
        h.facts = st->columnInt64(4);
        h.billedFacts = st->columnInt64(5);
        out << h;
    }
    return out;
}

} // namespace tl::store
