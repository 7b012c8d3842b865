// The what-if engine: docs/whatif.md as a pure function of
// (baseline, catalog, scenario, pricing date).
//
// How it works: every slice becomes a `Work` item (quantities, resolved model, service tier,
// team/tag identity). Each lever maps the list of Work items to a new list; the cost of every
// stage is computed once and reused as the next lever's "before", so the savings telescope:
// Σ savings == C0 − C_final exactly, to the nano-dollar. Negative savings are never clipped.
// Catalog lookups are cached per (provider, model) for one evaluation, together with the
// effective per-tier rates, so pricing a slice is a handful of integer multiplications.
//
// Decisions where the contract is silent (what an analyst expects):
// - Negotiated discounts are not applied: the engine prices at list prices of the catalog it
//   is given (the same catalog for baseline and scenario, so savings compare like with like).
// - Routing: routed parts keep their service tier, team and tags; parts that end up with the
//   same (model, tier, team, tags) are merged into one slice. A tier with share 0 does nothing.
//   Shares outside [0, 1] are errors.
// - Cascade slices (the escalated second call) are real traffic for every later lever, but the
//   semantic cache embeds a user query once: their requests are not embedded again.
// - Semantic cache: a hit rate of 0 is the neutral position (no cache deployed), so it adds no
//   embedding bill and no fixed cost. The embedding bill is the embedding model's standard
//   input price × all input tokens entering the lever, priced once on the total. It and the
//   fixed cost are carried to the end (WhatIfResult::semanticCacheCost), untouched by the
//   later levers (embeddings are neither prompt-cached, batched nor self-hosted).
// - Prompt caching applies to slices whose model has a cache-read price. The 5-minute write
//   share is computed as round(T·p) − CR' (not separately rounded), so U' = T − round(T·p) is
//   never negative and T is kept exactly. Setting (p, r) exactly to
//   neutralPromptCaching(baseline) keeps every slice's own mix (the GUI's start position
//   reproduces the input even when slices differ); any other setting applies the formula.
// - Batch: the target share b applies to each (provider, model) group's requests; all
//   non-batch traffic (standard, priority, flex) is the pool moved to batch, traffic moved
//   back from batch becomes "standard". Groups without requests are left alone. The move
//   fraction is kept to 1e-12. b exactly neutralBatchShare(baseline) keeps every group as it is.
// - Self-hosting: a slice belongs to a chosen model when both resolve to the same catalog
//   entry (so "us.anthropic.x" and "anthropic.x" match). The chosen models must have a price
//   (the break-even needs what the API charges). An empty model list moves nothing.
//   hours_per_month must be within 0..744; capacity 0 with traffic to move is an error.
// - Slices whose quantities become all zero (e.g. the remainder when routing shares add up to
//   1, or standard traffic when b = 1) are dropped from the list. In finalSlices, the escalated
//   calls of a cascade are added to the slice of the same model, tier, team and tags (their
//   costs added, so Σ finalSlices.cost + semanticCacheCost + self-hosting fixed = C_final).

#include "planning/WhatIfEngine.h"

#include "planning/WhatIfContext.h"
#include "planning/WhatIfText.h"

#include <QCoreApplication>

#include <QHash>

#include <limits>

namespace tl::planning {

using namespace detail;

QString leverKey(Lever lever)
{
    switch (lever) {
    case Lever::Routing:
        return QStringLiteral("routing");
    case Lever::TokenOptimization:
        return QStringLiteral("token_optimization");
    case Lever::SemanticCache:
        return QStringLiteral("semantic_cache");
    case Lever::PromptCaching:
        return QStringLiteral("prompt_caching");
    case Lever::Batch:
        return QStringLiteral("batch");
    case Lever::SelfHosting:
        return QStringLiteral("self_hosting");
    }
    return QString();
}

namespace {

using pricing::ModelPrice;
using pricing::PriceCatalog;

struct Stage
{
    QList<Work> works;
    Money slicesCost; // Σ works' cost
    Money extras;     // semantic cache embedding bill + fixed cost, self-hosting instances
    Money cost() const { return slicesCost + extras; }
};

class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(tl::planning::WhatIfEngine)

public:
    Evaluation(const Baseline &baseline, const PriceCatalog &catalog, const Scenario &scenario,
               const QDate &date, const WhatIfText &text)
        : m_baseline(baseline), m_scenario(scenario), m_ctx(catalog, date), m_text(text)
    {
    }

