// Unit tests for tl::pricing::PriceCatalog (matching, JSON parsing, persistence) and
// tl::pricing::CostEngine (the cost rules of product spec §4).
//
// Unit reminder: prices are per million tokens; 1 USD = 1e9 nanos, so a price of $P/M costs
// P × 1e9 / 1e6 = P × 1000 nanos per token.

#include "TestSupport.h"

#include "domain/UsageFact.h"
#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using tl::CostBreakdown;
using tl::Money;
using tl::TokenCounts;
using tl::UsageFact;
using tl::pricing::CostEngine;
using tl::pricing::MatchRule;
using tl::pricing::ModelPrice;
using tl::pricing::PriceCatalog;

namespace {

Money m(const char *decimal)
{
    const auto v = Money::parse(QString::fromLatin1(decimal));
    Q_ASSERT(v.has_value());
    return *v;
}

QString str(const char *s) { return QString::fromLatin1(s); }

QDate d(int y, int mo, int day) { return QDate(y, mo, day); }

ModelPrice makePrice(const char *provider, const char *model, const char *input, const char *output)
{
    ModelPrice p;
    p.provider = str(provider);
    p.model = str(model);
    p.prices.input = m(input);
    p.prices.output = m(output);
    return p;
}

TokenCounts tokens(std::int64_t uncached, std::int64_t cacheRead, std::int64_t write5m,
                   std::int64_t write1h, std::int64_t output, std::int64_t requests = 1)
{
    TokenCounts t;
    t.requests = requests;
    t.uncachedInput = uncached;
    t.cacheRead = cacheRead;
    t.cacheWrite5m = write5m;
    t.cacheWrite1h = write1h;
    t.output = output;
    return t;
}

QString opt(const std::optional<Money> &v)
{
    return v ? v->toDecimalString() : QStringLiteral("<none>");
}

QString opt(const std::optional<std::int64_t> &v)
{
    return v ? QString::number(*v) : QStringLiteral("<none>");
}

// Field-by-field comparison with readable failure messages.
void compareEntries(const ModelPrice &a, const ModelPrice &b)
{
    QCOMPARE(a.catalog, b.catalog);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.family, b.family);
    QCOMPARE(a.aliases, b.aliases);
    QCOMPARE(a.effectiveFrom, b.effectiveFrom);
    QCOMPARE(a.effectiveTo, b.effectiveTo);
    const auto &x = a.prices;
    const auto &y = b.prices;
    QCOMPARE(x.input.nanos(), y.input.nanos());
    QCOMPARE(opt(x.cacheRead), opt(y.cacheRead));
    QCOMPARE(opt(x.cacheWrite5m), opt(y.cacheWrite5m));
    QCOMPARE(opt(x.cacheWrite1h), opt(y.cacheWrite1h));
    QCOMPARE(x.output.nanos(), y.output.nanos());
    QCOMPARE(opt(x.batchInput), opt(y.batchInput));
    QCOMPARE(opt(x.batchOutput), opt(y.batchOutput));
    QCOMPARE(opt(x.longContextThreshold), opt(y.longContextThreshold));
    QCOMPARE(opt(x.longInput), opt(y.longInput));
    QCOMPARE(opt(x.longCacheRead), opt(y.longCacheRead));
    QCOMPARE(opt(x.longCacheWrite5m), opt(y.longCacheWrite5m));
    QCOMPARE(opt(x.longOutput), opt(y.longOutput));
    QCOMPARE(opt(x.perRequest), opt(y.perRequest));
    QCOMPARE(opt(x.priorityInput), opt(y.priorityInput));
    QCOMPARE(opt(x.priorityOutput), opt(y.priorityOutput));
    QCOMPARE(opt(x.flexInput), opt(y.flexInput));
    QCOMPARE(opt(x.flexOutput), opt(y.flexOutput));
    QCOMPARE(bool(a.match), bool(b.match));
    if (a.match)
        QCOMPARE(a.match->toJsonText(), b.match->toJsonText());
}

// A minimal valid catalog document around one "prices" entry.
QByteArray catalogWithPrice(const char *priceObject)
{
    return QByteArray(R"({"format":"tokenledger-catalog","models":[{"provider":"acme","model":"acme-large","prices":[)")
           + priceObject + "]}]}";
}

} // namespace

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

    // PriceCatalog matching
    void normaliseModelId_data();
    void normaliseModelId();
    void findBuiltin_data();
    void findBuiltin();
    void findHandBuilt();

    // PriceCatalog JSON and persistence
    void builtinCatalogLoads();
    void fromJsonParsesEveryField();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void saveLoadRoundTrip();
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
    QCOMPARE(CostEngine::tokenCost(tokens, *price).nanos(), expectedNanos);
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

