#include "planning/WhatIfContext.h"

#include <QLocale>

namespace tl::planning::detail {

using pricing::ModelPrice;
using pricing::PriceCatalog;
using pricing::PriceSet;

// --- pricing ---------------------------------------------------------------------------------

TierKind tierKindOf(QStringView tier)
{
    if (tier == u"batch")
        return TierKind::Batch;
    if (tier == u"priority")
        return TierKind::Priority;
    if (tier == u"flex")
        return TierKind::Flex;
    return TierKind::Standard;
}

// The rules of CostEngine::price for monthly slices (no long-context tier).
Rates ratesFor(const PriceSet &p, TierKind tier)
{
    Rates r;
    r.input = p.input;
    r.output = p.output;
    r.cacheRead = p.cacheRead.value_or(p.input);
    r.write5m = p.cacheWrite5m.value_or(p.input);
    r.write1h = p.cacheWrite1h.value_or(p.input);
    r.perRequest = p.perRequest;
    switch (tier) {
    case TierKind::Standard:
        break;
    case TierKind::Priority:
        r.input = p.priorityInput.value_or(r.input);
        r.output = p.priorityOutput.value_or(r.output);
        break;
    case TierKind::Flex:
        r.input = p.flexInput.value_or(r.input);
        r.output = p.flexOutput.value_or(r.output);
        break;
    case TierKind::Batch:
        r.input = p.batchInput.value_or(p.input.mulDiv(1, 2));
        r.output = p.batchOutput.value_or(p.output.mulDiv(1, 2));
        // Cache prices stay as they are; kinds without a price are charged as (batch) input.
        if (!p.cacheRead)
            r.cacheRead = r.input;
        if (!p.cacheWrite5m)
            r.write5m = r.input;
        if (!p.cacheWrite1h)
            r.write1h = r.input;
        break;
    }
    return r;
}

Q Q::times(Share s) const
{
    if (s.ppm == kPpm)
        return *this;
    if (s.ppm == 0)
        return {};
    return {s.of(r), s.of(u), s.of(cr), s.of(w5), s.of(w1), s.of(o)};
}

Q Q::timesFraction(std::int64_t frac) const // frac / kFracScale
{
    if (frac == kFracScale)
        return *this;
    auto f = [frac](Quantity x) { return x.mulDiv(frac, kFracScale); };
    return {f(r), f(u), f(cr), f(w5), f(w1), f(o)};
}

Q quantitiesOf(const Slice &s)
{
    return {s.requests, s.uncached, s.cacheRead, s.cacheWrite5m, s.cacheWrite1h, s.output};
}

Money costOf(const Q &q, const Rates &r)
{
    Money c = q.u.costAt(r.input) + q.cr.costAt(r.cacheRead) + q.w5.costAt(r.write5m)
              + q.w1.costAt(r.write1h) + q.o.costAt(r.output);
    if (r.perRequest)
        c += q.r.costPerUnit(*r.perRequest);
    return c;
}

// --- names in explanations and errors ---------------------------------------------------------

QString modelName(const ModelRef &m)
{
    return m.provider + u'/' + m.model;
}

Error noPrice(const QString &context, const ModelRef &m)
{
    const QString what = QStringLiteral("no price for %1").arg(modelName(m));
    return Error::of(context.isEmpty() ? what : context + QStringLiteral(": ") + what);
}

std::optional<Error> checkShare(Share s, const QString &key)
{
    if (s.ppm < 0 || s.ppm > kPpm)
        return Error::of(QStringLiteral("%1 must be between 0 and 1 (it is %2)").arg(key, s.toString()));
    return std::nullopt;
}

// --- the per-evaluation context ---------------------------------------------------------------

size_t qHash(const ModelKey &k, size_t seed)
{
    return qHashMulti(seed, k.provider, k.model);
}

size_t qHash(const IdentKey &k, size_t seed)
{
    return qHashMulti(seed, k.team, k.tags);
}

Context::Context(const PriceCatalog &catalog, const QDate &date) : m_catalog(catalog), m_date(date)
{
    m_models.reserve(32);
    m_modelIndex.reserve(32);
    m_tiers.reserve(4);
}

int Context::model(const ModelRef &ref)
{
    const ModelKey key{ref.provider, ref.model};
    const auto it = m_modelIndex.constFind(key);
    if (it != m_modelIndex.constEnd())
        return it.value();
    const ModelPrice *price = m_catalog.find(ref.provider, ref.model, m_date);
    int index = -1;
    if (price) {
        ModelEntry e;
        e.ref = ref;
        e.price = price;
        for (int t = 0; t < kTierKinds; ++t)
            e.rates[t] = ratesFor(price->prices, static_cast<TierKind>(t));
        e.hasCacheRead = price->prices.cacheRead.has_value();
        index = static_cast<int>(m_models.size());
        m_models.append(std::move(e));
    }
    m_modelIndex.insert(key, index);
    return index;
}

int Context::ident(const QString &team, const QString &tags)
{
    const IdentKey key{team, tags};
    const auto it = m_identIndex.constFind(key);
    if (it != m_identIndex.constEnd())
        return it.value();
    const int index = static_cast<int>(m_idents.size());
    m_idents.append(key);
    m_identIndex.insert(key, index);
    return index;
}

int Context::tier(const QString &name)
{
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        if (m_tiers[i].name == name)
            return static_cast<int>(i);
    }
    m_tiers.append({name, tierKindOf(name)});
    return static_cast<int>(m_tiers.size() - 1);
}

