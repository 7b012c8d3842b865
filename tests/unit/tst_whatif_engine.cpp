// Unit tests for tl::planning::evaluateScenario — the what-if model of docs/whatif.md and
// /work/shared/docs/whatif-math.md — on a small hand-built catalog and hand-built baselines.
//
// Prices are per million tokens, so N tokens at $P cost N × P / 1,000,000 dollars.
//
// Catalog (provider "test"):
//   big    input $10, output $30, cache read $1, 5-minute write $12.50, 1-hour write $20,
//          batch prices $4 / $12 (not 50 %: proves the catalog's batch prices are used)
//   mid    input $3, output $15, cache read $0.30, 5-minute write $3.75, no 1-hour write price
//   small  input $1, output $3, no cache prices, no batch prices (batch = $0.50 / $1.50)
//   embed  input $0.02 (embedding model)
//   llama  input $1, output $1 (the self-hosting candidate)
//   search no token prices, $0.005 per request
//
// Slices used throughout (monthly):
//   A  big   standard  R 1,000  U 1M  CR 2M  W5 0.4M  W1 0.1M  O 0.2M
//      = 10 + 2 + 5 + 2 + 6                                       = $25
//   B  small standard  R 2,000  U 3M  O 1M  = 3 + 3                = $6
//   C  small batch     R 1,000  U 2M  O 1M  = 2 × 0.5 + 1 × 1.5    = $2.50
//   L  llama standard  R 100    U 30M O 10M = 30 + 10              = $40

#include "planning/WhatIfEngine.h"
#include "pricing/PriceCatalog.h"
#include "LanguageScope.h"

#include <QTest>

#include <optional>

using tl::DisplayCurrency;
using tl::Money;
using tl::planning::Baseline;
using tl::planning::BatchLever;
using tl::planning::evaluateScenario;
using tl::planning::Lever;
using tl::planning::LeverResult;
using tl::planning::ModelRef;
using tl::planning::PromptCachingLever;
using tl::planning::Quantity;
using tl::planning::RoutingLever;
using tl::planning::RoutingTier;
using tl::planning::Scenario;
using tl::planning::SelfHostingLever;
using tl::planning::SemanticCacheLever;
using tl::planning::Share;
using tl::planning::Slice;
using tl::planning::TokenOptimizationLever;
using tl::planning::WhatIfText;
using tl::planning::WhatIfResult;
using tl::pricing::ModelPrice;
using tl::pricing::PriceCatalog;

Q_DECLARE_METATYPE(tl::planning::Slice)
Q_DECLARE_METATYPE(tl::planning::Baseline)

#define S(text) QStringLiteral(text)

