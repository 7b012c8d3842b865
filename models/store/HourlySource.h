#pragma once

#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tl::store {

// What an hourly query reads: rollup_hour when its key has every dimension the query filters
// or groups by, otherwise the facts of hours [firstHour, lastHour] in rollup_hour's shape (one
// row per fact, found through the index on start_ts). rollup_hour keeps neither the API key,
// the user nor the tags (008_hourly_rollup_key.sql).
QString hourlySource(const query::UsageFilter &filter, std::optional<Dimension> groupBy,
                     std::int64_t firstHour, std::int64_t lastHour);

} // namespace tl::store