    Result<WhatIfResult> run();

private:
    std::optional<Error> routing(const RoutingLever &lever);
    std::optional<Error> tokenOptimization(const TokenOptimizationLever &lever);
    std::optional<Error> semanticCache(const SemanticCacheLever &lever);
    std::optional<Error> promptCaching(const PromptCachingLever &lever);
    std::optional<Error> batch(const BatchLever &lever);
    std::optional<Error> selfHosting(const SelfHostingLever &lever);

    void record(Lever lever, bool active, Money before, QString explanation)
    {
        LeverResult r{lever, active, before, m_stage.cost(), std::move(explanation)};
        m_result.levers.append(std::move(r));
    }
    QString change(Money before, Money after) const
    {
        return tr("Monthly cost %1 → %2.").arg(usd(before), usd(after));
    }
    QString usd(Money m) const { return m_text.money(m); }
    QString pct(Share s) const { return m_text.percent(s); }
    QString tokens(Quantity q) const { return m_text.tokens(q); }

    const Baseline &m_baseline;
    const Scenario &m_scenario;
    Context m_ctx;
    const WhatIfText &m_text;
    QList<Work> m_baselineWorks;
    Stage m_stage;
    WhatIfResult m_result;
};

Result<WhatIfResult> Evaluation::run()
{
    auto base = baselineWorks(m_baseline, m_ctx);
    if (!base)
        return base.error();
    m_baselineWorks = std::move(base).value();
    m_stage.works = m_baselineWorks;
    for (const Work &w : std::as_const(m_stage.works))
        m_stage.slicesCost += w.cost;
    m_result.baselineCost = m_stage.cost();
    m_result.levers.reserve(6);

    const auto absent = [this](Lever lever) {
        record(lever, false, m_stage.cost(), tr("Not part of this scenario."));
    };
    std::optional<Error> e;
    if (m_scenario.routing)
        e = routing(*m_scenario.routing);
    else
        absent(Lever::Routing);
    if (!e && m_scenario.tokenOptimization)
        e = tokenOptimization(*m_scenario.tokenOptimization);
    else if (!e)
        absent(Lever::TokenOptimization);
    if (!e && m_scenario.semanticCache)
        e = semanticCache(*m_scenario.semanticCache);
    else if (!e)
        absent(Lever::SemanticCache);
    if (!e && m_scenario.promptCaching)
        e = promptCaching(*m_scenario.promptCaching);
    else if (!e)
        absent(Lever::PromptCaching);
    if (!e && m_scenario.batch)
        e = batch(*m_scenario.batch);
    else if (!e)
        absent(Lever::Batch);
    if (!e && m_scenario.selfHosting)
        e = selfHosting(*m_scenario.selfHosting);
    else if (!e)
        absent(Lever::SelfHosting);
    if (e)
        return *e;

    m_result.scenarioCost = m_stage.cost();
    m_result.baselineSlices.reserve(m_baseline.slices.size());
    for (qsizetype i = 0; i < m_baseline.slices.size(); ++i)
        m_result.baselineSlices.append({m_baseline.slices[i], m_baselineWorks[i].cost});
    // The escalated calls of a cascade are listed together with the other traffic of the same
    // model, tier, team and tags (costs added, so Σ finalSlices stays exact); empty slices go.
    m_result.finalSlices.reserve(m_stage.works.size());
    QHash<quint64, qsizetype> index;
    index.reserve(m_stage.works.size());
    for (const bool escalations : {false, true}) {
        for (const Work &w : std::as_const(m_stage.works)) {
            if (w.escalation != escalations || (w.q.isZero() && w.cost.isZero()))
                continue;
            const quint64 key = Context::key(w) & ~quint64(1);
            const auto it = index.constFind(key);
            if (!escalations || it == index.constEnd()) {
                if (it == index.constEnd())
                    index.insert(key, m_result.finalSlices.size());
                m_result.finalSlices.append({m_ctx.toSlice(w), w.cost});
                continue;
            }
            SliceCost &sc = m_result.finalSlices[it.value()];
            sc.slice.requests += w.q.r;
            sc.slice.uncached += w.q.u;
            sc.slice.cacheRead += w.q.cr;
            sc.slice.cacheWrite5m += w.q.w5;
            sc.slice.cacheWrite1h += w.q.w1;
            sc.slice.output += w.q.o;
            sc.cost += w.cost;
        }
    }
    return std::move(m_result);
}

// 1. Routing: every slice split by the tiers' shares; the rest stays on its own model.
std::optional<Error> Evaluation::routing(const RoutingLever &lever)
{
    const Money before = m_stage.cost();
    struct Target
    {
        Share share;
        int model = -1;
        Share cascadeShare;
        int cascadeModel = -1;
    };
    QList<Target> targets;
    targets.reserve(lever.tiers.size());
    std::int64_t sum = 0;
    QStringList shareTexts;
    for (qsizetype i = 0; i < lever.tiers.size(); ++i) {
        const RoutingTier &tier = lever.tiers[i];
        const QString where = QStringLiteral("routing tier '%1'").arg(tier.name.isEmpty() ? QString::number(i + 1) : tier.name);
        if (auto err = checkShare(tier.share, where + QStringLiteral(" share")))
            return err;
        Target t;
        t.share = tier.share;
        t.model = m_ctx.model(tier.target);
        if (t.model < 0)
            return noPrice(where, tier.target);
        if (tier.cascade) {
            if (auto err = checkShare(tier.cascade->share, where + QStringLiteral(" cascade share")))
                return err;
            t.cascadeShare = tier.cascade->share;
            t.cascadeModel = m_ctx.model(tier.cascade->target);
            if (t.cascadeModel < 0)
                return noPrice(where + QStringLiteral(" cascade"), tier.cascade->target);
        }
        sum += tier.share.ppm;
        shareTexts << tier.share.toString();
        targets.append(t);
    }
    if (sum > kPpm)
        return Error::of(QStringLiteral("routing shares add up to more than 1 (%1 = %2)")
                             .arg(shareTexts.join(QStringLiteral(" + ")), Share{sum}.toString()));

    const QList<Work> &in = m_stage.works;
    Builder out(in.size() * (targets.size() + 1));
    QList<Work> parts;
    parts.reserve(in.size() * targets.size() * 2);
    for (const Work &w : in) {
        Work rest = w;
        for (const Target &t : std::as_const(targets)) {
            if (t.share.ppm == 0)
                continue;
            Work part = w;
            part.q = w.q.times(t.share);
            part.model = t.model;
            rest.q = rest.q - part.q;
            if (t.cascadeModel >= 0 && t.cascadeShare.ppm > 0) {
                Work esc = part;
                esc.q = part.q.times(t.cascadeShare);
                esc.model = t.cascadeModel;
                esc.escalation = true;
                parts.append(esc);
            }
            parts.append(std::move(part));
        }
        out.keep(rest);
    }
    for (const Work &p : std::as_const(parts))
        out.merge(p);
    m_stage.works = out.take();
    m_stage.slicesCost = priceAll(m_stage.works, m_ctx);

    QStringList moved;
    for (qsizetype i = 0; i < lever.tiers.size(); ++i) {
        const RoutingTier &tier = lever.tiers[i];
        QString text = (moved.isEmpty() ? tr("%1 of traffic moved to %2") : tr("%1 to %2"))
                           .arg(pct(tier.share), tier.target.model);
        if (tier.cascade && tier.cascade->share.ppm > 0)
            text += tr(" (%1 of it escalating to %2 as well)")
                        .arg(pct(tier.cascade->share), tier.cascade->target.model);
        moved << text;
    }
    const QString explanation =
        (moved.isEmpty() ? tr("No routing tiers") : moved.join(QStringLiteral(", ")))
        + tr("; %1 stays on its own model. ").arg(pct(Share{kPpm - sum}))
        + change(before, m_stage.cost());
    record(Lever::Routing, true, before, explanation);
    return std::nullopt;
}

// 2. Token optimisation: input kinds × (1 − input_reduction), output × (1 − output_reduction).
std::optional<Error> Evaluation::tokenOptimization(const TokenOptimizationLever &lever)
{
    if (auto err = checkShare(lever.inputReduction, QStringLiteral("token_optimization.input_reduction")))
        return err;
    if (auto err = checkShare(lever.outputReduction, QStringLiteral("token_optimization.output_reduction")))
        return err;
    const Money before = m_stage.cost();
    const Share in = lever.inputReduction.complement();
    const Share out = lever.outputReduction.complement();
    if (lever.inputReduction.ppm != 0 || lever.outputReduction.ppm != 0) {
        for (Work &w : m_stage.works) {
            w.q.u = in.of(w.q.u);
            w.q.cr = in.of(w.q.cr);
            w.q.w5 = in.of(w.q.w5);
            w.q.w1 = in.of(w.q.w1);
            w.q.o = out.of(w.q.o);
        }
        m_stage.slicesCost = priceAll(m_stage.works, m_ctx);
    }
    record(Lever::TokenOptimization, true, before,
           tr("%1, %2, requests unchanged. ", "input tokens of every kind −10 %, output tokens unchanged")
                   .arg(lever.inputReduction.ppm == 0 ? tr("Input tokens unchanged")
                                                      : tr("Input tokens of every kind −%1").arg(pct(lever.inputReduction)),
                        lever.outputReduction.ppm == 0 ? tr("output tokens unchanged")
                                                       : tr("output tokens −%1").arg(pct(lever.outputReduction)))
               + change(before, m_stage.cost()));
    return std::nullopt;
}

// 3. Semantic cache: all quantities × (1 − h); every request's input embedded; fixed cost.
std::optional<Error> Evaluation::semanticCache(const SemanticCacheLever &lever)
{
    if (auto err = checkShare(lever.hitRate, QStringLiteral("semantic_cache.hit_rate")))
        return err;
    if (lever.fixedMonthlyCost.isNegative())
        return Error::of(QStringLiteral("semantic_cache.fixed_monthly_cost must not be negative"));
    const int embedding = m_ctx.model(lever.embeddingModel);
    if (embedding < 0)
        return noPrice(QStringLiteral("semantic cache embedding model"), lever.embeddingModel);
    const Money before = m_stage.cost();
    if (lever.hitRate.ppm == 0) {
        record(Lever::SemanticCache, true, before,
               tr("A hit rate of 0 % is the neutral position: no cache, no embedding bill, "
                              "no fixed cost."));
        return std::nullopt;
    }
    Quantity embedded;
    const Share keep = lever.hitRate.complement();
    for (Work &w : m_stage.works) {
        if (!w.escalation)
            embedded += w.q.input();
        w.q = w.q.times(keep);
    }
    const Money slicesBefore = m_stage.slicesCost;
    m_stage.slicesCost = priceAll(m_stage.works, m_ctx);
    const Money embeddingCost =
        embedded.costAt(m_ctx.modelEntry(embedding).rates[static_cast<int>(TierKind::Standard)].input);
    const Money added = embeddingCost + lever.fixedMonthlyCost;
    m_stage.extras += added;
    m_result.semanticCacheCost += added;
    record(Lever::SemanticCache, true, before,
           tr("%1 of requests answered from the cache saves %2; embedding every request "
                          "(%3 input tokens with %4) costs %5, plus %6 fixed a month. ")
                   .arg(pct(lever.hitRate), usd(slicesBefore - m_stage.slicesCost), tokens(embedded),
                        lever.embeddingModel.model, usd(embeddingCost), usd(lever.fixedMonthlyCost))
               + change(before, m_stage.cost()));
    return std::nullopt;
}

// 4. Provider prompt caching, for slices whose model has a cache-read price.
std::optional<Error> Evaluation::promptCaching(const PromptCachingLever &lever)
{
    if (auto err = checkShare(lever.cacheableShare, QStringLiteral("prompt_caching.cacheable_share")))
        return err;
    if (auto err = checkShare(lever.hitRate, QStringLiteral("prompt_caching.hit_rate")))
        return err;
    const Money before = m_stage.cost();
    const PromptCachingLever neutral = neutralPromptCachingOf(m_baselineWorks, m_ctx);
    if (lever.cacheableShare == neutral.cacheableShare && lever.hitRate == neutral.hitRate) {
        record(Lever::PromptCaching, true, before,
               tr("Cacheable share %1 and prefix hit rate %2 are what your data already "
                              "shows: every slice keeps its own cache use.")
                   .arg(pct(lever.cacheableShare), pct(lever.hitRate)));
        return std::nullopt;
    }
    const std::int64_t pr = lever.cacheableShare.ppm * lever.hitRate.ppm; // ≤ 1e12
    int touched = 0;
    for (Work &w : m_stage.works) {
        if (!m_ctx.modelEntry(w.model).hasCacheRead)
            continue;
        const Quantity total = w.q.input();
        const Quantity cacheable = lever.cacheableShare.of(total);
        w.q.cr = total.mulDiv(pr, kPpm * kPpm);
        w.q.w5 = cacheable - w.q.cr;
        w.q.w1 = Quantity();
        w.q.u = total - cacheable;
        const Money cost = m_ctx.price(w);
        m_stage.slicesCost += cost - w.cost;
        w.cost = cost;
        ++touched;
    }
    record(Lever::PromptCaching, true, before,
           tr("%1, %2 of input is a cacheable prefix read from cache %3 of the time (the rest written "
              "with a 5-minute TTL). ",
              "%1: On 3 slices of models with cache prices")
                   .arg(touched == 1 ? tr("On one slice of models with cache prices")
                                     : tr("On %1 slices of models with cache prices").arg(m_text.locale.toString(touched)),
                        pct(lever.cacheableShare), pct(lever.hitRate))
               + change(before, m_stage.cost()));
    return std::nullopt;
}

// 5. Batch: each (provider, model) group's batch share of requests set to b.
std::optional<Error> Evaluation::batch(const BatchLever &lever)
{
    if (auto err = checkShare(lever.share, QStringLiteral("batch.share")))
        return err;
    const Money before = m_stage.cost();
    const Share neutral = neutralBatchShare(m_baseline);
    if (lever.share == neutral) {
        record(Lever::Batch, true, before,
               tr("A batch share of %1 is what your data already has: every model keeps its "
                              "own batch share.")
                   .arg(pct(lever.share)));
        return std::nullopt;
    }

    const qsizetype models = m_ctx.modelCount();
    QList<Int128> all(models, 0), batched(models, 0);
    for (const Work &w : std::as_const(m_stage.works)) {
        all[w.model] += w.q.r.micros();
        if (m_ctx.tierKind(w.tier) == TierKind::Batch)
            batched[w.model] += w.q.r.micros();
    }
    // Per group: +fraction of non-batch traffic to batch, or −fraction of batch back.
    QList<std::int64_t> move(models, 0);
    for (qsizetype m = 0; m < models; ++m) {
        const Int128 target = all[m] * lever.share.ppm; // b·R, in ppm
        const Int128 current = batched[m] * kPpm;       // B, in ppm
        if (all[m] <= 0 || target == current)
            continue;
        if (target > current)
            move[m] = fraction(target - current, (all[m] - batched[m]) * kPpm);
        else
            move[m] = -fraction(current - target, current);
    }

    const int batchTier = m_ctx.tier(QStringLiteral("batch"));
    const int standardTier = m_ctx.tier(QStringLiteral("standard"));
    const QList<Work> &in = m_stage.works;
    Builder out(in.size() * 2);
    QList<Work> moved;
    moved.reserve(in.size());
    for (const Work &w : in) {
        const std::int64_t f = move[w.model];
        const bool isBatch = m_ctx.tierKind(w.tier) == TierKind::Batch;
        if (f == 0 || (f > 0) == isBatch) {
            out.keep(w);
            continue;
        }
        Work part = w;
        part.q = w.q.timesFraction(f > 0 ? f : -f);
        part.tier = f > 0 ? batchTier : standardTier;
        Work rest = w;
        rest.q = w.q - part.q;
        out.keep(rest);
        moved.append(part);
    }
    for (const Work &p : std::as_const(moved))
        out.merge(p);
    m_stage.works = out.take();
    m_stage.slicesCost = priceAll(m_stage.works, m_ctx);
    record(Lever::Batch, true, before,
           tr("%1 of each model's requests billed at batch prices (the catalog's, else half "
                          "the input and output price); your data has %2 of requests in batch. ")
                   .arg(pct(lever.share), pct(neutral))
               + change(before, m_stage.cost()));
    return std::nullopt;
}

// 6. Self-hosting: the chosen models' remaining traffic leaves the API for instances.
std::optional<Error> Evaluation::selfHosting(const SelfHostingLever &lever)
{
    if (auto err = checkShare(lever.utilization, QStringLiteral("self_hosting.utilization")))
        return err;
    if (lever.hoursPerMonth < 0 || lever.hoursPerMonth > 744)
        return Error::of(QStringLiteral("self_hosting.hours_per_month must be between 0 and 744 (it is %1)")
                             .arg(lever.hoursPerMonth));
    if (lever.instanceHourlyCost.isNegative())
        return Error::of(QStringLiteral("self_hosting.instance_hourly_cost must not be negative"));
    if (lever.throughputTokensPerSecond < Quantity())
        return Error::of(QStringLiteral("self_hosting.throughput_tokens_per_second must not be negative"));
    QList<const ModelPrice *> chosen;
    QStringList names;
    for (const ModelRef &m : lever.models) {
        const int index = m_ctx.model(m);
        if (index < 0)
            return noPrice(QStringLiteral("self-hosting"), m);
        chosen.append(m_ctx.modelEntry(index).price);
        names << m.model;
    }
    const Money before = m_stage.cost();

    SelfHostingResult sh;
    QList<Work> remaining;
    remaining.reserve(m_stage.works.size());
    for (const Work &w : std::as_const(m_stage.works)) {
        if (chosen.contains(m_ctx.modelEntry(w.model).price)) {
            sh.tokensPerMonth += w.q.total();
            sh.apiCostOfMovedTraffic += w.cost;
        } else {
            remaining.append(w);
        }
    }
    sh.capacityPerInstance =
        lever.throughputTokensPerSecond.mulDiv(3600 * lever.hoursPerMonth * lever.utilization.ppm, kPpm);
    const Int128 n = sh.tokensPerMonth.micros();
    const Int128 capacity = sh.capacityPerInstance.micros();
    if (n > 0 && capacity <= 0)
        return Error::of(QStringLiteral("self-hosting capacity is zero (throughput %1 tokens/s × %2 h × "
                                        "utilization %3) but %4 tokens a month would move")
                             .arg(lever.throughputTokensPerSecond.toString(2))
                             .arg(lever.hoursPerMonth)
                             .arg(lever.utilization.toString(), tokens(sh.tokensPerMonth)));
    const Int128 instances = n > 0 ? (n + capacity - 1) / capacity : 0;
    const Int128 fixed = Int128(lever.instanceHourlyCost.nanos()) * lever.hoursPerMonth * instances;
    if (fixed > std::numeric_limits<std::int64_t>::max())
        return Error::of(QStringLiteral("self-hosting needs more instances than can be costed"));
    sh.instances = static_cast<std::int64_t>(instances);
    sh.fixedMonthlyCost = Money::fromNanos(static_cast<std::int64_t>(fixed));
    const Money oneInstance = Money::fromNanos(lever.instanceHourlyCost.nanos() * lever.hoursPerMonth);
    if (sh.apiCostOfMovedTraffic > Money()) {
        // hourly × hours × N / API cost, in micro-tokens.
        sh.breakEvenTokensPerMonth = Quantity::fromMicros(
            roundedDivide(Int128(oneInstance.nanos()) * n, sh.apiCostOfMovedTraffic.nanos()));
    }

    m_stage.works = std::move(remaining);
    m_stage.slicesCost -= sh.apiCostOfMovedTraffic;
    m_stage.extras += sh.fixedMonthlyCost;

    QString explanation;
    if (n == 0) {
        explanation = names.isEmpty()
                          ? tr("No model chosen for self-hosting.")
                          : tr("No traffic left on %1 to self-host.").arg(names.join(QStringLiteral(", ")));
    } else {
        explanation =
            (sh.instances == 1
                 ? tr("%1 tokens a month on %2 move to one instance at %3 a month instead of %4 at API prices; "
                      "it serves %5 tokens a month")
                       .arg(tokens(sh.tokensPerMonth), names.join(QStringLiteral(", ")), usd(sh.fixedMonthlyCost),
                            usd(sh.apiCostOfMovedTraffic), tokens(sh.capacityPerInstance))
                 : tr("%1 tokens a month on %2 move to %3 instances at %4 a month each (%5 in all) "
                      "instead of %6 at API prices; one instance serves %7 tokens a month")
                       .arg(tokens(sh.tokensPerMonth), names.join(QStringLiteral(", ")),
                            m_text.locale.toString(qlonglong(sh.instances)), usd(oneInstance),
                            usd(sh.fixedMonthlyCost), usd(sh.apiCostOfMovedTraffic), tokens(sh.capacityPerInstance)));
        if (sh.breakEvenTokensPerMonth)
            explanation += tr("; break-even at %1 tokens a month")
                               .arg(tokens(*sh.breakEvenTokensPerMonth));
        explanation += QStringLiteral(". ") + change(before, m_stage.cost());
    }
    m_result.selfHosting = sh;
    record(Lever::SelfHosting, true, before, explanation);
    return std::nullopt;
}

} // namespace