// ---------------------------------------------------------------------------------------------
// PriceCatalog matching

void TestPricing::normaliseModelId_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("gpt-4o") << QStringLiteral("gpt-4o");
    QTest::newRow("openai/") << QStringLiteral("openai/gpt-4o") << QStringLiteral("gpt-4o");
    QTest::newRow("bedrock/") << QStringLiteral("bedrock/anthropic.claude-3-haiku-20240307-v1:0")
                              << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0");
    QTest::newRow("us.") << QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0")
                         << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0");
    QTest::newRow("us-gov.") << QStringLiteral("us-gov.anthropic.claude-3-haiku-20240307-v1:0")
                             << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0");
    QTest::newRow("bedrock/ and eu.")
        << QStringLiteral("bedrock/eu.anthropic.claude-3-haiku-20240307-v1:0")
        << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0");
    QTest::newRow("repeated prefixes") << QStringLiteral("azure/openai/gpt-4o") << QStringLiteral("gpt-4o");
    QTest::newRow("spaces") << QStringLiteral(" openai/gpt-4o ") << QStringLiteral("gpt-4o");
    // date suffixes are not removed by normalisation
    QTest::newRow("date kept") << QStringLiteral("gpt-4o-2024-08-06") << QStringLiteral("gpt-4o-2024-08-06");
}

void TestPricing::normaliseModelId()
{
    QFETCH(QString, model);
    QFETCH(QString, expected);
    QCOMPARE(PriceCatalog::normaliseModelId(model), expected);
}

void TestPricing::findBuiltin_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expectedModel"); // empty: not found
    QTest::addColumn<QString>("expectedInput");

    QTest::newRow("exact") << QStringLiteral("openai") << QStringLiteral("gpt-4o")
                           << QStringLiteral("gpt-4o") << QStringLiteral("2.50");
    QTest::newRow("alias") << QStringLiteral("openai") << QStringLiteral("gpt-4o-2024-08-06")
                           << QStringLiteral("gpt-4o") << QStringLiteral("2.50");
    QTest::newRow("case-insensitive") << QStringLiteral("OpenAI") << QStringLiteral("GPT-4o")
                                      << QStringLiteral("gpt-4o") << QStringLiteral("2.50");
    // gpt-4o-2024-05-13 is its own entry (5.00) and must not be date-stripped to gpt-4o (2.50)
    QTest::newRow("dated id with its own price") << QStringLiteral("openai")
                                                 << QStringLiteral("gpt-4o-2024-05-13")
                                                 << QStringLiteral("gpt-4o-2024-05-13")
                                                 << QStringLiteral("5.00");
    QTest::newRow("openai/ prefix") << QStringLiteral("openai") << QStringLiteral("openai/gpt-4o")
                                    << QStringLiteral("gpt-4o") << QStringLiteral("2.50");
    QTest::newRow("openai/ prefix + alias") << QStringLiteral("openai")
                                            << QStringLiteral("openai/gpt-4o-2024-11-20")
                                            << QStringLiteral("gpt-4o") << QStringLiteral("2.50");
    QTest::newRow("bedrock/ prefix") << QStringLiteral("bedrock")
                                     << QStringLiteral("bedrock/anthropic.claude-3-haiku-20240307-v1:0")
                                     << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0")
                                     << QStringLiteral("0.25");
    QTest::newRow("us. region") << QStringLiteral("bedrock")
                                << QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0")
                                << QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0")
                                << QStringLiteral("0.25");
    QTest::newRow("bedrock/ + eu. region")
        << QStringLiteral("bedrock") << QStringLiteral("bedrock/eu.anthropic.claude-sonnet-4-5-20250929-v1:0")
        << QStringLiteral("anthropic.claude-sonnet-4-5-20250929-v1:0") << QStringLiteral("3.30");
    // global.… has its own entry (3.00), which wins over the regional base model (3.30)
    QTest::newRow("global. exact entry wins")
        << QStringLiteral("bedrock") << QStringLiteral("global.anthropic.claude-sonnet-4-5-20250929-v1:0")
        << QStringLiteral("global.anthropic.claude-sonnet-4-5-20250929-v1:0") << QStringLiteral("3.00");
    QTest::newRow("made-up date suffix") << QStringLiteral("openai")
                                         << QStringLiteral("gpt-4.1-mini-2031-01-01")
                                         << QStringLiteral("gpt-4.1-mini") << QStringLiteral("0.40");
    QTest::newRow("compact date suffix") << QStringLiteral("openai")
                                         << QStringLiteral("gpt-4o-mini-20310101")
                                         << QStringLiteral("gpt-4o-mini") << QStringLiteral("0.15");
    // date stripped, then matched by alias "claude-3-5-haiku"
    QTest::newRow("date suffix to alias") << QStringLiteral("anthropic")
                                          << QStringLiteral("claude-3-5-haiku-20991231")
                                          << QStringLiteral("claude-3-5-haiku-20241022")
                                          << QStringLiteral("0.80");
    // Vertex style "@date"
    QTest::newRow("@date suffix") << QStringLiteral("anthropic")
                                  << QStringLiteral("claude-3-5-haiku@20241022")
                                  << QStringLiteral("claude-3-5-haiku-20241022")
                                  << QStringLiteral("0.80");
    QTest::newRow("azure has its own entry") << QStringLiteral("azure") << QStringLiteral("gpt-4.1")
                                             << QStringLiteral("gpt-4.1") << QStringLiteral("2.00");
    QTest::newRow("unknown model") << QStringLiteral("openai") << QStringLiteral("gpt-99-ultra")
                                   << QString() << QString();
    QTest::newRow("empty model") << QStringLiteral("openai") << QString() << QString() << QString();
    QTest::newRow("provider mismatch") << QStringLiteral("anthropic") << QStringLiteral("gpt-4o")
                                       << QString() << QString();
    QTest::newRow("unknown provider") << QStringLiteral("acme") << QStringLiteral("gpt-4o")
                                      << QString() << QString();
    // a Bedrock id (after removing "us.") does not match under another provider
    QTest::newRow("bedrock id under anthropic")
        << QStringLiteral("anthropic") << QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0")
        << QString() << QString();
}

