#pragma once

#include "core/Result.h"
#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QHash>
#include <QPair>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>

namespace tl::store {

class Connection;

// The dim table as the readers see it: dimension values by id, read incrementally (dimension
// rows are only ever added), and a usage filter turned into a WHERE clause over the id
// columns of the fact and rollup tables.
class DimensionDictionary
{
public:
    // Open ends of a time range, far enough from the limits that arithmetic cannot overflow.
    static constexpr std::int64_t kOpenLow = std::numeric_limits<std::int64_t>::min() / 4;
    static constexpr std::int64_t kOpenHigh = std::numeric_limits<std::int64_t>::max() / 4;

    explicit DimensionDictionary(Connection &connection);

    // Reads the dimension rows added since the last call.
    Status refresh();

    QString value(std::int64_t id) const { return m_value.value(id); }
    // Every known value of a dimension, "" included, in no particular order.
    QStringList values(Dimension d) const;

    // The SQL expression a query groups by for dimension `d`: its id column, or for a derived
    // dimension (Speed, ContextWindow) a CASE over tags_id that gives each tag set the id of
    // its derived value. Those ids are the dictionary's own (negative, never stored); value()
    // names them like any other. Call refresh() first.
    QString groupColumn(Dimension d) const;

    // " WHERE <timeColumn> BETWEEN timeFrom AND timeTo AND <dimension column> IN (…)…" for the
    // filter's dimension filters (its dates are not looked at). Call refresh() first.
    QString whereClause(const query::UsageFilter &filter, const char *timeColumn,
                        std::int64_t timeFrom, std::int64_t timeTo) const;

    // The filter's days as a range of epoch days, open ends as kOpenLow / kOpenHigh.
    static std::int64_t firstDay(const query::UsageFilter &filter);
    static std::int64_t lastDay(const query::UsageFilter &filter);

private:
    QList<std::int64_t> idsMatching(Dimension d, const QStringList &values) const;
    std::int64_t derivedId(Dimension d, const QString &value);

    // Ids of derived values count down from here, far from any stored id.
    static constexpr std::int64_t kDerivedIdBase = -(std::int64_t(1) << 40);

    Connection &m_connection;
    QHash<std::int64_t, QString> m_value;
    QHash<std::int64_t, int> m_kind;
    std::int64_t m_maxId = -1;
    // Per derived dimension: the tag sets (tags ids) with a value, and that value's id.
    QHash<int, QHash<std::int64_t, std::int64_t>> m_derivedOfTags;
    QHash<QPair<int, QString>, std::int64_t> m_derivedIds;
    std::int64_t m_nextDerivedId = kDerivedIdBase;
};

} // namespace tl::store
