// Benchmark of the what-if engine: a 300-slice baseline over the built-in catalog, a scenario
// with every lever active, evaluated 2,000 times. Prints the median and p99 time of one
// evaluation next to a reference: pricing and summing the same 300 slices once (catalog
// lookup + the CostEngine rules per slice), i.e. what computing C0 alone costs.
//
// Not a test: run ./build/dev/tests/bench/bench_whatif by hand. Target: < 1 ms per evaluation.

#include "planning/WhatIfEngine.h"
#include "pricing/PriceCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace tl;
using namespace tl::planning;

namespace {

constexpr int kRuns = 2000;
constexpr int kWarmUp = 100;
const QDate kPricingDate(2026, 11, 15);

ModelRef ref(const char *provider, const char *model)
{
    return {QString::fromLatin1(provider), QString::fromLatin1(model)};
}

Share share(std::int64_t ppm) { return Share{ppm}; }

// 15 models × 2 service tiers × 10 teams = 300 slices, with deterministic pseudo-random volumes.
Baseline makeBaseline()
{
    const ModelRef models[] = {
        ref("openai", "gpt-5"),
        ref("openai", "gpt-5-mini"),
        ref("openai", "gpt-4.1"),
        ref("openai", "gpt-4o"),
        ref("openai", "gpt-4o-mini"),
        ref("openai", "o3"),
        ref("anthropic", "claude-sonnet-4-5-20250929"),
        ref("anthropic", "claude-opus-4-1-20250805"),
        ref("anthropic", "claude-3-5-haiku-20241022"),
        ref("anthropic", "claude-haiku-4-5-20251001"),
        ref("google", "gemini-2.5-pro"),
        ref("google", "gemini-2.5-flash"),
        ref("bedrock", "meta.llama3-1-70b-instruct-v1:0"),
        ref("bedrock", "amazon.nova-pro-v1:0"),
        ref("bedrock", "mistral.mistral-large-2407-v1:0"),
    };
    std::uint64_t seed = 0x9E3779B97F4A7C15ull;
    auto next = [&seed](std::int64_t lo, std::int64_t hi) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return lo + static_cast<std::int64_t>((seed >> 33) % static_cast<std::uint64_t>(hi - lo + 1));
    };
    Baseline b;
    b.days = 30;
    for (const ModelRef &m : models) {
        for (const char *tier : {"standard", "batch"}) {
            for (int team = 0; team < 10; ++team) {
                Slice s;
                s.model = m;
                s.serviceTier = QString::fromLatin1(tier);
                s.team = QStringLiteral("team-%1").arg(team);
                s.tags = QStringLiteral("feature:f%1").arg(team % 4);
                const std::int64_t requests = next(1'000, 400'000);
                s.requests = Quantity::fromWhole(requests).mulDiv(30, 29); // scaled like history
                s.uncached = Quantity::fromWhole(requests * next(200, 3'000)).mulDiv(30, 29);
                s.cacheRead = Quantity::fromWhole(requests * next(0, 2'000)).mulDiv(30, 29);
                s.cacheWrite5m = Quantity::fromWhole(requests * next(0, 300)).mulDiv(30, 29);
                s.cacheWrite1h = Quantity::fromWhole(requests * next(0, 50)).mulDiv(30, 29);
                s.output = Quantity::fromWhole(requests * next(50, 800)).mulDiv(30, 29);
                b.slices << s;
            }
        }
    }
    return b;
}

Scenario makeScenario()
{
    Scenario s;
    s.name = QStringLiteral("every lever");
    RoutingTier simple{QStringLiteral("simple"), share(500'000), ref("anthropic", "claude-3-5-haiku-20241022"), {}};
    RoutingTier standard{QStringLiteral("standard"), share(200'000), ref("openai", "gpt-4.1-mini"), {}};
    standard.cascade = RoutingTier::Cascade{share(100'000), ref("anthropic", "claude-sonnet-4-5-20250929")};
    s.routing = RoutingLever{{simple, standard}};
    s.tokenOptimization = TokenOptimizationLever{share(200'000), share(100'000)};
    s.semanticCache = SemanticCacheLever{share(200'000), ref("openai", "text-embedding-3-small"), Money::fromUnits(50)};
    s.promptCaching = PromptCachingLever{share(600'000), share(900'000)};
    s.batch = BatchLever{share(300'000)};
    SelfHostingLever sh;
    sh.models = {ref("bedrock", "meta.llama3-1-70b-instruct-v1:0")};
    sh.instanceHourlyCost = Money::fromCents(567);
    sh.hoursPerMonth = 730;
    sh.throughputTokensPerSecond = Quantity::fromWhole(1500);
    sh.utilization = share(600'000);
    s.selfHosting = sh;
    return s;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[static_cast<std::size_t>(static_cast<double>(us.size()) * 0.99) - 1]};
}

template <typename F>
std::vector<double> time(F &&f)
{
    for (int i = 0; i < kWarmUp; ++i)
        f();
    std::vector<double> us;
    us.reserve(kRuns);
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    return us;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const pricing::PriceCatalog &catalog = pricing::PriceCatalog::builtin();
    const Baseline baseline = makeBaseline();
    const Scenario scenario = makeScenario();

    auto check = evaluateScenario(baseline, catalog, scenario, kPricingDate);
    if (!check) {
        std::fprintf(stderr, "bench_whatif: %s\n", qPrintable(check.errorMessage()));
        return 1;
    }

    volatile std::int64_t sink = 0;
    const Stats engine = stats(time([&] {
        auto r = evaluateScenario(baseline, catalog, scenario, kPricingDate);
        sink = sink + r->scenarioCost.nanos();
    }));
    // Reference: C0 alone — one catalog lookup and one CostEngine-rule pricing per slice.
    const Stats reference = stats(time([&] {
        Money sum;
        for (const Slice &s : baseline.slices) {
            if (const pricing::ModelPrice *p = catalog.find(s.model.provider, s.model.model, kPricingDate))
                sum += sliceCost(s, p->prices);
        }
        sink = sink + sum.nanos();
    }));

    std::printf("What-if engine: %lld slices, every lever active, %d evaluations (after %d warm-up)\n",
                static_cast<long long>(baseline.slices.size()), kRuns, kWarmUp);
    std::printf("Baseline %s USD/month -> scenario %s USD/month, %lld final slices\n\n",
                qPrintable(check->baselineCost.toRoundedString(2)), qPrintable(check->scenarioCost.toRoundedString(2)),
                static_cast<long long>(check->finalSlices.size()));
    std::printf("%-44s %12s %12s\n", "", "median us", "p99 us");
    std::printf("%-44s %12.1f %12.1f\n", "evaluateScenario (6 levers)", engine.median, engine.p99);
    std::printf("%-44s %12.1f %12.1f\n", "reference: price + sum the 300 slices once", reference.median,
                reference.p99);
    std::printf("%-44s %12.1f %12.1f\n", "overhead of the levers (difference)", engine.median - reference.median,
                engine.p99 - reference.p99);
    std::printf("\nTarget: < 1000 us per evaluation: %s\n", engine.p99 < 1000.0 ? "met" : "NOT MET");
    return 0;
}