namespace {

const QDate kToday(2026, 11, 15);

Money m(const char *decimal)
{
    const auto v = Money::parse(QString::fromLatin1(decimal));
    Q_ASSERT(v.has_value());
    return *v;
}

QString money(Money v) { return v.toDecimalString(); }
QString money(const char *decimal) { return m(decimal).toDecimalString(); }

Share share(const char *decimal)
{
    const auto s = Share::parse(QString::fromLatin1(decimal));
    Q_ASSERT(s.has_value());
    return *s;
}

// Tokens given in whole units (use the millions spelled out).
Quantity q(std::int64_t n) { return Quantity::fromWhole(n); }
QString qty(Quantity v) { return v.toString(6); }

ModelRef model(const char *name) { return {QStringLiteral("test"), QString::fromLatin1(name)}; }

ModelPrice price(const char *name, const char *input, const char *output)
{
    ModelPrice p;
    p.provider = QStringLiteral("test");
    p.model = QString::fromLatin1(name);
    p.prices.input = m(input);
    p.prices.output = m(output);
    return p;
}

const PriceCatalog &catalog()
{
    static const PriceCatalog c = [] {
        PriceCatalog cat;
        ModelPrice big = price("big", "10", "30");
        big.prices.cacheRead = m("1");
        big.prices.cacheWrite5m = m("12.50");
        big.prices.cacheWrite1h = m("20");
        big.prices.batchInput = m("4");
        big.prices.batchOutput = m("12");
        cat.add(big);
        ModelPrice mid = price("mid", "3", "15");
        mid.prices.cacheRead = m("0.30");
        mid.prices.cacheWrite5m = m("3.75");
        cat.add(mid);
        cat.add(price("small", "1", "3"));
        cat.add(price("embed", "0.02", "0"));
        cat.add(price("llama", "1", "1"));
        ModelPrice search = price("search", "0", "0");
        search.prices.perRequest = m("0.005");
        cat.add(search);
        return cat;
    }();
    return c;
}

Slice slice(const char *name, const char *tier, std::int64_t requests, std::int64_t uncached,
            std::int64_t cacheRead, std::int64_t write5m, std::int64_t write1h, std::int64_t output)
{
    Slice s;
    s.model = model(name);
    s.serviceTier = QString::fromLatin1(tier);
    s.requests = q(requests);
    s.uncached = q(uncached);
    s.cacheRead = q(cacheRead);
    s.cacheWrite5m = q(write5m);
    s.cacheWrite1h = q(write1h);
    s.output = q(output);
    return s;
}

Slice sliceA() { return slice("big", "standard", 1000, 1'000'000, 2'000'000, 400'000, 100'000, 200'000); }
Slice sliceB() { return slice("small", "standard", 2000, 3'000'000, 0, 0, 0, 1'000'000); }
Slice sliceC() { return slice("small", "batch", 1000, 2'000'000, 0, 0, 0, 1'000'000); }
Slice sliceL(std::int64_t uncached = 30'000'000, std::int64_t output = 10'000'000)
{
    return slice("llama", "standard", 100, uncached, 0, 0, 0, output);
}

Baseline baselineOf(std::initializer_list<Slice> slices)
{
    Baseline b;
    b.slices = QList<Slice>(slices);
    return b;
}

RoutingTier tier(const char *name, const char *s, const char *target)
{
    RoutingTier t;
    t.name = QString::fromLatin1(name);
    t.share = share(s);
    t.target = model(target);
    return t;
}

SemanticCacheLever cacheLever(const char *hitRate, const char *fixed)
{
    return {share(hitRate), model("embed"), m(fixed)};
}

SelfHostingLever hostingLever(const char *hourly, std::int64_t hours, std::int64_t throughput,
                             const char *utilization)
{
    SelfHostingLever l;
    l.models = {model("llama")};
    l.instanceHourlyCost = m(hourly);
    l.hoursPerMonth = hours;
    l.throughputTokensPerSecond = q(throughput);
    l.utilization = share(utilization);
    return l;
}

// The invariants every result must keep: six levers in order, each entering at the cost the
// previous one left, savings adding up exactly to C0 − C_final, and the final cost made of
// the final slices plus the semantic cache and self-hosting costs.
void checkInvariants(const WhatIfResult &r)
{
    QCOMPARE(r.levers.size(), 6);
    Money sum;
    Money previous = r.baselineCost;
    for (int i = 0; i < 6; ++i) {
        const LeverResult &l = r.levers[i];
        QCOMPARE(int(l.lever), int(tl::planning::kLeverOrder[i]));
        QCOMPARE(money(l.costBefore), money(previous));
        if (!l.active)
            QCOMPARE(money(l.costAfter), money(l.costBefore));
        QVERIFY(!l.explanation.isEmpty());
        previous = l.costAfter;
        sum += l.savings();
    }
    QCOMPARE(money(previous), money(r.scenarioCost));
    QCOMPARE(money(sum), money(r.baselineCost - r.scenarioCost));
    QCOMPARE(money(r.totalSavings()), money(sum));
    Money baseline;
    for (const auto &s : r.baselineSlices)
        baseline += s.cost;
    QCOMPARE(money(baseline), money(r.baselineCost));
    Money finalCost = r.semanticCacheCost + (r.selfHosting ? r.selfHosting->fixedMonthlyCost : Money());
    for (const auto &s : r.finalSlices)
        finalCost += s.cost;
    QCOMPARE(money(finalCost), money(r.scenarioCost));
}

const LeverResult &lever(const WhatIfResult &r, Lever l)
{
    return r.levers[int(l)];
}

// Sum of one quantity over the final slices of one model (and tier, when given).
Quantity total(const WhatIfResult &r, const char *name, Quantity Slice::*field, const char *tier = nullptr)
{
    Quantity sum;
    for (const auto &s : r.finalSlices) {
        if (s.slice.model == model(name) && (!tier || s.slice.serviceTier == QLatin1String(tier)))
            sum += s.slice.*field;
    }
    return sum;
}

} // namespace

class TestWhatIfEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliceCostRules_data();
    void sliceCostRules();
    void baselineWithoutLevers();
    void leverKeys();
    void unknownModel_data();
    void unknownModel();
    void routingTiersBelowOne();
    void routingSharesAboveOne();
    void routingEverythingMoved();
    void routingCascade();
    void tokenOptimization();
    void semanticCache_data();
    void semanticCache();
    void promptCaching();
    void batch_data();
    void batch();
    void batchKeepsGroupAtItsOwnShare();
    void selfHosting_data();
    void selfHosting();
    void selfHostingWithoutTraffic();
    void explanationsInReadersLanguage();
    void selfHostingZeroCapacity();
    void allLeversCombined();
    void neutralHelpers();
    void neutralPositionsReproduceBaseline_data();
    void neutralPositionsReproduceBaseline();
    void invalidShares_data();
    void invalidShares();
};

void TestWhatIfEngine::sliceCostRules_data()
{
    QTest::addColumn<Slice>("slice");
    QTest::addColumn<QString>("expected");

    // 10 + 2 + 5 + 2 + 6
    QTest::newRow("big standard") << sliceA() << QStringLiteral("25");
    // catalog batch prices, cache prices unchanged: 1M × 4 + 2M × 1 + 0.4M × 12.5 + 0.1M × 20
    // + 0.2M × 12 = 4 + 2 + 5 + 2 + 2.4
    QTest::newRow("big batch") << slice("big", "batch", 1000, 1'000'000, 2'000'000, 400'000, 100'000, 200'000)
                               << QStringLiteral("15.4");
    // 3M × 1 + 1M × 3
    QTest::newRow("small standard") << sliceB() << QStringLiteral("6");
    // no batch prices: 50 %: 3M × 0.5 + 1M × 1.5
    QTest::newRow("small batch") << slice("small", "batch", 2000, 3'000'000, 0, 0, 0, 1'000'000)
                                 << QStringLiteral("3");
    // no cache prices: every input kind at the input price: (1 + 1 + 1 + 1)M × 1
    QTest::newRow("small cache kinds as input") << slice("small", "standard", 1, 1'000'000, 1'000'000, 1'000'000, 1'000'000, 0)
                                                << QStringLiteral("4");
    // in batch, kinds without a price pay the batch input price: 4M × 0.5
    QTest::newRow("small batch cache kinds") << slice("small", "batch", 1, 1'000'000, 1'000'000, 1'000'000, 1'000'000, 0)
                                             << QStringLiteral("2");
    // mid has no 1-hour write price: 1M × 3 (input)
    QTest::newRow("mid 1h write as input") << slice("mid", "standard", 1, 0, 0, 0, 1'000'000, 0) << QStringLiteral("3");
    // no priority prices listed: standard prices
    QTest::newRow("priority without prices") << slice("small", "priority", 2000, 3'000'000, 0, 0, 0, 1'000'000)
                                             << QStringLiteral("6");
    // per-request price: 1,000 × 0.005
    QTest::newRow("per request") << slice("search", "standard", 1000, 0, 0, 0, 0, 0) << QStringLiteral("5");
}

void TestWhatIfEngine::sliceCostRules()
{
    QFETCH(Slice, slice);
    QFETCH(QString, expected);
    const ModelPrice *p = catalog().find(slice.model.provider, slice.model.model, kToday);
    QVERIFY(p);
    QCOMPARE(money(tl::planning::sliceCost(slice, p->prices)), money(expected.toLatin1().constData()));

    // The engine prices the baseline the same way.
    const auto r = evaluateScenario(baselineOf({slice}), catalog(), Scenario(), kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(money(r->baselineCost), money(expected.toLatin1().constData()));
}

void TestWhatIfEngine::baselineWithoutLevers()
{
    // C0 = 25 + 6 + 2.5 = 33.5; no lever: scenario = baseline, slices unchanged.
    const Baseline b = baselineOf({sliceA(), sliceB(), sliceC()});
    const auto r = evaluateScenario(b, catalog(), Scenario(), kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->baselineCost), money("33.5"));
    QCOMPARE(money(r->scenarioCost), money("33.5"));
    QCOMPARE(r->baselineSlices.size(), 3);
    QCOMPARE(money(r->baselineSlices[0].cost), money("25"));
    QCOMPARE(money(r->baselineSlices[1].cost), money("6"));
    QCOMPARE(money(r->baselineSlices[2].cost), money("2.5"));
    for (const LeverResult &l : r->levers)
        QVERIFY(!l.active);
    QVERIFY(!r->selfHosting);
    QCOMPARE(r->finalSlices.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(qty(r->finalSlices[i].slice.uncached), qty(b.slices[i].uncached));
        QCOMPARE(r->finalSlices[i].slice.serviceTier, b.slices[i].serviceTier);
        QCOMPARE(money(r->finalSlices[i].cost), money(r->baselineSlices[i].cost));
    }
}

void TestWhatIfEngine::leverKeys()
{
    QCOMPARE(tl::planning::leverKey(Lever::Routing), QStringLiteral("routing"));
    QCOMPARE(tl::planning::leverKey(Lever::TokenOptimization), QStringLiteral("token_optimization"));
    QCOMPARE(tl::planning::leverKey(Lever::SemanticCache), QStringLiteral("semantic_cache"));
    QCOMPARE(tl::planning::leverKey(Lever::PromptCaching), QStringLiteral("prompt_caching"));
    QCOMPARE(tl::planning::leverKey(Lever::Batch), QStringLiteral("batch"));
    QCOMPARE(tl::planning::leverKey(Lever::SelfHosting), QStringLiteral("self_hosting"));
}

void TestWhatIfEngine::unknownModel_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("context");
    QTest::newRow("baseline slice") << QStringLiteral("baseline") << QString();
    QTest::newRow("routing target") << QStringLiteral("routing") << QStringLiteral("routing tier 'simple'");
    QTest::newRow("cascade target") << QStringLiteral("cascade") << QStringLiteral("cascade");
    QTest::newRow("embedding model") << QStringLiteral("embedding") << QStringLiteral("embedding");
    QTest::newRow("self-hosting model") << QStringLiteral("selfhosting") << QStringLiteral("self-hosting");
}

void TestWhatIfEngine::unknownModel()
{
    QFETCH(QString, where);
    QFETCH(QString, context);
    Baseline b = baselineOf({sliceA(), sliceB()});
    Scenario s;
    if (where == u"baseline") {
        b.slices << slice("ghost", "standard", 1, 1, 0, 0, 0, 1);
    } else if (where == u"routing") {
        s.routing = RoutingLever{{tier("simple", "0.5", "ghost")}};
    } else if (where == u"cascade") {
        RoutingTier t = tier("simple", "0.5", "small");
        t.cascade = RoutingTier::Cascade{share("0.1"), model("ghost")};
        s.routing = RoutingLever{{t}};
    } else if (where == u"embedding") {
        s.semanticCache = SemanticCacheLever{share("0.3"), model("ghost"), m("0")};
    } else {
        s.selfHosting = hostingLever("2", 100, 1000, "0.5");
        s.selfHosting->models = {model("ghost")};
    }
    const auto r = evaluateScenario(b, catalog(), s, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("no price for test/ghost")), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(context), qPrintable(r.errorMessage()));
}

