#include "query/UsageQueries.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>

namespace tl::query {

namespace {

// The sums read by every aggregate query, in this order.
constexpr const char *kSumColumns =
    "sum(facts), sum(requests), sum(input_tokens), sum(cache_read_tokens), "
    "sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), "
    "sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), "
    "sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), sum(billed_cost), "
    "sum(billed_facts), sum(billed_computed_cost), sum(unpriced_facts)";

} // namespace

const char *UsageQueries::sumColumns()
{
    return kSumColumns;
}

UsageTotals UsageQueries::readTotals(const store::Statement &st, int first)
{
    UsageTotals t;
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
    return t;
}

namespace {

constexpr std::int64_t kOpenLow = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t kOpenHigh = std::numeric_limits<std::int64_t>::max() / 4;

} // namespace

UsageTotals &UsageTotals::operator+=(const UsageTotals &o)
{
    facts += o.facts;
    tokens.requests += o.tokens.requests;
    tokens.uncachedInput += o.tokens.uncachedInput;
    tokens.cacheRead += o.tokens.cacheRead;
    tokens.cacheWrite5m += o.tokens.cacheWrite5m;
    tokens.cacheWrite1h += o.tokens.cacheWrite1h;
    tokens.output += o.tokens.output;
    tokens.reasoning += o.tokens.reasoning;
    tokens.images += o.tokens.images;
    tokens.audioMillis += o.tokens.audioMillis;
    tokens.webSearches += o.tokens.webSearches;
    cost += o.cost;
    billed += o.billed;
    billedFacts += o.billedFacts;
    billedComputed += o.billedComputed;
    unpricedFacts += o.unpricedFacts;
    return *this;
}

Money TimeSeries::total() const
{
    Money sum;
    for (const auto &row : values)
        for (Money m : row)
            sum += m;
    return sum;
}

QString UsageQueries::otherSeriesLabel()
{
    return QCoreApplication::translate("tl::query::UsageQueries", "Other");
}

Status UsageQueries::loadDimensions()
{
    // Dimension rows are only ever added, so reading the new ones is enough.
    auto st = m_db.connection().prepare("SELECT id, kind, value FROM dim WHERE id > ? ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, m_maxDimId);
    while (st->step() == store::Statement::Step::Row) {
        const std::int64_t id = st->columnInt64(0);
        m_dimKind.insert(id, static_cast<int>(st->columnInt64(1)));
        m_dimValue.insert(id, st->columnText(2));
        m_maxDimId = std::max(m_maxDimId, id);
    }
    return {};
}

QList<std::int64_t> UsageQueries::idsMatching(Dimension d, const QStringList &values) const
{
    QList<std::int64_t> ids;
    for (auto it = m_dimValue.constBegin(); it != m_dimValue.constEnd(); ++it) {
        if (m_dimKind.value(it.key()) != static_cast<int>(d))
            continue;
        bool match = false;
        if (d == Dimension::Tags) {
            const QStringList tags = splitTags(it.value());
            match = std::any_of(values.begin(), values.end(),
                                [&](const QString &v) { return tags.contains(v) || it.value() == v; });
        } else {
            match = values.contains(it.value());
        }
        if (match)
            ids << it.key();
    }
    return ids;
}

QString UsageQueries::whereClause(const UsageFilter &filter, const char *timeColumn,
                                  std::int64_t timeFrom, std::int64_t timeTo) const
{
    // Only integers we produced go into the SQL text; user strings were mapped to ids.
    QString where = QStringLiteral(" WHERE %1 BETWEEN %2 AND %3")
                        .arg(QString::fromLatin1(timeColumn))
                        .arg(timeFrom)
                        .arg(timeTo);
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QList<std::int64_t> ids = idsMatching(it.key(), it.value());
        QStringList parts;
        for (std::int64_t id : ids)
            parts << QString::number(id);
        if (parts.isEmpty())
            parts << QStringLiteral("-1"); // nothing can match
        where += QStringLiteral(" AND %1 IN (%2)")
                     .arg(QString::fromLatin1(dimensionColumn(it.key())), parts.join(u','));
    }
    return where;
}

Result<DataRange> UsageQueries::dataRange()
{
    // Two subqueries: SQLite answers a lone min() or max() from the primary key, but scans the
    // whole table for both in one SELECT.
    auto st = m_db.connection().prepare(
        "SELECT (SELECT min(day) FROM rollup_day), (SELECT max(day) FROM rollup_day)");
    if (!st)
        return st.error();
    DataRange r;
    if (st->step() == store::Statement::Step::Row && !st->columnIsNull(0)) {
        r.first = dateOfEpochDay(st->columnInt64(0));
        r.last = dateOfEpochDay(st->columnInt64(1));
    }
    return r;
}

Result<Summary> UsageQueries::summary(const UsageFilter &filter, const QList<Dimension> &groupBy)
{
    if (Status s = loadDimensions(); !s)
        return s.error();
    Summary out;
    out.from = filter.from;
    out.to = filter.to;
    if (!out.from.isValid() || !out.to.isValid()) {
        auto range = dataRange();
        if (!range)
            return range.error();
        if (!out.from.isValid())
            out.from = range->first;
        if (!out.to.isValid())
            out.to = range->last;
    }
    const std::int64_t lo = filter.from.isValid() ? epochDay(filter.from) : kOpenLow;
    const std::int64_t hi = filter.to.isValid() ? epochDay(filter.to) : kOpenHigh;

    QStringList groupColumns;
    for (Dimension d : groupBy)
        groupColumns << QString::fromLatin1(dimensionColumn(d));
    const QString where = whereClause(filter, "day", lo, hi);
    QString sql = QStringLiteral("SELECT ");
    if (!groupColumns.isEmpty())
        sql += groupColumns.join(u", ") + u", ";
    sql += QString::fromLatin1(kSumColumns) + u" FROM rollup_day" + where;
    if (!groupColumns.isEmpty())
        sql += u" GROUP BY " + groupColumns.join(u", ");
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();

    const int g = static_cast<int>(groupBy.size());
    while (st->step() == store::Statement::Step::Row) {
        if (st->columnIsNull(g))
            continue; // aggregate over no rows
        UsageTotals t = readTotals(*st, g);
        out.totals += t;
        if (g > 0) {
            UsageGroup group;
            for (int i = 0; i < g; ++i)
                group.key << m_dimValue.value(st->columnInt64(i));
            group.totals = t;
            out.groups << group;
        }
    }
    std::stable_sort(out.groups.begin(), out.groups.end(), [](const UsageGroup &a, const UsageGroup &b) {
        if (a.totals.cost.total() != b.totals.cost.total())
            return a.totals.cost.total() > b.totals.cost.total();
        return a.key < b.key;
    });
    return out;
}

Result<TimeSeries> UsageQueries::timeSeries(const UsageFilter &filter, Granularity granularity,
                                            Dimension stackBy, int topN)
{
    if (Status s = loadDimensions(); !s)
        return s.error();
    QDate from = filter.from;
    QDate to = filter.to;
    if (!from.isValid() || !to.isValid()) {
        auto range = dataRange();
        if (!range)
            return range.error();
        if (range->isEmpty()) {
            TimeSeries empty;
            empty.granularity = granularity;
            return empty;
        }
        if (!from.isValid())
            from = range->first;
        if (!to.isValid())
            to = range->last;
    }
    const bool hourly = granularity == Granularity::Hour;
    const std::int64_t lo = hourly ? epochDay(from) * 24 : epochDay(from);
    const std::int64_t hi = hourly ? epochDay(to) * 24 + 23 : epochDay(to);
    const char *timeColumn = hourly ? "hour" : "day";
    const QString column = QString::fromLatin1(dimensionColumn(stackBy));
    const QString sql =
        QStringLiteral("SELECT %1, %2, sum(cost_input + cost_cache_read + cost_cache_write + "
                       "cost_output) FROM %3%4 GROUP BY 1, 2")
            .arg(QString::fromLatin1(timeColumn), column,
                 QString::fromLatin1(hourly ? "rollup_hour" : "rollup_day"),
                 whereClause(filter, timeColumn, lo, hi));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();

    SeriesBuckets perSeries;
    while (st->step() == store::Statement::Step::Row)
        perSeries[st->columnInt64(1)][st->columnInt64(0)] += st->columnInt64(2);
    return seriesFromBuckets(granularity, lo, hi, perSeries, topN);
}

TimeSeries UsageQueries::seriesFromBuckets(Granularity granularity, std::int64_t lo, std::int64_t hi,
                                           const SeriesBuckets &perSeries, int topN) const
{
    std::vector<std::pair<std::int64_t, std::int64_t>> order;
    for (const auto &[id, byTime] : perSeries) {
        std::int64_t total = 0;
        for (const auto &[t, v] : byTime)
            total += v;
        order.emplace_back(id, total);
    }
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return m_dimValue.value(a.first) < m_dimValue.value(b.first);
    });

    TimeSeries out;
    out.granularity = granularity;
    for (std::int64_t t = lo; t <= hi; ++t)
        out.buckets << t;
    auto row = [&](const std::map<std::int64_t, std::int64_t> &byTime, QList<Money> &dest) {
        for (const auto &[t, v] : byTime)
            if (t >= lo && t <= hi)
                dest[static_cast<int>(t - lo)] += Money::fromNanos(v);
    };
    const int keep = std::min<int>(topN, static_cast<int>(order.size()));
    const bool needOther = static_cast<int>(order.size()) > keep;
    for (int i = 0; i < keep; ++i) {
        QString label = m_dimValue.value(order[i].first);
        if (label.isEmpty())
            label = QCoreApplication::translate("tl::query::UsageQueries", "(none)");
        out.series << label;
        out.seriesValues << m_dimValue.value(order[i].first);
        out.values << QList<Money>(out.buckets.size());
        row(perSeries.at(order[i].first), out.values.last());
    }
    if (needOther) {
        out.series << otherSeriesLabel();
        out.seriesValues << QString();
        out.values << QList<Money>(out.buckets.size());
        for (std::size_t i = keep; i < order.size(); ++i) {
            row(perSeries.at(order[i].first), out.values.last());
            out.otherValues << m_dimValue.value(order[i].first);
        }
    }
    return out;
}

