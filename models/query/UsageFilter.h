#pragma once

#include "domain/Dimension.h"

#include <QDate>
#include <QMap>
#include <QStringList>

namespace tl::query {

// What to look at: a range of UTC days (inclusive; an invalid date leaves that end open) and
// dimension filters. Values of one dimension are alternatives (OR); different dimensions
// must all match (AND). A "tag" filter matches every fact whose tag set contains the tag.
struct UsageFilter
{
    QDate from;
    QDate to;
    QMap<Dimension, QStringList> equals;

    void add(Dimension d, const QString &value) { equals[d] << value; }
    bool operator==(const UsageFilter &) const = default;
};

// UTC days since the epoch, the key of the daily rollup.
inline std::int64_t epochDay(const QDate &d)
{
    return QDate(1970, 1, 1).daysTo(d);
}
inline QDate dateOfEpochDay(std::int64_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace tl::query
