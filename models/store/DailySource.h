#pragma once

#include "core/Result.h"
#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <limits>

namespace tl::store {

class Connection;

// What a query by day reads (018_daily_rollup_keys.sql). rollup_day keeps every dimension but
// the tags, so for per-request logs it has about one row per day for every user and API key
// that was active; rollup_tag_day keeps the tags but neither the user nor the API key;
// rollup_hour keeps only the dimensions whose number stays small (008_hourly_rollup_key.sql),
// so it often has far fewer rows per day even at 24 hours a day. A query that filters or
// groups by the tags (or a dimension read from them) reads rollup_tag_day, or the facts of its
// days when it also needs the user or the API key. A query that needs neither the tags, the
// API key nor the user can read rollup_day or rollup_hour: it reads rollup_hour summed into UTC
// days (the same sums, as both are sums of the same facts and a day is 24 whole hours) when
// that table has fewer rows per day in this database, measured on the last two days with data
// and measured again when the last day changes.
class DailySource
{
public:
    enum class Choice { Auto, Daily, Hourly }; // Daily/Hourly: always that table, where it can

    explicit DailySource(Connection &connection) : m_connection(connection) {}

    void setChoice(Choice choice) { m_choice = choice; }

    // The table expression to put after FROM, with a column `day`, the dimension columns the
    // query uses and every sum of the rollups, for days firstDay…lastDay (epoch days, open
    // ends as DimensionDictionary::kOpenLow / kOpenHigh).
    Result<QString> table(const query::UsageFilter &filter, const QList<Dimension> &dimensions,
                          std::int64_t firstDay, std::int64_t lastDay);

private:
    Result<bool> hourlyIsSmaller();

    Connection &m_connection;
    Choice m_choice = Choice::Auto;
    std::int64_t m_measuredDay = std::numeric_limits<std::int64_t>::min();
    bool m_hourlySmaller = false;
};

} // namespace tl::store
