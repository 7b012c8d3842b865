#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "query/UsageFilter.h"
#include "query/UsageRows.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>

namespace tl::store {

// A forward-only stream of rows, read one at a time so that memory stays flat however many
// rows there are. It reads from the store that opened it, which must outlive it.
template <typename Row>
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    // Reads the next row into `row`: true, or false after the last one.
    virtual Result<bool> next(Row &row) = 0;
};

// One daily rollup row: one UTC day × one full dimension key, and its sums.
struct RollupGroupRow
{
    std::int64_t day = 0;           // epoch day
    std::array<QString, 10> dims;   // values in the order of kAllDimensions
    query::UsageTotals totals;
};

// What the exporters read: every daily rollup row or every stored fact that matches a filter
// (days and dimension filters as in query::UsageFilter), streamed.
class ExportReader
{
public:
    virtual ~ExportReader() = default;

    // The facts summed per day and full dimension key, ordered by day and then key; and how
    // many facts those groups sum (for progress: the number of groups is known only at the end).
    virtual Result<std::int64_t> rollupGroupFacts(const query::UsageFilter &filter) = 0;
    virtual Result<std::unique_ptr<RowCursor<RollupGroupRow>>> rollupGroups(const query::UsageFilter &filter) = 0;

    // Stored facts, ordered by start time and then by storage order. A fact read back carries
    // its record key, start, bucket width, dimensions, tokens, cost parts and billed cost.
    virtual Result<std::int64_t> factCount(const query::UsageFilter &filter) = 0;
    virtual Result<std::unique_ptr<RowCursor<UsageFact>>> facts(const query::UsageFilter &filter) = 0;
};

} // namespace tl::store