Result<QList<ReconciliationRow>> UsageQueries::reconciliation(const UsageFilter &filter,
                                                              const ReconciliationTolerance &tolerance)
{
    if (Status s = loadDimensions(); !s)
        return s.error();
    const std::int64_t lo = filter.from.isValid() ? epochDay(filter.from) : kOpenLow;
    const std::int64_t hi = filter.to.isValid() ? epochDay(filter.to) : kOpenHigh;
    const QString sql = QStringLiteral(
        "SELECT day, provider_id, model_id, sum(billed_facts), sum(billed_computed_cost), "
        "sum(billed_cost) FROM rollup_day%1 AND billed_facts > 0 GROUP BY day, provider_id, model_id "
        "ORDER BY day, provider_id, model_id").arg(whereClause(filter, "day", lo, hi));
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    QList<ReconciliationRow> rows;
    while (st->step() == store::Statement::Step::Row) {
        ReconciliationRow r;
        r.day = dateOfEpochDay(st->columnInt64(0));
        r.provider = m_dimValue.value(st->columnInt64(1));
        r.model = m_dimValue.value(st->columnInt64(2));
        r.records = st->columnInt64(3);
        r.computed = Money::fromNanos(st->columnInt64(4));
        r.billed = Money::fromNanos(st->columnInt64(5));
        const Money diff = r.difference();
        const Money absDiff = diff.isNegative() ? -diff : diff;
        const Money billedAbs = r.billed.isNegative() ? -r.billed : r.billed;
        r.flagged = absDiff > tolerance.absolute && absDiff > billedAbs.mulDiv(tolerance.ppmOfBilled, 1'000'000);
        rows << r;
    }
    return rows;
}