void TestWhatIfEngine::routingTiersBelowOne()
{
    // A ($25) split: 50 % → small, 20 % → mid, 30 % stays on big.
    //  small (no cache prices: every input kind at $1): (0.5 + 1 + 0.2 + 0.05)M × 1 = 1.75,
    //        output 0.1M × 3 = 0.30                                               → 2.05
    //  mid: U 0.2M × 3 = 0.60, CR 0.4M × 0.3 = 0.12, W5 0.08M × 3.75 = 0.30,
    //       W1 0.02M × 3 (no 1-hour price: input) = 0.06, O 0.04M × 15 = 0.60      → 1.68
    //  big 30 %: 25 × 0.3                                                          → 7.50
    //  after = 11.23, savings = 13.77
    Scenario s;
    s.routing = RoutingLever{{tier("simple", "0.5", "small"), tier("standard", "0.2", "mid")}};
    const auto r = evaluateScenario(baselineOf({sliceA()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    const LeverResult &l = lever(*r, Lever::Routing);
    QVERIFY(l.active);
    QCOMPARE(money(l.costBefore), money("25"));
    QCOMPARE(money(l.costAfter), money("11.23"));
    QCOMPARE(money(l.savings()), money("13.77"));
    QVERIFY2(l.explanation.contains(QStringLiteral("50 % of traffic moved to small")), qPrintable(l.explanation));
    QVERIFY2(l.explanation.contains(QStringLiteral("30 % stays")), qPrintable(l.explanation));

    QCOMPARE(r->finalSlices.size(), 3);
    // Token kinds are kept (priced as input where the target has no cache price) …
    QCOMPARE(qty(total(*r, "small", &Slice::cacheRead)), qty(q(1'000'000)));
    QCOMPARE(qty(total(*r, "mid", &Slice::cacheWrite1h)), qty(q(20'000)));
    // … and every quantity is conserved exactly.
    for (Quantity Slice::*f : {&Slice::requests, &Slice::uncached, &Slice::cacheRead, &Slice::cacheWrite5m,
                               &Slice::cacheWrite1h, &Slice::output}) {
        const Quantity sum = total(*r, "big", f) + total(*r, "mid", f) + total(*r, "small", f);
        QCOMPARE(qty(sum), qty(sliceA().*f));
    }
    QCOMPARE(qty(total(*r, "big", &Slice::requests)), qty(q(300)));
}

void TestWhatIfEngine::routingSharesAboveOne()
{
    Scenario s;
    s.routing = RoutingLever{{tier("simple", "0.7", "small"), tier("standard", "0.5", "mid")}};
    const auto r = evaluateScenario(baselineOf({sliceA()}), catalog(), s, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("routing shares add up to more than 1")),
             qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(QStringLiteral("1.2")), qPrintable(r.errorMessage()));
}

void TestWhatIfEngine::routingEverythingMoved()
{
    // A and B, 100 % → small: A at small = 3.5M × 1 + 0.2M × 3 = 4.10; B stays 6 → 10.10.
    // Both end on small/standard with the same team and tags: one merged slice.
    Scenario s;
    s.routing = RoutingLever{{tier("all", "1", "small")}};
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->scenarioCost), money("10.10"));
    QCOMPARE(r->finalSlices.size(), 1);
    QCOMPARE(qty(r->finalSlices[0].slice.requests), qty(q(3000)));
    QCOMPARE(qty(r->finalSlices[0].slice.cacheRead), qty(q(2'000'000)));
}

void TestWhatIfEngine::routingCascade()
{
    // A, 100 % → small, of which 10 % escalates to big and pays both calls.
    //  small: 3.5M × 1 + 0.2M × 3                    = 4.10
    //  big (10 % of the same tokens): 25 × 0.1        = 2.50
    //  after = 6.60, savings = 18.40
    RoutingTier t = tier("simple", "1", "small");
    t.cascade = RoutingTier::Cascade{share("0.1"), model("big")};
    Scenario s;
    s.routing = RoutingLever{{t}};
    const auto r = evaluateScenario(baselineOf({sliceA()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->scenarioCost), money("6.60"));
    QCOMPARE(money(lever(*r, Lever::Routing).savings()), money("18.40"));
    QCOMPARE(qty(total(*r, "small", &Slice::requests)), qty(q(1000)));
    QCOMPARE(qty(total(*r, "big", &Slice::requests)), qty(q(100)));
    QCOMPARE(qty(total(*r, "big", &Slice::cacheRead)), qty(q(200'000)));
    QVERIFY(lever(*r, Lever::Routing).explanation.contains(QStringLiteral("escalating to big")));
}

void TestWhatIfEngine::tokenOptimization()
{
    // Input −30 %, output −20 % on A + B (C0 = 31):
    //  A: input (10 + 2 + 5 + 2) × 0.7 = 13.30, output 6 × 0.8 = 4.80 → 18.10
    //  B: input 3 × 0.7 = 2.10, output 3 × 0.8 = 2.40                 →  4.50
    //  after = 22.60, savings = 8.40
    Scenario s;
    s.tokenOptimization = TokenOptimizationLever{share("0.3"), share("0.2")};
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->baselineCost), money("31"));
    QCOMPARE(money(r->scenarioCost), money("22.60"));
    QCOMPARE(money(lever(*r, Lever::TokenOptimization).savings()), money("8.40"));
    QCOMPARE(qty(total(*r, "big", &Slice::requests)), qty(q(1000))); // requests unchanged
    QCOMPARE(qty(total(*r, "big", &Slice::cacheWrite1h)), qty(q(70'000)));
}

void TestWhatIfEngine::semanticCache_data()
{
    QTest::addColumn<QString>("hitRate");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("savings");
    QTest::addColumn<QString>("cacheCost");

    // B ($6), embedding 3M input tokens × $0.02 = $0.06.
    // h 30 %: slices 6 × 0.7 = 4.20; + 0.06 + fixed 1 = 5.26; savings 0.74
    QTest::newRow("pays") << S("0.3") << S("1") << S("5.26") << S("0.74") << S("1.06");
    // h 0.5 %: slices 6 × 0.995 = 5.97 (saves 0.03) but embedding costs 0.06: 6.03; savings −0.03
    QTest::newRow("embedding bill larger than savings") << S("0.005") << S("0") << S("6.03") << S("-0.03") << S("0.06");
    // h 0: the neutral position — no cache deployed, no embedding bill, no fixed cost.
    QTest::newRow("neutral") << S("0") << S("50") << S("6") << S("0") << S("0");
}

void TestWhatIfEngine::semanticCache()
{
    QFETCH(QString, hitRate);
    QFETCH(QString, fixed);
    QFETCH(QString, after);
    QFETCH(QString, savings);
    QFETCH(QString, cacheCost);
    Scenario s;
    s.semanticCache = cacheLever(hitRate.toLatin1().constData(), fixed.toLatin1().constData());
    const auto r = evaluateScenario(baselineOf({sliceB()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    const LeverResult &l = lever(*r, Lever::SemanticCache);
    QVERIFY(l.active);
    QCOMPARE(money(l.costAfter), money(after.toLatin1().constData()));
    QCOMPARE(money(l.savings()), money(savings.toLatin1().constData()));
    QCOMPARE(money(r->semanticCacheCost), money(cacheCost.toLatin1().constData()));
}

void TestWhatIfEngine::promptCaching()
{
    // p 0.8, r 0.95 on A + B (C0 = 31). A (big has cache prices): T = 3.5M,
    //  CR' = 3.5M × 0.76 = 2.66M → 2.66; W5' = 3.5M × 0.8 − 2.66M = 0.14M × 12.5 → 1.75;
    //  W1' = 0; U' = 0.7M × 10 → 7.00; O 0.2M × 30 → 6.00                        = 17.41
    //  B (small, no cache prices) unchanged                                       =  6.00
    //  after = 23.41, savings = 7.59
    Scenario s;
    s.promptCaching = PromptCachingLever{share("0.8"), share("0.95")};
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->scenarioCost), money("23.41"));
    QCOMPARE(money(lever(*r, Lever::PromptCaching).savings()), money("7.59"));
    QCOMPARE(qty(total(*r, "big", &Slice::cacheRead)), qty(q(2'660'000)));
    QCOMPARE(qty(total(*r, "big", &Slice::cacheWrite5m)), qty(q(140'000)));
    QCOMPARE(qty(total(*r, "big", &Slice::cacheWrite1h)), qty(q(0)));
    QCOMPARE(qty(total(*r, "big", &Slice::uncached)), qty(q(700'000)));
    QCOMPARE(qty(total(*r, "small", &Slice::uncached)), qty(q(3'000'000)));
}

void TestWhatIfEngine::batch_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("smallBatchRequests");

    // A + B + C (C0 = 33.5). Groups: big b0 = 0 (A standard); small b0 = 1,000 / 3,000.
    // b 0.5:
    //  big: f = 0.5: half of A at batch prices: 0.5M × 4 + 1M × 1 + 0.2M × 12.5 + 0.05M × 20
    //       + 0.1M × 12 = 2 + 1 + 2.5 + 1 + 1.2 = 7.70; the other half 12.50          → 20.20
    //  small: f = (0.5 − 1/3) / (2/3) = 0.25 of B to batch: R 500, U 0.75M, O 0.25M,
    //       merged into C: R 1,500, U 2.75M × 0.5 + O 1.25M × 1.5 = 3.25;
    //       B keeps 75 %: 2.25 + 2.25 = 4.50                                       →  7.75
    //  after = 27.95
    QTest::newRow("0.5") << S("0.5") << S("27.95") << S("1500");
    // b 0: everything back to standard: C at standard 2 + 3 = 5, merged into B → 25 + 6 + 5 = 36
    QTest::newRow("0 moves batch back") << S("0") << S("36") << S("0");
    // b 1: A in batch 15.40; B in batch 1.5 + 1.5 = 3; C 2.5 → 20.90
    QTest::newRow("1") << S("1") << S("20.9") << S("3000");
    // b 0.25 = neutralBatchShare (1,000 / 4,000): every group keeps its own share.
    QTest::newRow("neutral") << S("0.25") << S("33.5") << S("1000");
}

void TestWhatIfEngine::batch()
{
    QFETCH(QString, target);
    QFETCH(QString, after);
    QFETCH(QString, smallBatchRequests);
    Scenario s;
    s.batch = BatchLever{share(target.toLatin1().constData())};
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB(), sliceC()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->baselineCost), money("33.5"));
    QCOMPARE(money(r->scenarioCost), money(after.toLatin1().constData()));
    QCOMPARE(qty(total(*r, "small", &Slice::requests, "batch")), qty(q(smallBatchRequests.toLongLong())));
    QCOMPARE(qty(total(*r, "small", &Slice::requests)), qty(q(3000)));
    QCOMPARE(qty(total(*r, "big", &Slice::cacheRead)), qty(q(2'000'000)));
}

void TestWhatIfEngine::batchKeepsGroupAtItsOwnShare()
{
    // A (big, b0 0) + B + C' (small, C' has 2,000 requests: b0 = 0.5); overall 2,000 / 5,000 = 0.4.
    // b = 0.5: the small group is already there and is reproduced exactly; big moves half.
    //  big 20.20 (see batch "0.5"); small 6 + 2.5 = 8.50 → 28.70
    Slice c = sliceC();
    c.requests = q(2000);
    Scenario s;
    s.batch = BatchLever{share("0.5")};
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB(), c}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->scenarioCost), money("28.70"));
    QCOMPARE(qty(total(*r, "small", &Slice::uncached, "standard")), qty(q(3'000'000)));
    QCOMPARE(qty(total(*r, "small", &Slice::uncached, "batch")), qty(q(2'000'000)));
    QCOMPARE(qty(total(*r, "big", &Slice::requests, "batch")), qty(q(500)));
}

void TestWhatIfEngine::selfHosting_data()
{
    QTest::addColumn<qint64>("uncached");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("throughput");
    QTest::addColumn<qint64>("instances");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("savings");

    // B ($6, stays on the API) + L on llama ($1 / $1). $2 an hour × 100 hours = $200 per
    // instance; utilization 0.5. Break-even = 200 × N / API cost = 200M tokens in both rows.
    // Below break-even: N = 40M ($40); capacity 1,000 × 3,600 × 100 × 0.5 = 180M → 1 instance,
    //  $200: after = 6 + 200 = 206; before 46 → savings −160.
    QTest::newRow("below break-even") << qint64(30'000'000) << qint64(10'000'000) << qint64(1000) << qint64(1)
                                      << S("200") << S("206") << S("-160");
    // Above: N = 800M ($800); capacity 2,000 × 3,600 × 100 × 0.5 = 360M → ceil(800/360) = 3
    //  instances, $600: after = 6 + 600 = 606; before 806 → savings 200.
    QTest::newRow("above break-even") << qint64(600'000'000) << qint64(200'000'000) << qint64(2000) << qint64(3)
                                      << S("600") << S("606") << S("200");
}

void TestWhatIfEngine::selfHosting()
{
    QFETCH(qint64, uncached);
    QFETCH(qint64, output);
    QFETCH(qint64, throughput);
    QFETCH(qint64, instances);
    QFETCH(QString, fixed);
    QFETCH(QString, after);
    QFETCH(QString, savings);
    Scenario s;
    s.selfHosting = hostingLever("2", 100, throughput, "0.5");
    const auto r = evaluateScenario(baselineOf({sliceB(), sliceL(uncached, output)}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QVERIFY(r->selfHosting);
    const auto &sh = *r->selfHosting;
    QCOMPARE(qty(sh.tokensPerMonth), qty(q(uncached + output)));
    QCOMPARE(qty(sh.capacityPerInstance), qty(q(throughput * 3600 * 100 / 2)));
    QCOMPARE(qint64(sh.instances), instances);
    QCOMPARE(money(sh.fixedMonthlyCost), money(fixed.toLatin1().constData()));
    QCOMPARE(money(sh.apiCostOfMovedTraffic), money(Money::fromUnits((uncached + output) / 1'000'000)));
    QVERIFY(sh.breakEvenTokensPerMonth);
    QCOMPARE(qty(*sh.breakEvenTokensPerMonth), qty(q(200'000'000)));
    QCOMPARE(money(r->scenarioCost), money(after.toLatin1().constData()));
    QCOMPARE(money(lever(*r, Lever::SelfHosting).savings()), money(savings.toLatin1().constData()));
    QCOMPARE(r->finalSlices.size(), 1); // only B stays on the API
    QVERIFY(lever(*r, Lever::SelfHosting).explanation.contains(QStringLiteral("break-even at 200.0M")));
}

void TestWhatIfEngine::explanationsInReadersLanguage()
{
    // The "above break-even" case read by a German analyst who shows euros at 0.5 per dollar:
    // before $806 → after $606; one instance $200, three $600, the moved traffic $800 on the API.
    Scenario s;
    s.selfHosting = hostingLever("2", 100, 2000, "0.5");
    s.tokenOptimization = TokenOptimizationLever{Share{125'000}, Share{0}};
    const Baseline base = baselineOf({sliceB(), sliceL(600'000'000, 200'000'000)});
    const auto english = evaluateScenario(base, catalog(), s, kToday);
    QVERIFY2(english.ok(), qPrintable(english.errorMessage()));

    auto euro = DisplayCurrency::create(QStringLiteral("EUR"), QStringLiteral("€"), QStringLiteral("0.5"), kToday);
    QVERIFY(euro);
    const WhatIfText german{QLocale(QLocale::German, QLocale::Germany), *euro};
    std::optional<tl::test::LanguageScope> scope(std::in_place, german.locale);
    QVERIFY(scope->installed() == QLocale::German);
    const auto r = evaluateScenario(base, catalog(), s, kToday, german);
    scope.reset();
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    // Same figures, other words: the result does not depend on how it is written.
    QCOMPARE(money(r->scenarioCost), money(english->scenarioCost));

    const QString tokens = lever(*r, Lever::TokenOptimization).explanation;
    QVERIFY2(tokens.startsWith(QStringLiteral("Eingabe-Token jeder Art −12,5 %, Ausgabe-Token unverändert")),
             qPrintable(tokens)); // no "−0 %"
    QString hosting = lever(*r, Lever::SelfHosting).explanation;
    hosting.replace(QChar(0x00A0), u' '); // the German currency pattern's no-break space
    QVERIFY2(hosting.contains(QStringLiteral("100,00 €")), qPrintable(hosting));   // one instance, $200
    QVERIFY2(hosting.contains(QStringLiteral("Break-even bei 200,0 Mio. Token")), qPrintable(hosting));
    QVERIFY2(!hosting.contains(u'$') && !hosting.contains(QStringLiteral(" tokens a month")), qPrintable(hosting));
    // The English default is untouched by the German run.
    QVERIFY2(lever(*english, Lever::TokenOptimization).explanation.startsWith(QStringLiteral("Input tokens of every kind −12.5 %")),
             qPrintable(lever(*english, Lever::TokenOptimization).explanation));
}

void TestWhatIfEngine::selfHostingWithoutTraffic()
{
    // llama is chosen but not in the traffic: N = 0, no instance, no break-even, nothing changes.
    Scenario s;
    s.selfHosting = hostingLever("2", 100, 1000, "0.5");
    const auto r = evaluateScenario(baselineOf({sliceB()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QVERIFY(r->selfHosting);
    QCOMPARE(qint64(r->selfHosting->instances), qint64(0));
    QVERIFY(!r->selfHosting->breakEvenTokensPerMonth);
    QCOMPARE(money(lever(*r, Lever::SelfHosting).savings()), money("0"));
}

void TestWhatIfEngine::selfHostingZeroCapacity()
{
    Scenario s;
    s.selfHosting = hostingLever("2", 100, 1000, "0");
    const auto r = evaluateScenario(baselineOf({sliceL()}), catalog(), s, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("capacity is zero")), qPrintable(r.errorMessage()));
}

void TestWhatIfEngine::allLeversCombined()
{
    // A + B + L: C0 = 25 + 6 + 40 = 71.
    // 1. Routing 50 % → small:
    //    A rest on big 12.50; A part on small (3.5M/2 input × 1 + 0.1M × 3) 2.05;
    //    B (both halves on small) 6; L rest 20; L part on small 15M × 1 + 5M × 3 = 30
    //    → 70.55 (saves 0.45)
    // 2. Token optimisation input −50 %: input costs halve —
    //    big: 9.5/2 + 3 = 7.75; A→small 0.875 + 0.3 = 1.175; B 1.5 + 3 = 4.5;
    //    L rest 7.5 + 5 = 12.5; L→small 7.5 + 15 = 22.5 → 48.425 (saves 22.125)
    // 3. Semantic cache h 0.2, fixed $1: input tokens entering = 0.875M + 0.875M + 1.5M + 7.5M
    //    + 7.5M = 18.25M × 0.02 = 0.365; slices × 0.8 = 38.74 → 38.74 + 1.365 = 40.105
    //    (saves 8.32)
    // 4. Prompt caching p 0.8, r 0.95 (big only): big now U 0.2M, CR 0.4M, W5 0.08M, W1 0.02M,
    //    O 0.08M (cost 6.20); T = 0.7M → CR' 0.532M (0.532), W5' 0.028M (0.35), U' 0.14M (1.40),
    //    O 2.40 → 4.682 → 40.105 − 6.2 + 4.682 = 38.587 (saves 1.518)
    // 5. Batch 0.5 (no batch yet anywhere → half of every slice to batch):
    //    big: batch half U 0.07M × 4 + CR 0.266M × 1 + W5 0.014M × 12.5 + O 0.04M × 12
    //         = 0.28 + 0.266 + 0.175 + 0.48 = 1.201, + standard half 2.341 → 3.542
    //    small (0.94 + 3.6 + 18 = 22.54) and llama (10): half at half price → × 0.75
    //         = 16.905 and 7.50 → 3.542 + 16.905 + 7.5 + 1.365 = 29.312 (saves 9.275)
    // 6. Self-hosting llama: N = (15M × 0.5 × 0.8) + (5M × 0.8) = 10M, API cost 7.50;
    //    capacity 180M → 1 instance, $200 → 29.312 − 7.5 + 200 = 221.812 (saves −192.5);
    //    break-even 200 × 10M / 7.5 = 266,666,666.666667 tokens.
    // Σ savings = 0.45 + 22.125 + 8.32 + 1.518 + 9.275 − 192.5 = −150.812 = 71 − 221.812
    Scenario s;
    s.routing = RoutingLever{{tier("simple", "0.5", "small")}};
    s.tokenOptimization = TokenOptimizationLever{share("0.5"), share("0")};
    s.semanticCache = cacheLever("0.2", "1");
    s.promptCaching = PromptCachingLever{share("0.8"), share("0.95")};
    s.batch = BatchLever{share("0.5")};
    s.selfHosting = hostingLever("2", 100, 1000, "0.5");
    const auto r = evaluateScenario(baselineOf({sliceA(), sliceB(), sliceL()}), catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    QCOMPARE(money(r->baselineCost), money("71"));
    const char *expected[] = {"0.45", "22.125", "8.32", "1.518", "9.275", "-192.5"};
    for (int i = 0; i < 6; ++i) {
        QVERIFY(r->levers[i].active);
        QCOMPARE(money(r->levers[i].savings()), money(expected[i]));
    }
    QCOMPARE(money(r->scenarioCost), money("221.812"));
    QCOMPARE(money(r->totalSavings()), money("-150.812"));
    QCOMPARE(money(r->semanticCacheCost), money("1.365"));
    QVERIFY(r->selfHosting);
    QCOMPARE(qty(r->selfHosting->tokensPerMonth), qty(q(10'000'000)));
    QCOMPARE(qint64(r->selfHosting->instances), qint64(1));
    QCOMPARE(money(r->selfHosting->apiCostOfMovedTraffic), money("7.5"));
    QCOMPARE(qty(*r->selfHosting->breakEvenTokensPerMonth), QStringLiteral("266666666.666667"));
}

void TestWhatIfEngine::neutralHelpers()
{
    // A: cached = 2M + 0.4M + 0.1M = 2.5M of T = 3.5M → p = 0.714286 (rounded), r = 2/2.5 = 0.8.
    // B (small) has no cache price and does not count.
    const auto pc = tl::planning::neutralPromptCaching(baselineOf({sliceA(), sliceB()}), catalog(), kToday);
    QCOMPARE(qint64(pc.cacheableShare.ppm), qint64(714286));
    QCOMPARE(qint64(pc.hitRate.ppm), qint64(800000));
    // 1,000 batch requests of 4,000
    QCOMPARE(qint64(tl::planning::neutralBatchShare(baselineOf({sliceA(), sliceB(), sliceC()})).ppm), qint64(250000));
    QCOMPARE(qint64(tl::planning::neutralBatchShare(Baseline()).ppm), qint64(0));
}

void TestWhatIfEngine::neutralPositionsReproduceBaseline_data()
{
    QTest::addColumn<Baseline>("baseline");
    QTest::addColumn<QString>("c0");
    QTest::newRow("A B C") << baselineOf({sliceA(), sliceB(), sliceC()}) << QStringLiteral("33.5");
    // Slices with different cache mixes and batch shares per model, whose neutral p, r and b are
    // no round numbers (p, r, b rounded to a millionth): the neutral settings must still leave
    // every slice exactly as it is, so the scenario costs exactly C0 (whatever C0 is).
    Slice a2 = slice("big", "batch", 777, 333'333, 1'234'567, 333'333, 7, 99'999);
    a2.team = QStringLiteral("x");
    Slice b2 = slice("small", "batch", 1, 12'345, 0, 0, 0, 678);
    QTest::newRow("ragged") << baselineOf({sliceA(), a2, sliceB(), b2, sliceC(), sliceL()}) << QString();
}

void TestWhatIfEngine::neutralPositionsReproduceBaseline()
{
    QFETCH(Baseline, baseline);
    QFETCH(QString, c0);
    Scenario s;
    s.routing = RoutingLever{{tier("simple", "0", "small")}};
    s.tokenOptimization = TokenOptimizationLever{share("0"), share("0")};
    s.semanticCache = cacheLever("0", "0");
    s.promptCaching = tl::planning::neutralPromptCaching(baseline, catalog(), kToday);
    s.batch = BatchLever{tl::planning::neutralBatchShare(baseline)};
    s.selfHosting = hostingLever("2", 730, 1000, "0.6");
    s.selfHosting->models.clear();
    const auto r = evaluateScenario(baseline, catalog(), s, kToday);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    checkInvariants(*r);
    if (!c0.isEmpty())
        QCOMPARE(money(r->baselineCost), money(c0.toLatin1().constData()));
    QCOMPARE(money(r->scenarioCost), money(r->baselineCost));
    for (const LeverResult &l : r->levers) {
        QVERIFY(l.active);
        QCOMPARE(money(l.savings()), money("0"));
    }
    QCOMPARE(r->finalSlices.size(), baseline.slices.size());
    for (qsizetype i = 0; i < baseline.slices.size(); ++i) {
        const Slice &a = r->finalSlices[i].slice;
        const Slice &b = baseline.slices[i];
        QCOMPARE(a.model.model, b.model.model);
        QCOMPARE(a.serviceTier, b.serviceTier);
        QCOMPARE(a.team, b.team);
        for (Quantity Slice::*f : {&Slice::requests, &Slice::uncached, &Slice::cacheRead, &Slice::cacheWrite5m,
                                   &Slice::cacheWrite1h, &Slice::output})
            QCOMPARE(qty(a.*f), qty(b.*f));
    }
}

void TestWhatIfEngine::invalidShares_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("key");
    QTest::newRow("token optimisation") << QStringLiteral("token") << QStringLiteral("token_optimization.input_reduction");
    QTest::newRow("batch") << QStringLiteral("batch") << QStringLiteral("batch.share");
    QTest::newRow("hours") << QStringLiteral("hours") << QStringLiteral("self_hosting.hours_per_month");
}

void TestWhatIfEngine::invalidShares()
{
    QFETCH(QString, which);
    QFETCH(QString, key);
    Scenario s;
    if (which == u"token")
        s.tokenOptimization = TokenOptimizationLever{share("1.5"), share("0")};
    else if (which == u"batch")
        s.batch = BatchLever{Share{-1}};
    else
        s.selfHosting = hostingLever("2", 800, 1000, "0.5");
    const auto r = evaluateScenario(baselineOf({sliceA()}), catalog(), s, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(key), qPrintable(r.errorMessage()));
}

QTEST_GUILESS_MAIN(TestWhatIfEngine)
#include "tst_whatif_engine.moc"