void TestPricing::findBuiltin()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, expectedModel);
    QFETCH(QString, expectedInput);
    const ModelPrice *p = PriceCatalog::builtin().find(provider, model, d(2026, 1, 1));
    if (expectedModel.isEmpty()) {
        QVERIFY2(!p, p ? qPrintable(p->model) : "");
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->model, expectedModel);
    QCOMPARE(p->provider, provider.toLower());
    QCOMPARE(p->prices.input.toDecimalString(2), expectedInput);
}

void TestPricing::findHandBuilt()
{
    PriceCatalog catalog;
    QVERIFY(catalog.isEmpty());
    QCOMPARE(catalog.find(str("acme"), str("anything"), d(2026, 1, 1)), nullptr);

    ModelPrice a = makePrice("acme", "acme-large", "1.00", "2.00");
    a.aliases = QStringList{str("acme-l"), str("large-latest")};
    catalog.add(a);
    catalog.add(makePrice("other", "acme-large", "9.00", "9.00"));
    QCOMPARE(catalog.entries().size(), 2);
    QVERIFY(!catalog.isEmpty());

    const ModelPrice *p = catalog.find(str("acme"), str("acme-large"), d(2026, 1, 1));
    QVERIFY(p);
    QCOMPARE(p->prices.input, m("1.00"));
    // same model id under another provider: that provider's entry
    QCOMPARE(catalog.find(str("other"), str("acme-large"), d(2026, 1, 1))->prices.input, m("9.00"));
    // aliases
    QCOMPARE(catalog.find(str("acme"), str("large-latest"), d(2026, 1, 1)), p);
    QCOMPARE(catalog.find(str("acme"), str("acme-l"), d(2026, 1, 1)), p);
    // an alias is not shared with another provider
    QCOMPARE(catalog.find(str("other"), str("acme-l"), d(2026, 1, 1)), nullptr);
    // prefix + date suffix + alias all at once
    QCOMPARE(catalog.find(str("acme"), str("openai/acme-l-2030-02-03"), d(2026, 1, 1)), p);
    // a longer id is not a prefix match
    QCOMPARE(catalog.find(str("acme"), str("acme-large-v2"), d(2026, 1, 1)), nullptr);
    QCOMPARE(catalog.find(str("acme"), str("acme"), d(2026, 1, 1)), nullptr);
}

