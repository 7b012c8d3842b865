#pragma once

#include "pricing/CostEngine.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace tl::pricing {

// Prices records like CostEngine::price(), keeping the rates (CostEngine::Rates) it worked out
// for each provider, model, day, service tier and set of modifiers, so that the records of an
// import, most of which share a handful of those, cost a lookup and the arithmetic of their
// counts instead of a catalog search each. The same results as CostEngine::price(). For one
// thread; the engine must outlive it and not change while it is used.
class RateCache
{
public:
    explicit RateCache(const CostEngine &engine) : m_engine(engine) {}

    CostEngine::Priced price(const QString &provider, const QString &model, const QDate &date,
                             const QString &serviceTier, const TokenCounts &tokens, bool perRequest,
                             int modifiers = 0, bool longContext = false);

private:
    struct Key
    {
        QString provider, model, serviceTier;
        qint64 day = 0;
        int modifiers = 0;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHashMulti(seed, k.provider, k.model, k.serviceTier, k.day, k.modifiers);
    }
    struct Entry
    {
        const ModelPrice *price = nullptr;
        std::array<std::optional<CostEngine::Rates>, 2> rates; // [long context]
    };
    // Records of a file name far fewer keys than this; a file of ever new ones starts over.
    static constexpr qsizetype kMaxEntries = 4096;

    const CostEngine &m_engine;
    QHash<Key, Entry> m_entries;
    Key m_key; // reused, so that a lookup copies three shared strings and allocates nothing
};

} // namespace tl::pricing
