#pragma once

#include "money/Money.h"
#include "query/DashboardQueries.h"

namespace tl::pricing {
class CostEngine;
}

namespace tl::query {

// What prompt caching saved: each cache-read token priced once at the input price and once at
// the cache-read price of its model and service tier, on its day, with the database's prices
// and discounts (a model without a cache-read price saves nothing: its cache reads are
// charged as input).
struct CacheSavings
{
    std::int64_t tokens = 0;         // cache-read tokens priced
    Money atInputPrice;              // what those tokens would have cost as uncached input
    Money atCacheReadPrice;          // what they cost as cache reads
    std::int64_t unpricedTokens = 0; // cache-read tokens of models without a price

    Money saved() const { return atInputPrice - atCacheReadPrice; }
    bool operator==(const CacheSavings &) const = default;
};

CacheSavings computeCacheSavings(const QList<CacheReadGroup> &groups, const pricing::CostEngine &engine);

// What the batch tier saved: each batch group's tokens priced once at the standard tier and once
// at the batch tier of its model, on its day, with the database's prices and discounts — the
// counterfactual of the same traffic sent interactively.
struct BatchSavings
{
    std::int64_t requests = 0;          // batch requests priced
    Money atStandardPrice;              // what they would have cost on the standard tier
    Money atBatchPrice;                 // what they cost on the batch tier
    std::int64_t unpricedRequests = 0;  // batch requests of models without a price

    Money saved() const { return atStandardPrice - atBatchPrice; }
    bool operator==(const BatchSavings &) const = default;
};

BatchSavings computeBatchSavings(const QList<BatchGroup> &groups, const pricing::CostEngine &engine);

} // namespace tl::query