Slice Context::toSlice(const Work &w) const
{
    Slice s;
    s.model = m_models[w.model].ref;
    s.serviceTier = m_tiers[w.tier].name;
    s.team = m_idents[w.ident].team;
    s.tags = m_idents[w.ident].tags;
    s.requests = w.q.r;
    s.uncached = w.q.u;
    s.cacheRead = w.q.cr;
    s.cacheWrite5m = w.q.w5;
    s.cacheWrite1h = w.q.w1;
    s.output = w.q.o;
    return s;
}

Builder::Builder(qsizetype expected)
{
    m_out.reserve(expected);
    m_index.reserve(expected);
}

void Builder::keep(const Work &w)
{
    if (w.q.isZero())
        return;
    const quint64 k = Context::key(w);
    if (!m_index.contains(k))
        m_index.insert(k, static_cast<int>(m_out.size()));
    m_out.append(w);
}

void Builder::merge(const Work &w)
{
    if (w.q.isZero())
        return;
    const quint64 k = Context::key(w);
    const auto it = m_index.constFind(k);
    if (it != m_index.constEnd()) {
        m_out[it.value()].q += w.q;
        return;
    }
    m_index.insert(k, static_cast<int>(m_out.size()));
    m_out.append(w);
}

Money priceAll(QList<Work> &works, const Context &ctx)
{
    Money total;
    for (Work &w : works) {
        w.cost = ctx.price(w);
        total += w.cost;
    }
    return total;
}

// Prices the baseline into Work items; an error names the first model without a price.
Result<QList<Work>> baselineWorks(const Baseline &baseline, Context &ctx)
{
    QList<Work> works;
    works.reserve(baseline.slices.size());
    for (const Slice &s : baseline.slices) {
        Work w;
        w.model = ctx.model(s.model);
        if (w.model < 0)
            return noPrice(QString(), s.model);
        w.q = quantitiesOf(s);
        w.ident = ctx.ident(s.team, s.tags);
        w.tier = ctx.tier(s.serviceTier);
        w.cost = ctx.price(w);
        works.append(w);
    }
    return works;
}

// Aggregate p and r over slices whose model has a cache-read price (see the header).
PromptCachingLever neutralPromptCachingOf(const QList<Work> &works, const Context &ctx)
{
    Int128 total = 0, cached = 0, reads = 0;
    for (const Work &w : works) {
        if (!ctx.modelEntry(w.model).hasCacheRead)
            continue;
        total += w.q.input().micros();
        cached += (w.q.cr + w.q.w5 + w.q.w1).micros();
        reads += w.q.cr.micros();
    }
    PromptCachingLever n;
    if (total > 0)
        n.cacheableShare.ppm = roundedDivide(cached * kPpm, static_cast<std::int64_t>(total));
    if (cached > 0)
        n.hitRate.ppm = roundedDivide(reads * kPpm, static_cast<std::int64_t>(cached));
    return n;
}

// Fraction num/den (0 ≤ num ≤ den) in units of 1e-12, rounded.
std::int64_t fraction(Int128 num, Int128 den)
{
    if (den <= 0 || num <= 0)
        return 0;
    if (num >= den)
        return kFracScale;
    Int128 q = (num * kFracScale) / den;
    if (((num * kFracScale) % den) * 2 >= den)
        ++q;
    return static_cast<std::int64_t>(q);
}

} // namespace tl::planning::detail
