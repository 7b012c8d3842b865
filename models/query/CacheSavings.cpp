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

BatchSavings computeBatchSavings(const QList<BatchGroup> &groups, const pricing::CostEngine &engine)
{
    static const QString standard = QStringLiteral("standard");
    static const QString batch = QStringLiteral("batch");
    BatchSavings out;
    for (const BatchGroup &g : groups) {
        // Rollups are buckets: priced at the base tier, like every bucket (no long context).
        const auto atStandard = engine.price(g.provider, g.model, g.day, standard, g.tokens, false);
        const auto atBatch = engine.price(g.provider, g.model, g.day, batch, g.tokens, false);
        if (!atStandard.price || !atBatch.price || atStandard.outOfRange || atBatch.outOfRange) {
            out.unpricedRequests += g.tokens.requests;
            continue;
        }
        out.requests += g.tokens.requests;
        out.atStandardPrice += atStandard.cost.total();
        out.atBatchPrice += atBatch.cost.total();
    }
    return out;
}

} // namespace tl::query
