#include "query/UsageQueries.h"

#include "store/SqliteUsageReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace tl::query {

UsageQueries::UsageQueries(store::Database &db)
    : m_reader(std::make_unique<store::SqliteUsageReader>(db))
{
}

UsageQueries::~UsageQueries() = default;

store::UsageReader &UsageQueries::reader()
{
    return *m_reader;
}

QString UsageQueries::dimensionValue(std::int64_t id) const
{
    return m_reader->dimensionValue(id);
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

Result<DataRange> UsageQueries::dataRange()
{
    return m_reader->dataRange();
}

Result<Summary> UsageQueries::summary(const UsageFilter &filter, const QList<Dimension> &groupBy)
{
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
    auto groups = m_reader->totals(filter, groupBy);
    if (!groups)
        return groups.error();
    for (const UsageGroup &group : std::as_const(*groups))
        out.totals += group.totals;
    if (!groupBy.isEmpty())
        out.groups = std::move(groups).value();
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
    auto perSeries = m_reader->costPerBucket(filter, granularity, stackBy, lo, hi);
    if (!perSeries)
        return perSeries.error();
    return seriesFromBuckets(granularity, lo, hi, *perSeries, topN);
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
        return m_reader->dimensionValue(a.first) < m_reader->dimensionValue(b.first);
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
        QString label = m_reader->dimensionValue(order[i].first);
        if (label.isEmpty())
            label = QCoreApplication::translate("tl::query::UsageQueries", "(none)");
        out.series << label;
        out.seriesValues << m_reader->dimensionValue(order[i].first);
        out.values << QList<Money>(out.buckets.size());
        row(perSeries.at(order[i].first), out.values.last());
    }
    if (needOther) {
        out.series << otherSeriesLabel();
        out.seriesValues << QString();
        out.values << QList<Money>(out.buckets.size());
        for (std::size_t i = keep; i < order.size(); ++i) {
            row(perSeries.at(order[i].first), out.values.last());
            out.otherValues << m_reader->dimensionValue(order[i].first);
        }
    }
    return out;
}

Result<QList<ReconciliationRow>> UsageQueries::reconciliation(const UsageFilter &filter,
                                                              const ReconciliationTolerance &tolerance)
{
    auto rows = m_reader->billedByDay(filter);
    if (!rows)
        return rows.error();
    auto list = m_reader->billedListByDay(filter);
    if (!list)
        return list.error();
    // Both are ordered by day, provider and model; a list amount always comes with a billed one.
    QHash<QString, qsizetype> byKey;
    const auto keyOf = [](const ReconciliationRow &r) -> QString {
        return r.day.toString(Qt::ISODate) + u'|' + r.provider + u'|' + r.model;
    };
    for (qsizetype i = 0; i < rows->size(); ++i)
        byKey.insert(keyOf(rows->at(i)), i);
    for (const ReconciliationRow &l : std::as_const(*list)) {
        const auto it = byKey.constFind(keyOf(l));
        if (it == byKey.constEnd())
            continue;
        (*rows)[it.value()].billedList = l.billedList;
        (*rows)[it.value()].listRecords = l.listRecords;
    }
    for (ReconciliationRow &r : *rows) {
        const Money diff = r.difference();
        const Money absDiff = diff.isNegative() ? -diff : diff;
        const Money billedAbs = r.billed.isNegative() ? -r.billed : r.billed;
        r.flagged = absDiff > tolerance.absolute && absDiff > billedAbs.mulDiv(tolerance.ppmOfBilled, 1'000'000);
    }
    return rows;
}

Result<QStringList> UsageQueries::dimensionValues(Dimension d)
{
    auto stored = m_reader->dimensionValues(d);
    if (!stored)
        return stored.error();
    QStringList out;
    for (const QString &value : std::as_const(*stored)) {
        if (value.isEmpty())
            continue;
        if (d == Dimension::Tags) {
            for (const QString &t : splitTags(value))
                if (!out.contains(t))
                    out << t;
        } else {
            out << value;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<UsageTotals> UsageQueries::totalsFromFacts(const UsageFilter &filter)
{
    return m_reader->totalsFromFacts(filter);
}

} // namespace tl::query
