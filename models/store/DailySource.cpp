#include "store/DailySource.h"

#include "store/DimensionDictionary.h"
#include "store/HourlySource.h"
#include "store/Sqlite.h"

namespace tl::store {

namespace {

// The first hour of `day`, or an open end, without overflow.
std::int64_t hourOfDay(std::int64_t day, std::int64_t openEnd)
{
    if (day <= DimensionDictionary::kOpenLow || day >= DimensionDictionary::kOpenHigh)
        return openEnd;
    return day * 24;
}

bool needsTags(Dimension d)
{
    return d == Dimension::Tags || isDerived(d);
}

bool needsUserOrKey(Dimension d)
{
    return d == Dimension::User || d == Dimension::ApiKey;
}

// Whether the query filters or groups by a dimension `test` picks.
template <typename Test>
bool uses(const query::UsageFilter &filter, const QList<Dimension> &dimensions, Test test)
{
    for (Dimension d : dimensions) {
        if (test(d))
            return true;
    }
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        if (!it.value().isEmpty() && test(it.key()))
            return true;
    }
    return false;
}

} // namespace

Result<bool> DailySource::hourlyIsSmaller()
{
    auto last = m_connection.prepare("SELECT max(day) FROM rollup_day");
    if (!last)
        return last.error();
    if (last->step() != Statement::Step::Row || last->columnIsNull(0)) {
        if (Status s = last->status(); !s)
            return s.error();
        return false; // no data: nothing to choose
    }
    const std::int64_t day = last->columnInt64(0);
    if (day == m_measuredDay)
        return m_hourlySmaller;
    auto counts = m_connection.prepare(
        "SELECT (SELECT count(*) FROM rollup_day WHERE day BETWEEN ?1 - 1 AND ?1), "
        "(SELECT count(*) FROM rollup_hour WHERE hour BETWEEN (?1 - 1) * 24 AND ?1 * 24 + 23)");
    if (!counts)
        return counts.error();
    counts->bindInt64(1, day);
    if (counts->step() != Statement::Step::Row) {
        if (Status s = counts->status(); !s)
            return s.error();
        return false;
    }
    m_hourlySmaller = counts->columnInt64(1) < counts->columnInt64(0);
    m_measuredDay = day;
    return m_hourlySmaller;
}

Result<QString> DailySource::table(const query::UsageFilter &filter, const QList<Dimension> &dimensions,
                                   std::int64_t firstDay, std::int64_t lastDay)
{
    const QString daily = QStringLiteral("rollup_day");
    if (uses(filter, dimensions, needsTags)) {
        if (!uses(filter, dimensions, needsUserOrKey))
            return QStringLiteral("rollup_tag_day");
        // The facts of those days, a row each in the rollups' shape with its day.
        return QStringLiteral("(SELECT (hour - CASE WHEN hour < 0 THEN 23 ELSE 0 END) / 24 AS day, * FROM %1)")
            .arg(factsOfBuckets(firstDay, lastDay, 86400));
    }
    if (m_choice == Choice::Daily || !hourlyRollupServes(filter, dimensions))
        return daily;
    if (m_choice == Choice::Auto) {
        auto smaller = hourlyIsSmaller();
        if (!smaller)
            return smaller.error();
        if (!*smaller)
            return daily;
    }
    // The hour bounds let SQLite find the rows by rollup_hour's primary key; the subquery is
    // flattened into the query around it. Days are floor(hour / 24), negative hours included.
    const std::int64_t firstHour = hourOfDay(firstDay, DimensionDictionary::kOpenLow);
    const std::int64_t lastHour = hourOfDay(lastDay, DimensionDictionary::kOpenHigh - 23) + 23;
    // Every column of rollup_hour, so whatever sums a query reads are there.
    return QStringLiteral("(SELECT (hour - CASE WHEN hour < 0 THEN 23 ELSE 0 END) / 24 AS day, * FROM rollup_hour "
                          "WHERE hour BETWEEN %1 AND %2)")
        .arg(firstHour)
        .arg(lastHour);
}

} // namespace tl::store
