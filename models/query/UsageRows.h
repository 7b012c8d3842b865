#pragma once

#include "domain/UsageFact.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <map>

// The plain values the read side passes around: what the usage stores (store::UsageReader)
// read from the rollups and facts, and what the query layer assembles from them. No logic
// beyond sums.

namespace tl::query {

struct UsageTotals
{
    std::int64_t facts = 0;
    TokenCounts tokens;
    CostBreakdown cost;          // computed from the catalog
    Money billed;                // reported by sources; absent parts count as zero
    std::int64_t billedFacts = 0; // how many facts carried a billed cost
    Money billedComputed;          // computed cost of just those facts (for reconciliation)
    std::int64_t unpricedFacts = 0; // facts whose model had no catalog price
    std::int64_t unpricedUnits = 0; // units (audio tokens, searches, …) of priced facts without a price

    UsageTotals &operator+=(const UsageTotals &o);
    bool operator==(const UsageTotals &) const = default;
};

struct UsageGroup
{
    QStringList key; // one value per group-by dimension, in the order asked
    UsageTotals totals;
};

enum class Granularity { Day, Hour };

struct DataRange
{
    QDate first;
    QDate last;
    bool isEmpty() const { return !first.isValid(); }
};

// Computed vs billed cost of one provider, model and day, over the records that carry a
// billed cost (records without one cannot be compared).
struct ReconciliationRow
{
    QDate day;
    QString provider;
    QString model;
    std::int64_t records = 0;
    Money computed;
    Money billed;
    // The list-price amount (before discounts) of the records whose source reported one
    // (Anthropic's cost analytics); listRecords says how many did, 0 = none.
    Money billedList;
    std::int64_t listRecords = 0;
    Money difference() const { return computed - billed; }
    bool flagged = false; // |difference| above the tolerance
};

// Cache-read tokens of one day, provider, model and service tier (to price what the cache
// saved at the prices in force that day).
struct CacheReadGroup
{
    QDate day;
    QString provider;
    QString model;
    QString tier;
    std::int64_t tokens = 0;
};

// Tokens billed on the batch tier of one day, provider and model (to price what the batch tier
// saved against standard prices that day).
struct BatchGroup
{
    QDate day;
    QString provider;
    QString model;
    TokenCounts tokens;
};

// Spend of one UTC hour (epoch hours), computed and billed, for budgets.
struct HourlySpend
{
    std::int64_t hour = 0;
    Money computed;
    Money billed;
    Money billedComputed;
    std::int64_t facts = 0;
    std::int64_t billedFacts = 0;
};

// One group of a cube: a day, the id of each dimension asked for (in that order) and every
// rollup sum.
struct CubeRow
{
    static constexpr int kMaxDimensions = 8;
    std::int64_t day = 0; // epoch day
    std::array<std::int64_t, kMaxDimensions> ids{};
    UsageTotals totals;
};

// One group of a cost-only aggregate: dimension ids, the cost split and requests.
struct CostRow
{
    std::array<std::int64_t, CubeRow::kMaxDimensions> ids{};
    CostBreakdown cost;
    std::int64_t requests = 0;
};

// Computed cost in nanos per series (a dimension id) and bucket (epoch day or epoch hour).
using SeriesBuckets = std::map<std::int64_t, std::map<std::int64_t, std::int64_t>>;

inline UsageTotals &UsageTotals::operator+=(const UsageTotals &o)
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
    tokens.audioInput += o.tokens.audioInput;
    tokens.audioCacheRead += o.tokens.audioCacheRead;
    tokens.audioOutput += o.tokens.audioOutput;
    tokens.imageInput += o.tokens.imageInput;
    tokens.imageCacheRead += o.tokens.imageCacheRead;
    tokens.imageOutput += o.tokens.imageOutput;
    tokens.videoInput += o.tokens.videoInput;
    tokens.videoCacheRead += o.tokens.videoCacheRead;
    tokens.videoOutput += o.tokens.videoOutput;
    tokens.codeExecutions += o.tokens.codeExecutions;
    cost += o.cost;
    billed += o.billed;
    billedFacts += o.billedFacts;
    billedComputed += o.billedComputed;
    unpricedFacts += o.unpricedFacts;
    unpricedUnits += o.unpricedUnits;
    return *this;
}

} // namespace tl::query