// ---------------------------------------------------------------------------------------------
// JSON and persistence

void TestPricing::builtinCatalogLoads()
{
    const PriceCatalog &c = PriceCatalog::builtin();
    QVERIFY(!c.isEmpty());
    // builtin-prices.json has 64 models, o3 with two periods → 65 price entries
    QCOMPARE(c.entries().size(), 65);
    for (const ModelPrice &p : c.entries()) {
        QCOMPARE(p.catalog, str("builtin"));
        QVERIFY2(!p.provider.isEmpty() && !p.model.isEmpty(), qPrintable(p.model));
        QVERIFY2(!p.prices.input.isNegative() && !p.prices.output.isNegative(), qPrintable(p.model));
    }
    // figures read from the JSON: gpt-4o-mini 0.15 / cache 0.075 / 0.60, batch 0.075 / 0.30
    const ModelPrice *mini = c.find(str("openai"), str("gpt-4o-mini"), d(2026, 1, 1));
    QVERIFY(mini);
    QCOMPARE(mini->family, str("gpt-4o"));
    QCOMPARE(mini->prices.input, m("0.15"));
    QCOMPARE(mini->prices.cacheRead, std::optional<Money>(m("0.075")));
    QCOMPARE(mini->prices.output, m("0.60"));
    QCOMPARE(mini->prices.batchInput, std::optional<Money>(m("0.075")));
    QCOMPARE(mini->prices.batchOutput, std::optional<Money>(m("0.30")));
    QVERIFY(!mini->prices.cacheWrite5m.has_value());
    QVERIFY(!mini->prices.longContextThreshold.has_value());
}