Result<WhatIfResult> evaluateScenario(const Baseline &baseline, const pricing::PriceCatalog &catalog,
                                      const Scenario &scenario, const QDate &pricingDate, const WhatIfText &text)
{
    Evaluation evaluation(baseline, catalog, scenario, pricingDate, text);
    return evaluation.run();
}

PromptCachingLever neutralPromptCaching(const Baseline &baseline, const pricing::PriceCatalog &catalog,
                                        const QDate &pricingDate)
{
    Context ctx(catalog, pricingDate);
    QList<Work> works;
    works.reserve(baseline.slices.size());
    for (const Slice &s : baseline.slices) {
        Work w;
        w.model = ctx.model(s.model);
        if (w.model < 0)
            continue;
        w.q = quantitiesOf(s);
        works.append(w);
    }
    return neutralPromptCachingOf(works, ctx);
}

Share neutralBatchShare(const Baseline &baseline)
{
    Int128 all = 0, batched = 0;
    for (const Slice &s : baseline.slices) {
        all += s.requests.micros();
        if (tierKindOf(s.serviceTier) == TierKind::Batch)
            batched += s.requests.micros();
    }
    if (all <= 0)
        return Share::zero();
    return Share{roundedDivide(batched * kPpm, static_cast<std::int64_t>(all))};
}

Money sliceCost(const Slice &slice, const pricing::PriceSet &prices)
{
    return costOf(quantitiesOf(slice), ratesFor(prices, tierKindOf(slice.serviceTier)));
}

} // namespace tl::planning
