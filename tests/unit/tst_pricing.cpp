// Unit tests for tl::pricing::CostEngine: the cost rules of docs/formats.md.
//
// Unit reminder: prices are per million tokens; 1 USD = 1e9 nanos, so a price of $P/M costs
// P × 1e9 / 1e6 = P × 1000 nanos per token.

#include "PricingTestHelpers.h"
#include "TestSupport.h"

#include "domain/UsageFact.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tl::test::pricing;

class TestPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // CostEngine
    void tokenCost_data();
    void tokenCost();
    void inputKindsAreDisjoint();
    void inputKindsAreDisjointBuiltin();
    void missingCachePricesFallBackToInput();
    void missing1hWritePriceFallsBackToInput();
    void batchUsesCatalogBatchPrices();
    void batchWithoutBatchPricesHalvesInputAndOutput();
    void otherTiersUseStandardPrices_data();
    void otherTiersUseStandardPrices();
    void longContext_data();
    void longContext();
    void batchOfLongContextRequest();
    void priceHistory();
    void dateBeforeFirstKnownPrice();
    void perRequestPriceIsAdded();
    void unknownModelIsUnpriced();
    void priceFact();
};

// ---------------------------------------------------------------------------------------------
// CostEngine

void TestPricing::tokenCost_data()
{
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<QString>("perMillion");
    QTest::addColumn<qint64>("expectedNanos");

    // $0.075/M = 75'000'000 nanos/M → 75 nanos per token, exact
    QTest::newRow("1 token at 0.075") << qint64(1) << QStringLiteral("0.075") << qint64(75);
    QTest::newRow("7 tokens at 0.075") << qint64(7) << QStringLiteral("0.075") << qint64(525);
    // $0.0375/M → 37.5 nanos per token: 1 → 37.5 → 38 (half away from zero)
    QTest::newRow("half nano rounds up") << qint64(1) << QStringLiteral("0.0375") << qint64(38);
    // 2 × 37.5 = 75 exact; 3 × 37.5 = 112.5 → 113
    QTest::newRow("2 tokens at 0.0375") << qint64(2) << QStringLiteral("0.0375") << qint64(75);
    QTest::newRow("3 tokens at 0.0375") << qint64(3) << QStringLiteral("0.0375") << qint64(113);
    // $0.00875/M → 8.75 nanos per token: 1 → 9, 2 → 17.5 → 18, 4 → 35
    QTest::newRow("8.75 nanos") << qint64(1) << QStringLiteral("0.00875") << qint64(9);
    QTest::newRow("17.5 nanos") << qint64(2) << QStringLiteral("0.00875") << qint64(18);
    QTest::newRow("35 nanos") << qint64(4) << QStringLiteral("0.00875") << qint64(35);
    // $0.000000075/M = 75 nanos per million tokens: 1 token → 0.000075 nanos → 0;
    // 7'000 tokens → 0.525 nanos → 1; 6'000 tokens → 0.45 → 0
    QTest::newRow("sub-nano rounds to 0") << qint64(1) << QStringLiteral("0.000000075") << qint64(0);
    QTest::newRow("0.525 nanos rounds to 1") << qint64(7000) << QStringLiteral("0.000000075") << qint64(1);
    QTest::newRow("0.45 nanos rounds to 0") << qint64(6000) << QStringLiteral("0.000000075") << qint64(0);
    // 1M tokens at $2.50/M = $2.50
    QTest::newRow("one million") << qint64(1'000'000) << QStringLiteral("2.50") << qint64(2'500'000'000LL);
    QTest::newRow("zero tokens") << qint64(0) << QStringLiteral("75") << qint64(0);
    QTest::newRow("free model") << qint64(123'456) << QStringLiteral("0") << qint64(0);
    // 1e12 tokens at $15/M = $15'000'000 = 1.5e16 nanos (needs the 128-bit intermediate:
    // 1e12 × 1.5e10 = 1.5e22 > INT64_MAX)
    QTest::newRow("large volume") << qint64(1'000'000'000'000LL) << QStringLiteral("15")
                                  << qint64(15'000'000'000'000'000LL);
}

void TestPricing::tokenCost()
{
    QFETCH(qint64, tokens);
    QFETCH(QString, perMillion);
    QFETCH(qint64, expectedNanos);
    const auto price = Money::parse(perMillion);
    QVERIFY(price.has_value());
    const auto cost = CostEngine::tokenCost(tokens, *price);
    QVERIFY(cost.has_value());
    QCOMPARE(cost->nanos(), expectedNanos);
}

void TestPricing::inputKindsAreDisjoint()
{
    PriceCatalog catalog;
    ModelPrice p = makePrice("acme", "acme-large", "3.00", "15.00");
    p.prices.cacheRead = m("0.30");
    p.prices.cacheWrite5m = m("3.75");
    p.prices.cacheWrite1h = m("6.00");
    catalog.add(p);
    const CostEngine engine(catalog);

    // 1M uncached, 2M cache read, 0.4M 5m writes, 0.1M 1h writes, 0.5M output
    const auto r = engine.price(str("acme"), str("acme-large"), d(2026, 1, 1), str("standard"),
                                tokens(1'000'000, 2'000'000, 400'000, 100'000, 500'000), false);
    QVERIFY(r.price);
    QCOMPARE(r.price->model, str("acme-large"));
    // uncached 1M × 3.00 = 3.00
    QCOMPARE(r.cost.uncachedInput, m("3.00"));
    // cache read 2M × 0.30 = 0.60 (not charged again as input)
    QCOMPARE(r.cost.cacheRead, m("0.60"));
    // writes 0.4M × 3.75 = 1.50 plus 0.1M × 6.00 = 0.60 → 2.10
    QCOMPARE(r.cost.cacheWrite, m("2.10"));
    // output 0.5M × 15.00 = 7.50
    QCOMPARE(r.cost.output, m("7.50"));
    // input = 3.00 + 0.60 + 2.10 = 5.70; total = 5.70 + 7.50 = 13.20
    QCOMPARE(r.cost.input(), m("5.70"));
    QCOMPARE(r.cost.total(), m("13.20"));
}

void TestPricing::inputKindsAreDisjointBuiltin()
{
    // anthropic claude-sonnet-4-5-20250929: input 3.00, cache_read 0.30, cache_write_5m 3.75,
    // cache_write_1h 6.00, output 15.00 (long-context tier above 200k, but this is an aggregated
    // bucket, so it must not apply even though the total input is 3.5M).
    const CostEngine engine(PriceCatalog::builtin());
    const auto r = engine.price(str("anthropic"), str("claude-sonnet-4-5-20250929"), d(2026, 1, 1),
                                str("standard"),
                                tokens(1'000'000, 2'000'000, 400'000, 100'000, 500'000, 1000), false);
    QVERIFY(r.price);
    QCOMPARE(r.cost.uncachedInput, m("3.00")); // 1M × 3.00
    QCOMPARE(r.cost.cacheRead, m("0.60"));     // 2M × 0.30
    QCOMPARE(r.cost.cacheWrite, m("2.10"));    // 0.4M × 3.75 + 0.1M × 6.00 = 1.50 + 0.60
    QCOMPARE(r.cost.output, m("7.50"));        // 0.5M × 15.00
    QCOMPARE(r.cost.total(), m("13.20"));
}

void TestPricing::missingCachePricesFallBackToInput()
{
    PriceCatalog catalog;
    catalog.add(makePrice("acme", "no-cache", "2.00", "8.00"));
    const CostEngine engine(catalog);
    // 1M uncached, 0.5M read, 0.25M 5m, 0.125M 1h; all input kinds at the input price 2.00
    const auto r = engine.price(str("acme"), str("no-cache"), d(2026, 1, 1), str("standard"),
                                tokens(1'000'000, 500'000, 250'000, 125'000, 0), true);
    QVERIFY(r.price);
    QCOMPARE(r.cost.uncachedInput, m("2.00")); // 1M × 2
    QCOMPARE(r.cost.cacheRead, m("1.00"));     // 0.5M × 2
    QCOMPARE(r.cost.cacheWrite, m("0.75"));    // 0.25M × 2 + 0.125M × 2 = 0.50 + 0.25
    QCOMPARE(r.cost.output, Money());
    // total input = 1.875M tokens × 2.00 = 3.75: charged once each, never dropped
    QCOMPARE(r.cost.input(), m("3.75"));

    // Built-in gpt-4o-2024-05-13 has no cache_read: input 5.00 applies; 1M reads = $5.00
    const CostEngine builtin(PriceCatalog::builtin());
    const auto b = builtin.price(str("openai"), str("gpt-4o-2024-05-13"), d(2026, 1, 1),
                                 str("standard"), tokens(0, 1'000'000, 0, 0, 1'000'000), false);
    QVERIFY(b.price);
    QVERIFY(!b.price->prices.cacheRead.has_value());
    QCOMPARE(b.cost.cacheRead, m("5.00"));
    QCOMPARE(b.cost.output, m("15.00")); // 1M × 15.00
}

void TestPricing::missing1hWritePriceFallsBackToInput()
{
    // Rule (CostEngine.h / spec §4): a kind without its own price is charged as uncached input.
    // Here the 5-minute write has a price but the 1-hour write has none.
    PriceCatalog catalog;
    ModelPrice p = makePrice("acme", "only-5m", "2.00", "8.00");
    p.prices.cacheWrite5m = m("2.50");
    catalog.add(p);
    const CostEngine engine(catalog);
    // 1M 1-hour writes × input 2.00 = 2.00
    const auto r = engine.price(str("acme"), str("only-5m"), d(2026, 1, 1), str("standard"),
                                tokens(0, 0, 0, 1'000'000, 0), true);
    QVERIFY(r.price);
    QCOMPARE(r.cost.cacheWrite, m("2.00"));
    // 5m writes keep their own price: 1M × 2.50
    const auto w5 = engine.price(str("acme"), str("only-5m"), d(2026, 1, 1), str("standard"),
                                 tokens(0, 0, 1'000'000, 0, 0), true);
    QCOMPARE(w5.cost.cacheWrite, m("2.50"));
}

void TestPricing::batchUsesCatalogBatchPrices()
{
    // Built-in o4-mini: input 1.10, cache_read 0.275, output 4.40, batch_input 0.55,
    // batch_output 2.20.
    const CostEngine engine(PriceCatalog::builtin());
    const TokenCounts t = tokens(2'000'000, 1'000'000, 0, 0, 1'000'000);

    const auto standard = engine.price(str("openai"), str("o4-mini"), d(2026, 1, 1),
                                       str("standard"), t, false);
    QVERIFY(standard.price);
    QCOMPARE(standard.cost.uncachedInput, m("2.20")); // 2M × 1.10
    QCOMPARE(standard.cost.cacheRead, m("0.275"));    // 1M × 0.275
    QCOMPARE(standard.cost.output, m("4.40"));        // 1M × 4.40

    const auto batch = engine.price(str("openai"), str("o4-mini"), d(2026, 1, 1), str("batch"), t,
                                    false);
    QVERIFY(batch.price);
    QCOMPARE(batch.cost.uncachedInput, m("1.10")); // 2M × 0.55
    QCOMPARE(batch.cost.cacheRead, m("0.275"));    // cache price unchanged: 1M × 0.275
    QCOMPARE(batch.cost.output, m("2.20"));        // 1M × 2.20
}

void TestPricing::batchWithoutBatchPricesHalvesInputAndOutput()
{
    PriceCatalog catalog;
    ModelPrice p = makePrice("acme", "no-batch", "3.00", "15.00");
    p.prices.cacheRead = m("0.30");
    p.prices.cacheWrite5m = m("3.75");
    p.prices.cacheWrite1h = m("6.00");
    catalog.add(p);
    const CostEngine engine(catalog);
    const auto r = engine.price(str("acme"), str("no-batch"), d(2026, 1, 1), str("batch"),
                                tokens(1'000'000, 1'000'000, 1'000'000, 1'000'000, 1'000'000), false);
    QVERIFY(r.price);
    QCOMPARE(r.cost.uncachedInput, m("1.50")); // 1M × 3.00 × 50 %
    QCOMPARE(r.cost.output, m("7.50"));        // 1M × 15.00 × 50 %
    QCOMPARE(r.cost.cacheRead, m("0.30"));     // unchanged: 1M × 0.30
    QCOMPARE(r.cost.cacheWrite, m("9.75"));    // unchanged: 1M × 3.75 + 1M × 6.00

    // Built-in bedrock mistral.mistral-large-2407-v1:0: input 2.00, output 6.00, no batch and no
    // cache prices → batch input 1.00, batch output 3.00; cache reads are charged as (batch)
    // uncached input, 1.00.
    const CostEngine builtin(PriceCatalog::builtin());
    const auto b = builtin.price(str("bedrock"), str("mistral.mistral-large-2407-v1:0"),
                                 d(2026, 1, 1), str("batch"),
                                 tokens(1'000'000, 1'000'000, 0, 0, 1'000'000), false);
    QVERIFY(b.price);
    QVERIFY(!b.price->prices.batchInput.has_value());
    QCOMPARE(b.cost.uncachedInput, m("1.00"));
    QCOMPARE(b.cost.output, m("3.00"));
    QCOMPARE(b.cost.cacheRead, m("1.00"));

    // Halving is exact to the nano and rounds half away from zero: 0.000000003/M × 50 % =
    // 1.5 nanos/M → 2 nanos/M; 1M tokens → 2 nanos
    PriceCatalog odd;
    odd.add(makePrice("acme", "odd", "0.000000003", "0.000000001"));
    const CostEngine oddEngine(odd);
    const auto o = oddEngine.price(str("acme"), str("odd"), d(2026, 1, 1), str("batch"),
                                   tokens(1'000'000, 0, 0, 0, 1'000'000), false);
    QCOMPARE(o.cost.uncachedInput.nanos(), 2);
    QCOMPARE(o.cost.output.nanos(), 1); // 1 × 50 % = 0.5 → 1
}

void TestPricing::otherTiersUseStandardPrices_data()
{
    QTest::addColumn<QString>("tier");
    QTest::newRow("standard") << QStringLiteral("standard");
    QTest::newRow("priority") << QStringLiteral("priority");
    QTest::newRow("flex") << QStringLiteral("flex");
    QTest::newRow("empty") << QString();
}

void TestPricing::otherTiersUseStandardPrices()
{
    QFETCH(QString, tier);
    // Built-in gpt-4o: input 2.50, output 10.00 (batch 1.25 / 5.00 must not be used)
    const CostEngine engine(PriceCatalog::builtin());
    const auto r = engine.price(str("openai"), str("gpt-4o"), d(2026, 1, 1), tier,
                                tokens(1'000'000, 0, 0, 0, 1'000'000), false);
    QVERIFY(r.price);
    QCOMPARE(r.cost.uncachedInput, m("2.50"));
    QCOMPARE(r.cost.output, m("10.00"));
}

void TestPricing::longContext_data()
{
    QTest::addColumn<bool>("perRequest");
    QTest::addColumn<qint64>("uncached");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("write5m");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("uncachedCost");
    QTest::addColumn<qint64>("cacheReadCost");
    QTest::addColumn<qint64>("cacheWriteCost");
    QTest::addColumn<qint64>("outputCost");

    // Built-in claude-sonnet-4-5-20250929: standard 3.00 / read 0.30 / write5m 3.75 / out 15.00;
    // above 200'000 input tokens: 6.00 / read 0.60 / write5m 7.50 / out 22.50.

    // total input 150'000 + 50'001 = 200'001 > 200'000 → long prices for the whole request:
    // 150'000 × 6.00/M = 0.9; 50'001 × 0.60/M = 0.0300006; 10'000 × 22.50/M = 0.225
    QTest::newRow("above threshold") << true << qint64(150'000) << qint64(50'001) << qint64(0)
                                     << qint64(10'000) << qint64(900'000'000) << qint64(30'000'600)
                                     << qint64(0) << qint64(225'000'000);
    // exactly 200'000 is not above: 150'000 × 3.00/M = 0.45; 50'000 × 0.30/M = 0.015;
    // 10'000 × 15.00/M = 0.15
    QTest::newRow("exactly at threshold") << true << qint64(150'000) << qint64(50'000) << qint64(0)
                                          << qint64(10'000) << qint64(450'000'000)
                                          << qint64(15'000'000) << qint64(0) << qint64(150'000'000);
    // same tokens as "above" but an aggregated bucket (not per request): standard prices;
    // 50'001 × 0.30/M = 0.0150003
    QTest::newRow("aggregated bucket") << false << qint64(150'000) << qint64(50'001) << qint64(0)
                                       << qint64(10'000) << qint64(450'000'000)
                                       << qint64(15'000'300) << qint64(0) << qint64(150'000'000);
    // cache writes count towards the threshold: 100'000 + 100'001 = 200'001 → long;
    // 100'000 × 6.00/M = 0.6; 100'001 × 7.50/M = 0.7500075
    QTest::newRow("writes count") << true << qint64(100'000) << qint64(0) << qint64(100'001)
                                  << qint64(0) << qint64(600'000'000) << qint64(0)
                                  << qint64(750'007'500) << qint64(0);
    // output does not count: 200'000 input + 1M output → standard; 200'000 × 3.00/M = 0.6;
    // 1M × 15.00 = 15
    QTest::newRow("output does not count") << true << qint64(200'000) << qint64(0) << qint64(0)
                                           << qint64(1'000'000) << qint64(600'000'000) << qint64(0)
                                           << qint64(0) << qint64(15'000'000'000LL);
}

void TestPricing::longContext()
{
    QFETCH(bool, perRequest);
    QFETCH(qint64, uncached);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, write5m);
    QFETCH(qint64, output);
    QFETCH(qint64, uncachedCost);
    QFETCH(qint64, cacheReadCost);
    QFETCH(qint64, cacheWriteCost);
    QFETCH(qint64, outputCost);

    const CostEngine engine(PriceCatalog::builtin());
    const auto r = engine.price(str("anthropic"), str("claude-sonnet-4-5-20250929"), d(2026, 1, 1),
                                str("standard"), tokens(uncached, cacheRead, write5m, 0, output),
                                perRequest);
    QVERIFY(r.price);
    QCOMPARE(r.price->prices.longContextThreshold.value_or(-1), std::int64_t(200'000));
    QCOMPARE(r.cost.uncachedInput.nanos(), uncachedCost);
    QCOMPARE(r.cost.cacheRead.nanos(), cacheReadCost);
    QCOMPARE(r.cost.cacheWrite.nanos(), cacheWriteCost);
    QCOMPARE(r.cost.output.nanos(), outputCost);
}

void TestPricing::batchOfLongContextRequest()
{
    // A batch request above the long-context threshold. The long tier applies "to the whole
    // request" and batch is a 50 % discount, so the expected input price is 50 % × 6.00 = 3.00
    // and output 50 % × 22.50 = 11.25 (this is also how Anthropic bills it). The cache-read
    // price is the long one (0.60).
    const CostEngine engine(PriceCatalog::builtin());
    const auto r = engine.price(str("anthropic"), str("claude-sonnet-4-5-20250929"), d(2026, 1, 1),
                                str("batch"), tokens(1'000'000, 100'000, 0, 0, 1'000'000), true);
    QVERIFY(r.price);
    QCOMPARE(r.cost.cacheRead, m("0.06")); // 0.1M × 0.60 (long cache read)
    QCOMPARE(r.cost.uncachedInput, m("3.00")); // 1M × 3.00
    QCOMPARE(r.cost.output, m("11.25")); // 1M × 11.25
}

void TestPricing::priceHistory()
{
    // Built-in o3: 10.00 / 40.00 until 2025-06-10 (exclusive), 2.00 / 8.00 from 2025-06-10.
    const PriceCatalog &catalog = PriceCatalog::builtin();
    const ModelPrice *before = catalog.find(str("openai"), str("o3"), d(2025, 6, 9));
    const ModelPrice *from = catalog.find(str("openai"), str("o3"), d(2025, 6, 10));
    QVERIFY(before);
    QVERIFY(from);
    QCOMPARE(before->prices.input, m("10.00"));
    QCOMPARE(before->prices.output, m("40.00"));
    QCOMPARE(before->effectiveTo, d(2025, 6, 10));
    QCOMPARE(from->prices.input, m("2.00"));
    QCOMPARE(from->prices.output, m("8.00"));
    QCOMPARE(from->effectiveFrom, d(2025, 6, 10));
    // far past / far future
    QCOMPARE(catalog.find(str("openai"), str("o3"), d(2020, 1, 1))->prices.input, m("10.00"));
    QCOMPARE(catalog.find(str("openai"), str("o3"), d(2030, 1, 1))->prices.input, m("2.00"));
    // aliases follow the history too
    QCOMPARE(catalog.find(str("openai"), str("o3-2025-04-16"), d(2025, 5, 1))->prices.input,
             m("10.00"));

    // 1M input + 1M output: 10 + 40 = 50 on 9 June; 2 + 8 = 10 on 10 June
    const CostEngine engine(catalog);
    const TokenCounts t = tokens(1'000'000, 0, 0, 0, 1'000'000);
    QCOMPARE(engine.price(str("openai"), str("o3"), d(2025, 6, 9), str("standard"), t, false)
                 .cost.total(),
             m("50"));
    QCOMPARE(engine.price(str("openai"), str("o3"), d(2025, 6, 10), str("standard"), t, false)
                 .cost.total(),
             m("10"));
}

void TestPricing::dateBeforeFirstKnownPrice()
{
    // Two periods, added latest first so that "first in the list" is not "earliest".
    PriceCatalog catalog;
    ModelPrice later = makePrice("acme", "hist", "2.00", "2.00");
    later.effectiveFrom = d(2025, 7, 1);
    ModelPrice earlier = makePrice("acme", "hist", "1.00", "1.00");
    earlier.effectiveFrom = d(2025, 1, 1);
    earlier.effectiveTo = d(2025, 7, 1);
    catalog.add(later);
    catalog.add(earlier);

    // before any known price → the earliest price (1.00)
    const ModelPrice *p = catalog.find(str("acme"), str("hist"), d(2024, 6, 1));
    QVERIFY(p);
    QCOMPARE(p->prices.input, m("1.00"));
    QCOMPARE(p->effectiveFrom, d(2025, 1, 1));
    // inside the first period; the end is exclusive; after the change
    QCOMPARE(catalog.find(str("acme"), str("hist"), d(2025, 3, 1))->prices.input, m("1.00"));
    QCOMPARE(catalog.find(str("acme"), str("hist"), d(2025, 6, 30))->prices.input, m("1.00"));
    QCOMPARE(catalog.find(str("acme"), str("hist"), d(2025, 7, 1))->prices.input, m("2.00"));
    QCOMPARE(catalog.find(str("acme"), str("hist"), d(2030, 1, 1))->prices.input, m("2.00"));

    // the engine bills old usage at the earliest price: 1M × 1.00
    const CostEngine engine(catalog);
    QCOMPARE(engine.price(str("acme"), str("hist"), d(2020, 1, 1), str("standard"),
                          tokens(1'000'000, 0, 0, 0, 0), false)
                 .cost.uncachedInput,
             m("1.00"));
}

void TestPricing::perRequestPriceIsAdded()
{
    PriceCatalog catalog;
    ModelPrice p = makePrice("acme", "per-call", "1.00", "2.00");
    p.prices.perRequest = m("0.01");
    catalog.add(p);
    const CostEngine engine(catalog);
    // 3 requests, 1'000 input, 500 output:
    // input 1'000 × 1.00/M = 0.001, + 3 × 0.01 = 0.03 → 0.031; output 500 × 2.00/M = 0.001
    const auto r = engine.price(str("acme"), str("per-call"), d(2026, 1, 1), str("standard"),
                                tokens(1000, 0, 0, 0, 500, 3), false);
    QVERIFY(r.price);
    QCOMPARE(r.cost.uncachedInput, m("0.031"));
    QCOMPARE(r.cost.output, m("0.001"));
    QCOMPARE(r.cost.total(), m("0.032"));

    // zero requests: no per-request charge
    const auto none = engine.price(str("acme"), str("per-call"), d(2026, 1, 1), str("standard"),
                                   tokens(1000, 0, 0, 0, 0, 0), false);
    QCOMPARE(none.cost.uncachedInput, m("0.001"));
}

void TestPricing::unknownModelIsUnpriced()
{
    const CostEngine engine(PriceCatalog::builtin());
    const auto r = engine.price(str("openai"), str("no-such-model"), d(2026, 1, 1),
                                str("standard"), tokens(1'000'000, 0, 0, 0, 1'000'000), true);
    QVERIFY(!r.price);
    QCOMPARE(r.cost, CostBreakdown{});
    QVERIFY(r.cost.total().isZero());
}

void TestPricing::priceFact()
{
    const CostEngine engine(PriceCatalog::builtin());

    // o3 price changes at 2025-06-10 00:00 UTC: one second earlier is the old price.
    UsageFact fact;
    fact.provider = str("openai");
    fact.model = str("o3");
    fact.bucket = tl::BucketWidth::Request;
    fact.tokens = tokens(1'000'000, 0, 0, 0, 1'000'000);
    fact.start = QDateTime(d(2025, 6, 9), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(engine.priceFact(fact));
    QCOMPARE(fact.cost.total(), m("50")); // 1M × 10 + 1M × 40
    fact.start += 1;
    QVERIFY(engine.priceFact(fact));
    QCOMPARE(fact.cost.total(), m("10")); // 1M × 2 + 1M × 8

    // service tier of the fact is honoured: batch 1M × 1.00 + 1M × 4.00 = 5
    fact.serviceTier = str("batch");
    QVERIFY(engine.priceFact(fact));
    QCOMPARE(fact.cost.total(), m("5"));

    // long context only for request facts: 300'000 input tokens of sonnet 4.5
    UsageFact big;
    big.provider = str("anthropic");
    big.model = str("claude-sonnet-4-5-20250929");
    big.start = QDateTime(d(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    big.tokens = tokens(300'000, 0, 0, 0, 0);
    big.bucket = tl::BucketWidth::Request;
    QVERIFY(engine.priceFact(big));
    QCOMPARE(big.cost.uncachedInput, m("1.80")); // 300'000 × 6.00/M
    big.bucket = tl::BucketWidth::Day;
    QVERIFY(engine.priceFact(big));
    QCOMPARE(big.cost.uncachedInput, m("0.90")); // 300'000 × 3.00/M

    // unknown model: false and the cost is reset to zero
    UsageFact unknown = fact;
    unknown.model = str("mystery-1");
    unknown.cost.output = m("99");
    QVERIFY(!engine.priceFact(unknown));
    QCOMPARE(unknown.cost, CostBreakdown{});
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
