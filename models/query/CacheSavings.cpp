#include "query/CacheSavings.h"

#include "pricing/CostEngine.h"

namespace tl::query {

CacheSavings computeCacheSavings(const QList<CacheReadGroup> &groups, const pricing::CostEngine &engine)
{
    CacheSavings out;
    for (const CacheReadGroup &g : groups) {
        TokenCounts asInput;
        asInput.uncachedInput = g.tokens;
        TokenCounts asCacheRead;
        asCacheRead.cacheRead = g.tokens;
        // Rollups are buckets: priced at the base tier, like every bucket (no long context).
        const auto input = engine.price(g.provider, g.model, g.day, g.tier, asInput, false);
        if (!input.price) {
            out.unpricedTokens += g.tokens;
            continue;
        }
        const auto cached = engine.price(g.provider, g.model, g.day, g.tier, asCacheRead, false);
        out.tokens += g.tokens;
        out.atInputPrice += input.cost.total();
        out.atCacheReadPrice += cached.cost.total();
    }
    return out;
}

} // namespace tl::query