void TestPricing::fromJsonParsesEveryField()
{
    const QByteArray json = R"({
      "format": "tokenledger-catalog", "version": 1,
      "models": [
        {"provider": "acme", "model": "acme-large", "family": "acme", "aliases": ["acme-l", 7, "acme-large-latest"],
         "prices": [
           {"from": "", "to": "2025-03-01", "input": "4", "output": "16"},
           {"from": "2025-03-01", "to": "", "input": "3.00", "cache_read": "0.30",
            "cache_write_5m": "3.75", "cache_write_1h": "6.00", "output": "15.00",
            "batch_input": "1.5", "batch_output": "7.5", "per_request": "0.000001",
            "long_context": {"threshold": 200000, "input": "6", "output": "22.5",
                             "cache_read": "0.6", "cache_write_5m": "7.5"}}
         ]},
        {"provider": "tiny", "model": "t-1", "prices": [{"input": "1.25e-7", "output": "0", "cache_read": null}]}
      ]})";
    const auto parsed = PriceCatalog::fromTokenLedgerJson(json, str("test.json"), str("user"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const PriceCatalog &c = parsed.value();
    QCOMPARE(c.entries().size(), 3);

    const ModelPrice &old = c.entries().at(0);
    QCOMPARE(old.catalog, str("user"));
    QCOMPARE(old.provider, str("acme"));
    QCOMPARE(old.model, str("acme-large"));
    QCOMPARE(old.family, str("acme"));
    // non-string aliases are skipped
    QCOMPARE(old.aliases, (QStringList{str("acme-l"), str("acme-large-latest")}));
    QVERIFY(!old.effectiveFrom.isValid());
    QCOMPARE(old.effectiveTo, d(2025, 3, 1));
    QCOMPARE(old.prices.input, m("4"));
    QCOMPARE(old.prices.output, m("16"));
    QVERIFY(!old.prices.cacheRead && !old.prices.perRequest && !old.prices.longContextThreshold);

    const ModelPrice &cur = c.entries().at(1);
    QCOMPARE(cur.effectiveFrom, d(2025, 3, 1));
    QVERIFY(!cur.effectiveTo.isValid());
    QCOMPARE(cur.prices.input, m("3"));
    QCOMPARE(opt(cur.prices.cacheRead), str("0.3"));
    QCOMPARE(opt(cur.prices.cacheWrite5m), str("3.75"));
    QCOMPARE(opt(cur.prices.cacheWrite1h), str("6"));
    QCOMPARE(cur.prices.output, m("15"));
    QCOMPARE(opt(cur.prices.batchInput), str("1.5"));
    QCOMPARE(opt(cur.prices.batchOutput), str("7.5"));
    QCOMPARE(opt(cur.prices.perRequest), str("0.000001"));
    QCOMPARE(opt(cur.prices.longContextThreshold), str("200000"));
    QCOMPARE(opt(cur.prices.longInput), str("6"));
    QCOMPARE(opt(cur.prices.longOutput), str("22.5"));
    QCOMPARE(opt(cur.prices.longCacheRead), str("0.6"));
    QCOMPARE(opt(cur.prices.longCacheWrite5m), str("7.5"));

    // 1.25e-7 per million = 125 nanos; explicit null = no price
    const ModelPrice &tiny = c.entries().at(2);
    QCOMPARE(tiny.prices.input.nanos(), 125);
    QVERIFY(tiny.prices.output.isZero());
    QVERIFY(!tiny.prices.cacheRead.has_value());
    QVERIFY(tiny.family.isEmpty());
    QVERIFY(tiny.aliases.isEmpty());

    // the parsed catalog is searchable
    QCOMPARE(c.find(str("acme"), str("acme-l"), d(2024, 1, 1)), &old);
    QCOMPARE(c.find(str("acme"), str("acme-large-latest"), d(2025, 3, 1)), &cur);
}

void TestPricing::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mustMention");

    QTest::newRow("negative price") << catalogWithPrice(R"({"input":"-1","output":"2"})")
                                    << QStringList{str("acme-large"), str("input")};
    QTest::newRow("negative cache price")
        << catalogWithPrice(R"({"input":"1","output":"2","cache_read":"-0.1"})")
        << QStringList{str("acme-large"), str("cache_read")};
    QTest::newRow("number instead of string") << catalogWithPrice(R"({"input":1.5,"output":"2"})")
                                              << QStringList{str("acme-large"), str("input")};
    QTest::newRow("number output") << catalogWithPrice(R"({"input":"1.5","output":2})")
                                   << QStringList{str("acme-large"), str("output")};
    QTest::newRow("missing output") << catalogWithPrice(R"({"input":"1"})")
                                    << QStringList{str("acme-large"), str("output")};
    QTest::newRow("missing input") << catalogWithPrice(R"({"output":"1"})")
                                   << QStringList{str("acme-large"), str("input")};
    QTest::newRow("not a number") << catalogWithPrice(R"({"input":"cheap","output":"1"})")
                                  << QStringList{str("acme-large"), str("input")};
    QTest::newRow("bad date") << catalogWithPrice(R"({"from":"2025-02-30","input":"1","output":"1"})")
                              << QStringList{str("acme-large"), str("from"), str("2025-02-30")};
    QTest::newRow("bad to date") << catalogWithPrice(R"({"to":"June","input":"1","output":"1"})")
                                 << QStringList{str("acme-large"), str("to"), str("June")};
    QTest::newRow("date as number") << catalogWithPrice(R"({"from":20250101,"input":"1","output":"1"})")
                                    << QStringList{str("acme-large"), str("from")};
    QTest::newRow("bad long-context threshold")
        << catalogWithPrice(R"({"input":"1","output":"1","long_context":{"threshold":"200k","input":"2"}})")
        << QStringList{str("acme-large"), str("long_context.threshold")};
    QTest::newRow("wrong format")
        << QByteArray(R"({"format":"litellm","models":[]})") << QStringList{str("format")};
    QTest::newRow("missing format") << QByteArray(R"({"models":[]})") << QStringList{str("format")};
    QTest::newRow("not JSON") << QByteArray("{not json") << QStringList{str("JSON")};
    QTest::newRow("JSON array") << QByteArray("[]") << QStringList{str("JSON object")};
    QTest::newRow("models not a list")
        << QByteArray(R"({"format":"tokenledger-catalog","models":{}})") << QStringList{str("models")};
    QTest::newRow("model without provider")
        << QByteArray(R"({"format":"tokenledger-catalog","models":[{"model":"x","prices":[]}]})")
        << QStringList{str("models[0]"), str("provider")};
}

void TestPricing::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mustMention);
    const auto parsed = PriceCatalog::fromTokenLedgerJson(json, str("test.json"));
    QVERIFY(!parsed.ok());
    const QString msg = parsed.errorMessage();
    // every message names the file it came from
    QVERIFY2(msg.contains(str("test.json")), qPrintable(msg));
    for (const QString &word : mustMention)
        QVERIFY2(msg.contains(word), qPrintable(QStringLiteral("'%1' not in: %2").arg(word, msg)));
}

