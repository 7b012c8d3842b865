#include "pricing/CostEngineCache.h"

namespace tl::pricing {

CostEngine::Priced RateCache::price(const QString &provider, const QString &model, const QDate &date,
                                    const QString &serviceTier, const TokenCounts &tokens,
                                    bool perRequest, int modifiers, bool longContext)
{
    const KeyView key{provider, model, serviceTier, date.toJulianDay(), modifiers};
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear();
        Entry e;
        e.price = m_engine.find(provider, model, date);
        it = m_entries.emplace(Key{provider, model, serviceTier, key.day, modifiers}, std::move(e)).first;
    }
    Entry &e = it->second;
    if (!e.price)
        return {};
    const bool isLong = CostEngine::isLongContext(*e.price, tokens, perRequest, longContext);
    std::optional<CostEngine::Rates> &rates = e.rates[isLong ? 1 : 0];
    if (!rates)
        rates = m_engine.rates(provider, model, *e.price, serviceTier, modifiers, isLong);
    return CostEngine::apply(*rates, tokens);
}

} // namespace tl::pricing
