#include "savings/SavingsFinder.h"

#include "planning/WhatIfEngine.h"
#include "store/Database.h"
#include "store/SqliteWorkloadReader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tl::savings {

namespace {

struct SavingsFinderTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::savings::SavingsFinder)
};

QString pct(double share)
{
    // In the reader's number format ("100,0 %" in German), never grouped.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return SavingsFinderTr::tr("%1 %").arg(locale.toString(share * 100.0, 'f', 1));
}

QString num(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

QString usd(Money m)
{
    return SavingsFinderTr::tr("%1 USD").arg(m.toRoundedString(2));
}

QString modelName(const planning::ModelRef &m)
{
    return QStringLiteral("%1/%2").arg(m.provider, m.model);
}

// The vendor behind a model id: the provider itself, or for a cloud that resells several
// vendors (Bedrock: "us.anthropic.claude-…", "meta.llama3-…") the id's vendor part.
QString vendorOf(const QString &provider, const QString &model)
{
    QString id = model.toLower();
    for (const char *region : {"us.", "eu.", "apac.", "global.", "us-gov."})
        if (id.startsWith(QLatin1String(region))) {
            id = id.mid(static_cast<qsizetype>(qstrlen(region)));
            break;
        }
    if (provider.compare(u"bedrock", Qt::CaseInsensitive) == 0 && id.contains(u'.'))
        return id.section(u'.', 0, 0);
    return provider.toLower();
}

// Models that are not fit to take over simple chat work, or whose hidden reasoning tokens make
// their output price misleading.
bool isSpecialPurpose(const pricing::ModelPrice &p)
{
    const QString id = p.model.toLower();
    const QString family = p.family.toLower();
    for (const char *word : {"embed", "tts", "whisper", "image", "dall-e", "audio", "realtime", "moderation",
                             "transcribe", "search"})
        if (id.contains(QLatin1String(word)) || family.contains(QLatin1String(word)))
            return true;
    for (const char *reasoning : {"o1", "o3", "o4", "gpt-5"})
        if (id.startsWith(QLatin1String(reasoning)) || family.startsWith(QLatin1String(reasoning)))
            return true;
    return false;
}

bool offersBatch(const pricing::ModelPrice &p)
{
    if (p.prices.batchInput || p.prices.batchOutput)
        return true;
    static const char *const kProviders[] = {"openai", "anthropic", "azure", "google", "gemini", "vertex_ai",
                                             "bedrock", "mistral"};
    for (const char *provider : kProviders)
        if (p.provider.compare(QLatin1String(provider), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Output's share of the workload's cost at the catalog's standard prices (for the rule only;
// savings always come from the what-if engine).
double outputCostShare(const WorkloadProfile &w, const pricing::PriceSet &p)
{
    const double in = p.input.toDouble();
    const double cost = double(w.uncached) * in + double(w.cacheRead) * p.cacheRead.value_or(p.input).toDouble()
                        + double(w.cacheWrite5m) * p.cacheWrite5m.value_or(p.input).toDouble()
                        + double(w.cacheWrite1h) * p.cacheWrite1h.value_or(p.input).toDouble()
                        + double(w.output) * p.output.toDouble();
    return cost > 0 ? double(w.output) * p.output.toDouble() / cost : 0.0;
}

planning::Share shareOf(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0 || part <= 0)
        return planning::Share::zero();
    if (part >= whole)
        return planning::Share::one();
    return planning::Share{static_cast<std::int64_t>(Int128(part) * 1'000'000 / whole)};
}

// "UTC", or "UTC+01:00" / "UTC−05:00" for a time zone that offset from it.
QString zoneName(int utcOffsetSeconds)
{
    if (utcOffsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(utcOffsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(utcOffsetSeconds > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dataAssumption(const WorkloadProfile &w)
{
    if (w.perRequest())
        return SavingsFinderTr::tr("Shape figures come from %1 single-request records.").arg(w.records);
    return SavingsFinderTr::tr("The data holds %1 aggregated records (such as hourly buckets), not single "
                               "requests: output per request is each record's average, so the spread "
                               "within a record is not seen.")
        .arg(w.records);
}

// Workloads that moved from one model to another within the period, as the index of the new
// model's profile → the index of the one it left: the same group, the old model's traffic
// began earlier and ended earlier, at most a week after the new model's began (a migration
// may overlap). When several models were left, the one used last counts.
QHash<int, int> modelMoves(const QList<WorkloadProfile> &profiles)
{
    constexpr std::int64_t kOverlapDays = 7;
    QHash<int, int> moves;
    for (int n = 0; n < profiles.size(); ++n) {
        const WorkloadProfile &to = profiles[n];
        for (int o = 0; o < profiles.size(); ++o) {
            const WorkloadProfile &from = profiles[o];
            if (o == n || from.key.group != to.key.group || from.key.dimension != to.key.dimension
                || from.requests <= 0 || to.requests <= 0 || from.firstDay >= to.firstDay
                || from.lastDay >= to.lastDay || from.lastDay > to.firstDay + kOverlapDays)
                continue;
            const auto it = moves.constFind(n);
            if (it == moves.constEnd() || profiles[*it].lastDay < from.lastDay)
                moves.insert(n, o);
        }
    }
    return moves;
}

class Finder
{
public:
    Finder(const pricing::PriceCatalog &catalog, const BaselineSource &baselines, const SavingsOptions &options)
        : m_catalog(catalog), m_baselines(baselines), m_options(options), m_rules(options.rules)
    {
    }

    Result<SavingsReport> run(const QList<WorkloadProfile> &profiles);

private:
    Result<planning::WhatIfResult> evaluate(const planning::Scenario &s)
    {
        return planning::evaluateScenario(m_baseline, m_catalog, s, m_options.pricingDate);
    }
    planning::Scenario scenarioFor(const WorkloadProfile &w, const QString &name) const
    {
        planning::Scenario s;
        s.name = name;
        s.baseline.from = m_options.from;
        s.baseline.to = m_options.to;
        s.baseline.filters = workloadFilters(w.key, m_options.filters);
        return s;
    }
    // Prices the opportunity's scenario; false when it saves too little to report.
    Result<bool> price(Opportunity &o);

    std::optional<Opportunity> routing(const WorkloadProfile &w, const pricing::ModelPrice &p);
    std::optional<Opportunity> outputControl(const WorkloadProfile &w, const pricing::ModelPrice &p);
    std::optional<Opportunity> batch(const WorkloadProfile &w, const pricing::ModelPrice &p);
    std::optional<Opportunity> semanticCache(const WorkloadProfile &w);
    std::optional<Opportunity> promptCaching(const WorkloadProfile &w, const pricing::ModelPrice &p);
    std::optional<Opportunity> selfHosting(const WorkloadProfile &w);
    Status realised(const WorkloadProfile &w, const pricing::ModelPrice &p, const WorkloadProfile *left,
                    SavingsReport &report);

    const pricing::PriceCatalog &m_catalog;
    const BaselineSource &m_baselines;
    const SavingsOptions &m_options;
    const SavingsRules &m_rules;
    planning::Baseline m_baseline; // of the workload in hand
};

Result<bool> Finder::price(Opportunity &o)
{
    auto r = evaluate(o.scenario);
    if (!r)
        return r.error();
    o.monthlyCost = r->baselineCost;
    o.monthlySaving = r->totalSavings();
    return o.monthlySaving >= m_rules.minimumMonthlySaving && o.monthlySaving > Money();
}

std::optional<Opportunity> Finder::routing(const WorkloadProfile &w, const pricing::ModelPrice &p)
{
    if (p.prices.output < m_rules.premiumOutputPrice || w.requests <= 0 || w.output <= 0)
        return std::nullopt;
    const double outPerRequest = w.outputPerRequest();
    const double ratio = w.input() > 0 ? double(w.output) / double(w.input()) : 1.0;
    const double variation = w.outputVariation();
    const std::int64_t shortRequests = w.requestsWithOutputAtMost(m_rules.shortOutputLimit);
    const double shortShare = double(shortRequests) / double(w.requests);
    if (outPerRequest > m_rules.simpleMaxOutputPerRequest || ratio > m_rules.simpleMaxOutputInputRatio
        || variation > m_rules.simpleMaxOutputVariation || shortShare < m_rules.minShortShare)
        return std::nullopt;
    const auto target = cheaperModelFor(m_catalog, w.key.model, m_options.pricingDate, w.inputPerRequest(),
                                        outPerRequest, m_rules.targetPriceDivisor);
    if (!target)
        return std::nullopt;

    Opportunity o;
    o.strategy = Strategy::Routing;
    o.workload = w.key;
    const planning::Share share = shareOf(shortRequests, w.requests);
    o.action = SavingsFinderTr::tr("Route %1 of the requests to %2").arg(pct(share.ppm / 1e6), modelName(*target));
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: route %1 to %2").arg(w.key.group, target->model));
    planning::RoutingTier tier;
    tier.name = QStringLiteral("simple");
    tier.share = share;
    tier.target = *target;
    o.scenario.routing = planning::RoutingLever{{tier}};
    o.confidence = w.perRequest() ? Confidence::Medium : Confidence::Low;
    o.evidence = {
        {SavingsFinderTr::tr("Model output price"), SavingsFinderTr::tr("%1 per million tokens").arg(usd(p.prices.output))},
        {SavingsFinderTr::tr("Output tokens per request"), num(outPerRequest, 1)},
        {SavingsFinderTr::tr("Output ÷ input"), num(ratio, 3)},
        {SavingsFinderTr::tr("Variation of output length"), num(variation, 2)},
        {SavingsFinderTr::tr("Requests with at most %1 output tokens").arg(m_rules.shortOutputLimit), pct(shortShare)},
    };
    o.assumptions = {
        SavingsFinderTr::tr("Short, regular outputs suggest classification or extraction, which %1 handles as "
                            "well; check its quality on a sample before switching.")
            .arg(target->model),
        SavingsFinderTr::tr("The requests with at most %1 output tokens move; the rest stays.")
            .arg(m_rules.shortOutputLimit),
        dataAssumption(w),
    };
    return o;
}

std::optional<Opportunity> Finder::outputControl(const WorkloadProfile &w, const pricing::ModelPrice &p)
{
    if (w.output <= 0)
        return std::nullopt;
    const double share = outputCostShare(w, p.prices);
    const std::int64_t cap = w.outputPercentile(m_rules.capPermille);
    const std::int64_t removed = w.outputAbove(cap);
    const double removedShare = double(removed) / double(w.output);
    if (share < m_rules.minOutputCostShare || removedShare < m_rules.minOutputRemoved)
        return std::nullopt;
    Opportunity o;
    o.strategy = Strategy::OutputControl;
    o.workload = w.key;
    const QString percentile = num(m_rules.capPermille / 10.0, m_rules.capPermille % 10 ? 1 : 0);
    o.action = SavingsFinderTr::tr("Cap output at %1 tokens (the %2th percentile)").arg(cap).arg(percentile);
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: cap output of %1").arg(w.key.group));
    o.scenario.tokenOptimization = planning::TokenOptimizationLever{planning::Share::zero(), shareOf(removed, w.output)};
    o.confidence = w.perRequest() ? Confidence::High : Confidence::Low;
    o.evidence = {
        {SavingsFinderTr::tr("Output share of cost"), pct(share)},
        {SavingsFinderTr::tr("Median output tokens per request"), num(double(w.outputPercentile(500)))},
        {SavingsFinderTr::tr("%1th percentile").arg(percentile), num(double(cap))},
        {SavingsFinderTr::tr("99th percentile"), num(double(w.outputPercentile(990)))},
        {SavingsFinderTr::tr("Output tokens above the cap"), pct(removedShare)},
    };
    o.assumptions = {
        SavingsFinderTr::tr("Responses longer than the cap are cut to it (max_tokens) or shortened by "
                            "instruction without losing what the user needs."),
        dataAssumption(w),
    };
    return o;
}

std::optional<Opportunity> Finder::batch(const WorkloadProfile &w, const pricing::ModelPrice &p)
{
    if (w.requests <= 0 || w.batchShare() >= m_rules.maxBatchShareAlready || !offersBatch(p))
        return std::nullopt;
    // The stored hours are UTC; the night is the analyst's (whole hours of the offset).
    const int shift = static_cast<int>(std::lround(m_options.utcOffsetSeconds / 3600.0));
    const auto utcHour = [shift](int local) { return ((local - shift) % 24 + 24) % 24; };
    const double night = w.hoursShare(utcHour(m_rules.nightFirstHour), utcHour(m_rules.nightLastHour));
    const double busiest = w.busiestHoursShare(4);
    const bool timed = night >= m_rules.minNightShare || busiest >= m_rules.minBusiest4HoursShare;
    QString word;
    for (const QString &candidate : m_rules.batchTagWords)
        if (w.key.group.contains(candidate, Qt::CaseInsensitive)) {
            word = candidate;
            break;
        }
    if (!timed && word.isEmpty())
        return std::nullopt;
    Opportunity o;
    o.strategy = Strategy::Batch;
    o.workload = w.key;
    o.action = SavingsFinderTr::tr("Send the requests through the batch API");
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: batch %1").arg(w.key.group));
    o.scenario.batch = planning::BatchLever{planning::Share::one()};
    o.confidence = timed && !word.isEmpty() ? Confidence::High : timed ? Confidence::Medium : Confidence::Low;
    o.evidence = {
        {SavingsFinderTr::tr("Requests %1:00–%2:59 %3").arg(m_rules.nightFirstHour, 2, 10, QLatin1Char('0'))
             .arg(m_rules.nightLastHour, 2, 10, QLatin1Char('0'))
             .arg(zoneName(m_options.utcOffsetSeconds)),
         pct(night)},
        {SavingsFinderTr::tr("Requests in the busiest 4 hours of the day"), pct(busiest)},
        {SavingsFinderTr::tr("Already on the batch tier"), pct(w.batchShare())},
    };
    if (!word.isEmpty())
        o.evidence << Evidence{SavingsFinderTr::tr("Batch-like name"), word};
    o.assumptions = {
        SavingsFinderTr::tr("Nobody waits for these answers: results within 24 hours are good enough."),
        p.prices.batchInput || p.prices.batchOutput
            ? SavingsFinderTr::tr("Batch prices from the catalog.")
            : SavingsFinderTr::tr("The provider offers a batch API at half the input and output prices."),
    };
    return o;
}

std::optional<Opportunity> Finder::semanticCache(const WorkloadProfile &w)
{
    const std::int64_t repeats = w.uncachedRepeats();
    if (w.requests <= 0 || w.keyedRequests < m_rules.minKeyedRequests
        || double(repeats) < m_rules.minRepeatShare * double(w.requests)
        || !m_catalog.find(m_rules.embeddingModel.provider, m_rules.embeddingModel.model, m_options.pricingDate))
        return std::nullopt;
    Opportunity o;
    o.strategy = Strategy::SemanticCache;
    o.workload = w.key;
    const planning::Share hitRate = shareOf(repeats, w.requests);
    o.action = SavingsFinderTr::tr("Answer repeated requests from a cache (%1 of the requests)").arg(pct(hitRate.ppm / 1e6));
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: semantic cache for %1").arg(w.key.group));
    o.scenario.semanticCache =
        planning::SemanticCacheLever{hitRate, m_rules.embeddingModel, m_rules.semanticCacheFixedMonthly};
    const double keyedShare = double(w.keyedRequests) / double(w.requests);
    o.confidence = keyedShare >= 0.9 ? Confidence::High : Confidence::Medium;
    o.evidence = {
        {SavingsFinderTr::tr("Requests with a prompt key"), pct(keyedShare)},
        {SavingsFinderTr::tr("Different prompt keys"), num(double(w.distinctKeys))},
        {SavingsFinderTr::tr("Repeats not answered from a cache"), pct(double(repeats) / double(w.requests))},
        {SavingsFinderTr::tr("Already answered from the gateway's cache"),
         pct(double(w.gatewayCacheHits) / double(w.requests))},
    };
    o.assumptions = {
        SavingsFinderTr::tr("Counted are exact repeats (the same prompt key) after a key's first request; a "
                            "semantic cache also answers near-repeats, so the true share is at least this."),
        SavingsFinderTr::tr("Cached answers stay valid for the whole period; every request is embedded with %1.")
            .arg(modelName(m_rules.embeddingModel)),
        SavingsFinderTr::tr("The cache's own running cost is %1 a month; set yours in the What-if planner.")
            .arg(usd(m_rules.semanticCacheFixedMonthly)),
    };
    return o;
}

std::optional<Opportunity> Finder::promptCaching(const WorkloadProfile &w, const pricing::ModelPrice &p)
{
    if (!p.prices.cacheRead || w.requests <= 0 || w.inputPerRequest() < m_rules.minInputPerRequest
        || w.cacheReadShare() >= m_rules.maxCacheReadShare)
        return std::nullopt;
    Opportunity o;
    o.strategy = Strategy::PromptCaching;
    o.workload = w.key;
    o.action = SavingsFinderTr::tr("Cache the shared prompt prefix");
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: prompt caching for %1").arg(w.key.group));
    o.scenario.promptCaching = planning::PromptCachingLever{m_rules.assumedCacheableShare, m_rules.assumedHitRate};
    o.confidence = Confidence::Medium;
    o.evidence = {
        {SavingsFinderTr::tr("Input tokens per request"), num(w.inputPerRequest())},
        {SavingsFinderTr::tr("Input read from the cache"), pct(w.cacheReadShare())},
        {SavingsFinderTr::tr("Cache read price"), SavingsFinderTr::tr("%1 per million tokens").arg(usd(*p.prices.cacheRead))},
    };
    o.assumptions = {
        SavingsFinderTr::tr("%1 of the input is a prefix shared by many requests (system prompt, documents, "
                            "examples).")
            .arg(pct(m_rules.assumedCacheableShare.ppm / 1e6)),
        SavingsFinderTr::tr("%1 of prefix reads hit the cache; the others write it.")
            .arg(pct(m_rules.assumedHitRate.ppm / 1e6)),
    };
    return o;
}

std::optional<Opportunity> Finder::selfHosting(const WorkloadProfile &w)
{
    if (!planning::hasPublishedWeights(w.key.model) || w.requests <= 0)
        return std::nullopt;
    Opportunity o;
    o.strategy = Strategy::SelfHosting;
    o.workload = w.key;
    o.action = SavingsFinderTr::tr("Run %1 on your own instances").arg(w.key.model.model);
    o.scenario = scenarioFor(w, SavingsFinderTr::tr("Savings: self-host %1").arg(w.key.group));
    o.scenario.selfHosting = planning::SelfHostingLever{{w.key.model}, m_rules.instanceHourlyCost, m_rules.hoursPerMonth,
                                                        m_rules.throughputTokensPerSecond, m_rules.utilization};
    o.confidence = Confidence::Low;
    o.assumptions = {
        SavingsFinderTr::tr("An instance at %1 an hour, %2 hours a month, serving %3 tokens a second at %4 "
                            "utilisation (the planner's defaults).")
            .arg(usd(m_rules.instanceHourlyCost))
            .arg(m_rules.hoursPerMonth)
            .arg(m_rules.throughputTokensPerSecond.toString())
            .arg(pct(m_rules.utilization.ppm / 1e6)),
        SavingsFinderTr::tr("Operating staff and engineering time are not included."),
    };
    return o;
}

Status Finder::realised(const WorkloadProfile &w, const pricing::ModelPrice &p, const WorkloadProfile *left,
                       SavingsReport &report)
{
    planning::Scenario both = scenarioFor(w, SavingsFinderTr::tr("Without the levers in use: %1 on %2")
                                                 .arg(w.key.group, w.key.model.model));
    auto add = [&](Strategy strategy, planning::Scenario counter) -> Status {
        auto r = evaluate(counter);
        if (!r)
            return r.error();
        const Money saved = Money() - r->totalSavings();
        if (saved > Money()) {
            RealisedSaving rs{w.key, strategy, saved, counter, std::nullopt, QDate()};
            if (strategy == Strategy::Routing && left) {
                rs.previousModel = left->key.model;
                rs.since = QDate(1970, 1, 1).addDays(w.firstDay);
            }
            report.realised << rs;
        }
        return {};
    };
    int levers = 0;
    if (left && m_catalog.find(left->key.model.provider, left->key.model.model, m_options.pricingDate)) {
        planning::Scenario counter = scenarioFor(w, SavingsFinderTr::tr("Without the move from %1: %2 on %3")
                                                        .arg(left->key.model.model, w.key.group, w.key.model.model));
        planning::RoutingTier tier;
        tier.name = QStringLiteral("before");
        tier.share = planning::Share::one();
        tier.target = left->key.model;
        counter.routing = planning::RoutingLever{{tier}};
        both.routing = counter.routing;
        ++levers;
        if (Status s = add(Strategy::Routing, counter); !s)
            return s;
    }
    if (w.batchRequests > 0) {
        planning::Scenario counter = scenarioFor(w, SavingsFinderTr::tr("Without batch: %1 on %2")
                                                        .arg(w.key.group, w.key.model.model));
        counter.batch = planning::BatchLever{planning::Share::zero()};
        both.batch = counter.batch;
        ++levers;
        if (Status s = add(Strategy::Batch, counter); !s)
            return s;
    }
    if (p.prices.cacheRead && w.cacheRead + w.cacheWrite5m + w.cacheWrite1h > 0) {
        planning::Scenario counter = scenarioFor(w, SavingsFinderTr::tr("Without prompt caching: %1 on %2")
                                                        .arg(w.key.group, w.key.model.model));
        counter.promptCaching = planning::PromptCachingLever{planning::Share::zero(), planning::Share::zero()};
        both.promptCaching = counter.promptCaching;
        ++levers;
        if (Status s = add(Strategy::PromptCaching, counter); !s)
            return s;
    }
    if (levers == 0)
        return {};
    auto r = evaluate(both);
    if (!r)
        return r.error();
    const Money saved = Money() - r->totalSavings();
    if (saved > Money())
        report.realisedTotal += saved;
    return {};
}

Result<SavingsReport> Finder::run(const QList<WorkloadProfile> &profiles)
{
    SavingsReport report;
    report.from = m_options.from;
    report.to = m_options.to;
    report.dimension = m_options.groupBy;
    int unpriced = 0;
    int moved = 0;
    bool keyed = false;
    const QHash<int, int> moves = modelMoves(profiles);
    QSet<int> left;
    for (int index : moves)
        left.insert(index);
    for (int i = 0; i < profiles.size(); ++i) {
        const WorkloadProfile &w = profiles[i];
        if (w.requests <= 0)
            continue;
        keyed = keyed || w.keyedRequests > 0;
        if (left.contains(i)) {
            ++moved; // its traffic has moved on: nothing to propose for a model no longer used
            continue;
        }
        const pricing::ModelPrice *entry =
            m_catalog.find(w.key.model.provider, w.key.model.model, m_options.pricingDate);
        if (!entry) {
            ++unpriced;
            continue;
        }
        ++report.workloadsExamined;
        planning::BaselineSpec spec;
        spec.from = m_options.from;
        spec.to = m_options.to;
        spec.filters = workloadFilters(w.key, m_options.filters);
        auto baseline = m_baselines(spec);
        if (!baseline)
            return baseline.error();
        m_baseline = std::move(baseline).value();

        WorkloadSavings ws;
        ws.workload = w.key;
        ws.filters = spec.filters;
        QList<std::optional<Opportunity>> candidates = {routing(w, *entry),       outputControl(w, *entry),
                                                        semanticCache(w),         promptCaching(w, *entry),
                                                        batch(w, *entry),         selfHosting(w)};
        for (auto &c : candidates) {
            if (!c)
                continue;
            auto worth = price(*c);
            if (!worth)
                return worth.error();
            if (!*worth)
                continue;
            if (c->strategy == Strategy::SelfHosting) {
                auto r = evaluate(c->scenario);
                if (r && r->selfHosting) {
                    c->evidence << Evidence{SavingsFinderTr::tr("Tokens per month"),
                                            r->selfHosting->tokensPerMonth.toString()};
                    if (r->selfHosting->breakEvenTokensPerMonth)
                        c->evidence << Evidence{SavingsFinderTr::tr("Break-even tokens per month"),
                                                r->selfHosting->breakEvenTokensPerMonth->toString()};
                }
            }
            if (c->strategy == Strategy::PromptCaching) {
                // Saving is linear in the hit rate: find where it crosses zero.
                planning::Scenario s = c->scenario;
                s.promptCaching->hitRate = planning::Share::zero();
                auto at0 = evaluate(s);
                s.promptCaching->hitRate = planning::Share::one();
                auto at1 = evaluate(s);
                if (at0 && at1) {
                    const double s0 = at0->totalSavings().toDouble();
                    const double s1 = at1->totalSavings().toDouble();
                    if (s0 >= 0)
                        c->breakEvenHitRate = 0.0;
                    else if (s1 > s0)
                        c->breakEvenHitRate = -s0 / (s1 - s0);
                    if (c->breakEvenHitRate)
                        c->evidence << Evidence{SavingsFinderTr::tr("Break-even hit rate"), pct(*c->breakEvenHitRate)};
                }
            }
            ws.opportunities << *c;
        }
        auto base = evaluate(scenarioFor(w, QString()));
        if (!base)
            return base.error();
        const auto move = moves.constFind(i);
        if (Status s = realised(w, *entry, move != moves.constEnd() ? &profiles[*move] : nullptr, report); !s)
            return s.error();
        ws.monthlyCost = base->baselineCost;
        report.monthlyCost += ws.monthlyCost;
        if (ws.opportunities.isEmpty())
            continue;

        // Together, in the planner's lever order (the engine applies them in that order).
        ws.combined = scenarioFor(w, SavingsFinderTr::tr("Savings: %1 on %2").arg(w.key.group, w.key.model.model));
        for (const Opportunity &o : ws.opportunities) {
            const planning::Scenario &s = o.scenario;
            if (s.routing)
                ws.combined.routing = s.routing;
            if (s.tokenOptimization)
                ws.combined.tokenOptimization = s.tokenOptimization;
            if (s.semanticCache)
                ws.combined.semanticCache = s.semanticCache;
            if (s.promptCaching)
                ws.combined.promptCaching = s.promptCaching;
            if (s.batch)
                ws.combined.batch = s.batch;
            if (s.selfHosting)
                ws.combined.selfHosting = s.selfHosting;
        }
        if (ws.opportunities.size() == 1) {
            ws.combined.name = ws.opportunities.first().scenario.name;
            ws.combinedSaving = ws.opportunities.first().monthlySaving;
        } else {
            auto together = evaluate(ws.combined);
            if (!together)
                return together.error();
            ws.combinedSaving = together->totalSavings();
        }
        std::stable_sort(ws.opportunities.begin(), ws.opportunities.end(),
                         [](const Opportunity &a, const Opportunity &b) { return a.monthlySaving > b.monthlySaving; });
        report.total += ws.combinedSaving;
        report.workloads << ws;
    }
    std::stable_sort(report.workloads.begin(), report.workloads.end(),
                     [](const WorkloadSavings &a, const WorkloadSavings &b) { return a.combinedSaving > b.combinedSaving; });
    std::stable_sort(report.realised.begin(), report.realised.end(),
                     [](const RealisedSaving &a, const RealisedSaving &b) { return a.monthlySaving > b.monthlySaving; });
    if (!keyed)
        report.notes << SavingsFinderTr::tr(
            "Semantic cache: none of the records carries a prompt key (LiteLLM writes its cache_key when its "
            "response cache is on), so how often the same request comes back cannot be measured; the finder "
            "proposes no semantic cache.");
    if (moved > 0)
        report.notes << SavingsFinderTr::tr("%n workload(s) moved to another model during the period; the traffic "
                                            "on the model they left is not examined.",
                                            nullptr, moved);
    if (unpriced > 0)
        report.notes << SavingsFinderTr::tr("%n workload(s) on models without a price were not examined.", nullptr,
                                            unpriced);
    return report;
}

} // namespace

QMap<Dimension, QStringList> workloadFilters(const WorkloadKey &key, const QMap<Dimension, QStringList> &filters)
{
    QMap<Dimension, QStringList> out = filters;
    out[key.dimension] = QStringList{key.group};
    out[Dimension::Provider] = QStringList{key.model.provider};
    out[Dimension::Model] = QStringList{key.model.model};
    return out;
}

std::optional<planning::ModelRef> cheaperModelFor(const pricing::PriceCatalog &catalog,
                                                  const planning::ModelRef &source, const QDate &date,
                                                  double inputPerRequest, double outputPerRequest, int divisor)
{
    const pricing::ModelPrice *from = catalog.find(source.provider, source.model, date);
    if (!from)
        return std::nullopt;
    const QString vendor = vendorOf(source.provider, source.model);
    const auto perRequest = [&](const pricing::PriceSet &p) {
        return inputPerRequest * p.input.toDouble() + outputPerRequest * p.output.toDouble();
    };
    const double sourceCost = perRequest(from->prices);
    const pricing::ModelPrice *best = nullptr;
    double bestCost = 0;
    for (const pricing::ModelPrice &p : catalog.entries()) {
        if (!p.coversDate(date) || p.provider.compare(source.provider, Qt::CaseInsensitive) != 0
            || vendorOf(p.provider, p.model) != vendor || isSpecialPurpose(p) || p.prices.output <= Money()
            || p.prices.perRequest || p.prices.output.nanos() * divisor > from->prices.output.nanos())
            continue;
        const double cost = perRequest(p.prices);
        if (cost >= sourceCost)
            continue;
        if (!best || cost < bestCost || (cost == bestCost && p.model < best->model)) {
            best = &p;
            bestCost = cost;
        }
    }
    if (!best)
        return std::nullopt;
    return planning::ModelRef{best->provider, best->model};
}

Result<SavingsReport> findSavings(const QList<WorkloadProfile> &profiles, const pricing::PriceCatalog &catalog,
                                  const BaselineSource &baselines, const SavingsOptions &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return Error{SavingsFinderTr::tr("The savings finder needs a period: a first and a last day.")};
    Finder finder(catalog, baselines, options);
    return finder.run(profiles);
}

Result<SavingsReport> findSavings(store::Database &db, const pricing::PriceCatalog &catalog,
                                  const SavingsOptions &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return Error{SavingsFinderTr::tr("The savings finder needs a period: a first and a last day.")};
    query::UsageFilter filter;
    filter.from = options.from;
    filter.to = options.to;
    filter.equals = options.filters;
    store::SqliteWorkloadReader reader(db);
    auto profiles = readProfiles(reader, filter, options.groupBy);
    if (!profiles)
        return profiles.error();
    const BaselineSource source = [&db](const planning::BaselineSpec &spec) { return planning::buildBaseline(db, spec); };
    return findSavings(*profiles, catalog, source, options);
}

} // namespace tl::savings
