#pragma once

#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tl::store {

// What an hourly query reads: rollup_hour when its key has every dimension the query filters
// or groups by, otherwise the facts of hours [firstHour, lastHour] in rollup_hour's shape (one
// row per fact, found through the index on start_ts). rollup_hour keeps neither the API key,
// the user nor the tags (008_hourly_rollup_key.sql).
// Whether rollup_hour has a column for `d`: not for the API key, the user, the tags or the
// dimensions derived from the tags.
bool hourlyRollupKeeps(Dimension d);

// Whether rollup_hour can answer a query that filters by `filter` and groups by `dimensions`.
bool hourlyRollupServes(const query::UsageFilter &filter, const QList<Dimension> &dimensions);

// The facts that start in [fromTs, toTs] (UTC seconds) as a table in the rollups' shape: one
// row per fact, its hour in `hour`, every dimension column (API key, user and tags included)
// and every rollup sum of that one fact.
QString factsAsRollupRows(std::int64_t fromTs, std::int64_t toTs);
// The same for the facts of buckets first…last of `secondsPerBucket` seconds (epoch hours or
// days); bounds whose seconds leave the 64-bit range (open ends) leave the range open.
QString factsOfBuckets(std::int64_t first, std::int64_t last, std::int64_t secondsPerBucket);

QString hourlySource(const query::UsageFilter &filter, std::optional<Dimension> groupBy,
                     std::int64_t firstHour, std::int64_t lastHour);

} // namespace tl::store
