#pragma once

#include "pricing/CostEngine.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <unordered_map>

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
    // Looked up by views of the fact's strings, so that a lookup copies and allocates nothing.
    struct KeyView
    {
        QStringView provider, model, serviceTier;
        qint64 day = 0;
        int modifiers = 0;
    };
    struct Key
    {
        QString provider, model, serviceTier;
        qint64 day = 0;
        int modifiers = 0;
        KeyView view() const { return {provider, model, serviceTier, day, modifiers}; }
    };
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(const KeyView &k) const
        {
            return qHashMulti(0, k.provider, k.model, k.serviceTier, k.day, k.modifiers);
        }
        std::size_t operator()(const Key &k) const { return (*this)(k.view()); }
    };
    struct Equal
    {
        using is_transparent = void;
        static bool same(const KeyView &a, const KeyView &b)
        {
            return a.day == b.day && a.modifiers == b.modifiers && a.provider == b.provider
                   && a.model == b.model && a.serviceTier == b.serviceTier;
        }
        bool operator()(const Key &a, const Key &b) const { return same(a.view(), b.view()); }
        bool operator()(const KeyView &a, const Key &b) const { return same(a, b.view()); }
        bool operator()(const Key &a, const KeyView &b) const { return same(a.view(), b); }
    };
    struct Entry
    {
        const ModelPrice *price = nullptr;
        std::array<std::optional<CostEngine::Rates>, 2> rates; // [long context]
    };
    // Records of a file name far fewer keys than this; a file of ever new ones starts over.
    static constexpr std::size_t kMaxEntries = 4096;

    const CostEngine &m_engine;
    std::unordered_map<Key, Entry, Hash, Equal> m_entries;
};

} // namespace tl::pricing
