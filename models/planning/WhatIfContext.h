#pragma once

// The per-evaluation machinery of the what-if engine (planning/WhatIfEngine.cpp): pricing of
// monthly quantities, the explanation formatting helpers, and the Context that caches catalog
// lookups and effective rates for one evaluation. Internal to the engine; not a public API.

#include "core/Result.h"
#include "planning/Baseline.h"
#include "planning/Quantity.h"
#include "planning/Scenario.h"
#include "pricing/ModelPrice.h"
#include "pricing/PriceCatalog.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace tl::planning::detail {

inline constexpr std::int64_t kPpm = 1'000'000;
inline constexpr std::int64_t kFracScale = 1'000'000'000'000; // move fractions, to 1e-12

// --- pricing ---------------------------------------------------------------------------------

enum class TierKind : std::uint8_t { Standard, Batch, Priority, Flex };
inline constexpr int kTierKinds = 4;

TierKind tierKindOf(QStringView tier);

// Effective prices of one model at one service tier (per million tokens; perRequest per request).
struct Rates
{
    Money input;
    Money cacheRead;
    Money write5m;
    Money write1h;
    Money output;
    std::optional<Money> perRequest;
};

// The rules of CostEngine::price for monthly slices (no long-context tier).
Rates ratesFor(const pricing::PriceSet &p, TierKind tier);

// The six monthly quantities of a slice.
struct Q
{
    Quantity r, u, cr, w5, w1, o;

    Quantity input() const { return u + cr + w5 + w1; }
    Quantity total() const { return input() + o; }
    bool isZero() const
    {
        return r.isZero() && u.isZero() && cr.isZero() && w5.isZero() && w1.isZero() && o.isZero();
    }
    Q &operator+=(const Q &x)
    {
        r += x.r, u += x.u, cr += x.cr, w5 += x.w5, w1 += x.w1, o += x.o;
        return *this;
    }
    Q operator-(const Q &x) const { return {r - x.r, u - x.u, cr - x.cr, w5 - x.w5, w1 - x.w1, o - x.o}; }
    Q times(Share s) const;
    Q timesFraction(std::int64_t frac) const; // frac / kFracScale
};

Q quantitiesOf(const Slice &s);

Money costOf(const Q &q, const Rates &r);

// --- formatting for explanations ----------------------------------------------------------------

QString modelName(const ModelRef &m);
Error noPrice(const QString &context, const ModelRef &m);
std::optional<Error> checkShare(Share s, const QString &key);

// --- the per-evaluation context ---------------------------------------------------------------

struct ModelKey
{
    QString provider;
    QString model;
    bool operator==(const ModelKey &) const = default;
};
size_t qHash(const ModelKey &k, size_t seed = 0);

struct IdentKey
{
    QString team;
    QString tags;
    bool operator==(const IdentKey &) const = default;
};
size_t qHash(const IdentKey &k, size_t seed = 0);

struct ModelEntry
{
    ModelRef ref;
    const pricing::ModelPrice *price = nullptr;
    Rates rates[kTierKinds];
    bool hasCacheRead = false;
};

struct TierEntry
{
    QString name;
    TierKind kind;
};

// One slice in flight.
struct Work
{
    Q q;
    Money cost;
    int model = 0;
    int ident = 0;
    int tier = 0;
    bool escalation = false; // the second call of a cascade
};

class Context
{
public:
    Context(const pricing::PriceCatalog &catalog, const QDate &date);

    // Index of the model's entry, or -1 when the catalog has no price for it.
    int model(const ModelRef &ref);
    int ident(const QString &team, const QString &tags);
    int tier(const QString &name);

    const ModelEntry &modelEntry(int i) const { return m_models[i]; }
    TierKind tierKind(int i) const { return m_tiers[i].kind; }

    Money price(const Work &w) const
    {
        return costOf(w.q, m_models[w.model].rates[static_cast<int>(m_tiers[w.tier].kind)]);
    }

    // Identity of a slice for merging: model, tier, team/tags, escalation.
    static quint64 key(const Work &w)
    {
        return (quint64(quint32(w.model)) << 40) | (quint64(quint32(w.ident)) << 16)
               | (quint64(quint32(w.tier)) << 1) | quint64(w.escalation);
    }

    Slice toSlice(const Work &w) const;

    qsizetype modelCount() const { return m_models.size(); }

private:
    const pricing::PriceCatalog &m_catalog;
    QDate m_date;
    QList<ModelEntry> m_models;
    QHash<ModelKey, int> m_modelIndex;
    QList<IdentKey> m_idents;
    QHash<IdentKey, int> m_identIndex;
    QList<TierEntry> m_tiers;
};

// Builds a lever's output list: `keep` appends (registering the slice's identity if new),
// `merge` adds to the slice of the same identity when there is one. All-zero slices are dropped.
class Builder
{
public:
    explicit Builder(qsizetype expected);
    void keep(const Work &w);
    void merge(const Work &w);
    QList<Work> take() { return std::move(m_out); }

private:
    QList<Work> m_out;
    QHash<quint64, int> m_index;
};

Money priceAll(QList<Work> &works, const Context &ctx);

// Prices the baseline into Work items; an error names the first model without a price.
Result<QList<Work>> baselineWorks(const Baseline &baseline, Context &ctx);

// Aggregate p and r over slices whose model has a cache-read price (see WhatIfEngine.h).
PromptCachingLever neutralPromptCachingOf(const QList<Work> &works, const Context &ctx);

// Fraction num/den (0 ≤ num ≤ den) in units of 1e-12, rounded.
std::int64_t fraction(Int128 num, Int128 den);

} // namespace tl::planning::detail