Result<QStringList> UsageQueries::dimensionValues(Dimension d)
{
    if (Status s = loadDimensions(); !s)
        return s.error();
    QStringList out;
    for (auto it = m_dimValue.constBegin(); it != m_dimValue.constEnd(); ++it) {
        if (m_dimKind.value(it.key()) != static_cast<int>(d) || it.value().isEmpty())
            continue;
        if (d == Dimension::Tags) {
            for (const QString &t : splitTags(it.value()))
                if (!out.contains(t))
                    out << t;
        } else {
            out << it.value();
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<UsageTotals> UsageQueries::totalsFromFacts(const UsageFilter &filter)
{
    if (Status s = loadDimensions(); !s)
        return s.error();
    const std::int64_t lo = filter.from.isValid() ? epochDay(filter.from) * 86400 : kOpenLow;
    const std::int64_t hi = filter.to.isValid() ? epochDay(filter.to) * 86400 + 86399 : kOpenHigh;
    const QString sql = QStringLiteral(
        "SELECT count(*), sum(requests), sum(input_tokens), sum(cache_read_tokens), "
        "sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), "
        "sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), "
        "sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), "
        "coalesce(sum(billed_cost), 0), count(billed_cost), coalesce(sum(CASE WHEN billed_cost IS "
        "NOT NULL THEN cost_input + cost_cache_read + cost_cache_write + cost_output END), 0), "
        "sum(CASE WHEN priced = 0 THEN 1 ELSE 0 END) FROM usage_fact")
        + whereClause(filter, "start_ts", lo, hi);
    auto st = m_db.connection().prepare(sql);
    if (!st)
        return st.error();
    if (st->step() != store::Statement::Step::Row || st->columnInt64(0) == 0)
        return UsageTotals{};
    return readTotals(*st, 0);
}

} // namespace tl::query