void TestPricing::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);

    // A user catalog with every field set, and one with only the required ones.
    PriceCatalog user;
    ModelPrice full = makePrice("acme", "acme-large", "3.00", "15.00");
    full.catalog = str("user");
    full.family = str("acme");
    full.aliases = QStringList{str("acme-l"), str("acme-large-latest")};
    full.effectiveFrom = d(2025, 3, 1);
    full.effectiveTo = d(2026, 3, 1);
    auto &s = full.prices;
    s.cacheRead = m("0.30");
    s.cacheWrite5m = m("3.75");
    s.cacheWrite1h = m("6.00");
    s.batchInput = m("1.50");
    s.batchOutput = m("7.50");
    s.longContextThreshold = 200'000;
    s.longInput = m("6.00");
    s.longCacheRead = m("0.60");
    s.longCacheWrite5m = m("7.50");
    s.longOutput = m("22.50");
    s.perRequest = m("0.000000001");
    s.priorityInput = m("5.25");
    s.priorityOutput = m("26.25");
    s.flexInput = m("1.50");
    s.flexOutput = m("7.50");
    QString ruleError;
    full.match = std::make_shared<const MatchRule>(
        *MatchRule::fromJsonText(str(R"({"or":[{"starts_with":"acme-large"},{"regex":"^acme-l-\\d+$"}]})"), &ruleError));
    user.add(full);
    ModelPrice bare = makePrice("tiny", "t-1", "0.000000125", "0");
    bare.catalog = str("user");
    user.add(bare);

    // An imported catalog: the built-in entries under another catalog name. (The built-in
    // catalog itself is never stored; it always comes from the program.)
    PriceCatalog builtin;
    for (ModelPrice p : PriceCatalog::builtin().entries()) {
        p.catalog = str("genai-prices");
        builtin.add(p);
    }
    QVERIFY2(builtin.saveTo(*db).ok(), "saving the imported catalog");
    QVERIFY2(user.saveTo(*db).ok(), "saving the user catalog");
    // saving again replaces the rows of the same catalogs instead of duplicating them
    QVERIFY2(user.saveTo(*db).ok(), "saving the user catalog twice");

    const auto loaded = PriceCatalog::loadFrom(*db);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    const QList<ModelPrice> &entries = loaded.value().entries();
    // user rows come first, then the imported ones in their original order
    QCOMPARE(entries.size(), user.entries().size() + builtin.entries().size());
    for (qsizetype i = 0; i < user.entries().size(); ++i) {
        compareEntries(entries.at(i), user.entries().at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("user entry %1 differs").arg(i)));
    }
    for (qsizetype i = 0; i < builtin.entries().size(); ++i) {
        compareEntries(entries.at(user.entries().size() + i), builtin.entries().at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("built-in entry %1 (%2) differs")
                                 .arg(i)
                                 .arg(builtin.entries().at(i).model)));
    }
    // the loaded catalog resolves like the original: aliases, history
    const PriceCatalog &c = loaded.value();
    QCOMPARE(c.find(str("acme"), str("acme-l"), d(2025, 6, 1))->prices.input, m("3.00"));
    QCOMPARE(c.find(str("openai"), str("o3"), d(2025, 6, 9))->prices.input, m("10.00"));
    QCOMPARE(c.find(str("openai"), str("o3"), d(2025, 6, 10))->prices.input, m("2.00"));
    // the match rule survived the round trip
    QCOMPARE(c.find(str("acme"), str("acme-l-7"), d(2025, 6, 1))->model, str("acme-large"));
    QCOMPARE(c.find(str("acme"), str("acme-large-2025"), d(2025, 6, 1))->model, str("acme-large"));
    QVERIFY(!c.find(str("acme"), str("acme-xl"), d(2025, 6, 1)));
    // the effective catalog adds the built-in one after the stored catalogs
    const auto eff = PriceCatalog::effective(*db);
    QVERIFY(eff.ok());
    QCOMPARE(eff->entries().size(), entries.size() + PriceCatalog::builtin().entries().size());
    QCOMPARE(eff->find(str("openai"), str("gpt-4o"), d(2026, 1, 1))->catalog, str("genai-prices"));
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
