// The genai-prices v2 catalog (tests/data/pricing/genai-prices-v2-data.json, an unmodified
// copy): version detection, every unit of its registry, price constraints, fallback providers
// and cross-vendor model ids. Expected prices are read from the file by hand (USD per million
// tokens, per thousand calls for *_kcount).

#include "CommunityCatalogTestHelpers.h"
#include "TestSupport.h"

#include "pricing/CatalogImport.h"
#include "pricing/CostEngine.h"
#include "pricing/PriceUnits.h"

#include <QRegularExpression>
#include <QTest>

using namespace tl::test::catalogs;
using tl::TokenCounts;
using tl::pricing::CostEngine;

namespace {

QString v2Path() { return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-v2-data.json"); }
QString unitsPath() { return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-v2-units.yml"); }

QString unitPrice(const PriceSet &s, const char *key)
{
    return opt(s.unit(key));
}

} // namespace

class TestGenAiPricesV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionDetectedFromContent();
    void everyUnitOfTheRegistryIsKnown();
    void pricesPerUnitKind();
    void tiersAndStartDates();
    void timeOfDayIsNotHonoured();
    void fallbackModelProviders();
    void crossVendorIds();
    void longContextTierAppliesToWholeRequest();
    void importThroughTheSamePath();

private:
    PriceCatalog m_v2;
    QList<SkippedEntry> m_skipped;
};

void TestGenAiPricesV2::initTestCase()
{
    int version = 0;
    auto c = tl::pricing::parseGenAiPricesCatalog(readFile(v2Path()), v2Path(), &m_skipped, &version);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(version, 2);
    m_v2 = std::move(c).value();
}

void TestGenAiPricesV2::versionDetectedFromContent()
{
    int version = 0;
    QList<SkippedEntry> skipped;
    auto v1 = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), &skipped, &version);
    QVERIFY(v1.ok());
    QCOMPARE(version, 1);
    // One v2-only price key is enough to be v2; an unknown key is not.
    QVERIFY(tl::pricing::parseGenAiPricesCatalog(genaiDoc(R"([{"id": "m", "prices": {"input_mtok": 1, "output_mtok": 2, "web_searches_kcount": 10}}])"),
                                                 str("x.json"), &skipped, &version)
                .ok());
    QCOMPARE(version, 2);
    QVERIFY(tl::pricing::parseGenAiPricesCatalog(genaiDoc(R"([{"id": "m", "prices": {"input_mtok": 1, "output_mtok": 2, "tool_use_kcount": {"a": 1}}}])"),
                                                 str("x.json"), &skipped, &version)
                .ok());
    QCOMPARE(version, 1);
    // Both are recognised as genai-prices by the one detector the import uses.
    QCOMPARE(*tl::pricing::detectCatalogFormat(readFile(v2Path()), v2Path()), CatalogFormat::GenAiPrices);
}

void TestGenAiPricesV2::everyUnitOfTheRegistryIsKnown()
{
    // units.yml: "name:\n  per: N\n  price_key: key" for every unit.
    const QString yml = QString::fromUtf8(readFile(unitsPath()));
    static const QRegularExpression re(QStringLiteral("^(\\w+):\\n  per: ([\\d_]+)\\n  price_key: (\\w+)"),
                                       QRegularExpression::MultilineOption);
    int units = 0;
    for (auto it = re.globalMatch(yml); it.hasNext();) {
        const auto m = it.next();
        const auto *u = tl::pricing::priceUnitByKey(m.captured(3));
        QVERIFY2(u, qPrintable(m.captured(3)));
        QCOMPARE(QString::fromLatin1(u->usageKey), m.captured(1));
        QCOMPARE(u->per, m.captured(2).remove(u'_').toLongLong());
        ++units;
    }
    QCOMPARE(units, 59);
    QCOMPARE(int(tl::pricing::priceUnits().size()), 59);
    // No price key of the file is left out as unknown.
    for (const SkippedEntry &s : std::as_const(m_skipped))
        QVERIFY2(!s.reason.startsWith(str("imported without")) || s.reason.contains(str("tier")),
                 qPrintable(s.provider + u'/' + s.model + u": " + s.reason));
}

void TestGenAiPricesV2::pricesPerUnitKind()
{
    const QDate day(2026, 10, 1);
    // Text and cache: openai gpt-4o {"input_mtok": 2.5, "cache_read_mtok": 1.25, "output_mtok": 10}.
    const auto *gpt = m_v2.find(str("openai"), str("gpt-4o-2024-08-06"), day);
    QVERIFY(gpt);
    QCOMPARE(gpt->prices.input.toDecimalString(), str("2.5"));
    QCOMPARE(opt(gpt->prices.cacheRead), str("1.25"));
    QCOMPARE(gpt->prices.output.toDecimalString(), str("10"));
    // 5-minute and 1-hour cache writes, web searches: claude-haiku-4-5 {1, write 1.25, read 0.1,
    // 5, write_1h 2, web_searches_kcount 10}.
    const auto *haiku = m_v2.find(str("anthropic"), str("claude-haiku-4-5-20251001"), day);
    QVERIFY(haiku);
    QCOMPARE(opt(haiku->prices.cacheWrite5m), str("1.25"));
    QCOMPARE(opt(haiku->prices.cacheWrite1h), str("2"));
    QCOMPARE(unitPrice(haiku->prices, "web_searches_kcount"), str("10"));
    // Audio in and cached: gemini-2.5-flash {0.3, read 0.03, 2.5, input_audio 1, cache_audio_read 0.1}.
    const auto *flash = m_v2.find(str("google"), str("gemini-2.5-flash"), day);
    QVERIFY(flash);
    QCOMPARE(unitPrice(flash->prices, "input_audio_mtok"), str("1"));
    QCOMPARE(unitPrice(flash->prices, "cache_audio_read_mtok"), str("0.1"));
    // Audio out: gpt-audio {2.5, 10, input_audio 32, output_audio 64}.
    const auto *audio = m_v2.find(str("openai"), str("gpt-audio"), day);
    QVERIFY(audio);
    QCOMPARE(unitPrice(audio->prices, "input_audio_mtok"), str("32"));
    QCOMPARE(unitPrice(audio->prices, "output_audio_mtok"), str("64"));
    // Image in, cached and out: gpt-image-1.5 {5, 1.25, 10, input_image 8, cache_image_read 2, output_image 32}.
    const auto *image = m_v2.find(str("openai"), str("gpt-image-1.5-2025-12-16"), day);
    QVERIFY(image);
    QCOMPARE(unitPrice(image->prices, "input_image_mtok"), str("8"));
    QCOMPARE(unitPrice(image->prices, "cache_image_read_mtok"), str("2"));
    QCOMPARE(unitPrice(image->prices, "output_image_mtok"), str("32"));
    // Video in: gemini-3.1-flash-live-preview {input_video 1}; video out: gemini-omni-flash-preview 17.5.
    QCOMPARE(unitPrice(m_v2.find(str("google"), str("gemini-3.1-flash-live-preview"), day)->prices, "input_video_mtok"), str("1"));
    QCOMPARE(unitPrice(m_v2.find(str("google"), str("gemini-omni-flash-preview-05"), day)->prices, "output_video_mtok"), str("17.5"));
    // Reasoning, citations, searches: perplexity sonar-deep-research {2, 8, reasoning 3, citation 2, searches 5}.
    const auto *deep = m_v2.find(str("perplexity"), str("sonar-deep-research"), day);
    QVERIFY(deep);
    QCOMPARE(unitPrice(deep->prices, "output_reasoning_mtok"), str("3"));
    QCOMPARE(unitPrice(deep->prices, "output_citation_mtok"), str("2"));
    QCOMPARE(unitPrice(deep->prices, "web_searches_kcount"), str("5"));
    // Requests: perplexity sonar {1, 1, requests_kcount 12} → 0.012 per request.
    QCOMPARE(opt(m_v2.find(str("perplexity"), str("sonar"), day)->prices.perRequest), str("0.012"));
}

void TestGenAiPricesV2::tiersAndStartDates()
{
    // claude-sonnet-5: {2, 2.5, 0.2, 10, 1h 4} until 2026-09-01, then {3, 3.75, 0.3, 15, 1h 6}.
    const auto sonnet5 = entriesOf(m_v2, "anthropic", "claude-sonnet-5");
    QCOMPARE(sonnet5.size(), 2);
    QCOMPARE(sonnet5[0]->effectiveTo, QDate(2026, 9, 1));
    QCOMPARE(sonnet5[1]->effectiveFrom, QDate(2026, 9, 1));
    QCOMPARE(m_v2.find(str("anthropic"), str("claude-sonnet-5"), QDate(2026, 8, 31))->prices.input.toDecimalString(), str("2"));
    QCOMPARE(m_v2.find(str("anthropic"), str("claude-sonnet-5"), QDate(2026, 9, 1))->prices.input.toDecimalString(), str("3"));
    QCOMPARE(opt(m_v2.find(str("anthropic"), str("claude-sonnet-5"), QDate(2026, 9, 1))->prices.cacheWrite1h), str("6"));
    // claude-sonnet-4-5: every price tiered at 200,000 tokens, the 1-hour write too.
    const PriceSet &s = m_v2.find(str("anthropic"), str("claude-sonnet-4-5"), QDate(2026, 1, 1))->prices;
    QCOMPARE(opt(s.longContextThreshold), str("200000"));
    QCOMPARE(opt(s.longInput), str("6"));
    QCOMPARE(opt(s.longCacheWrite5m), str("7.5"));
    QCOMPARE(opt(s.longCacheRead), str("0.6"));
    QCOMPARE(opt(s.longOutput), str("22.5"));
    QCOMPARE(opt(s.unit("cache_write_1h_mtok", true)), str("12"));
    // v2: a 1-hour write without its own price costs the cache-write price (google's
    // claude-3-5-haiku lists cache_write_mtok 1 only).
    QCOMPARE(opt(m_v2.find(str("google"), str("claude-3-5-haiku@20241022"), QDate(2026, 1, 1))->prices.cacheWrite1h), str("1"));
}

void TestGenAiPricesV2::timeOfDayIsNotHonoured()
{
    // deepseek-chat's off-peak price depends on the time of day: left out with its reason.
    QVERIFY(entriesOf(m_v2, "deepseek", "deepseek-chat").isEmpty());
    QVERIFY(anyContains(reasonsFor(m_skipped, "deepseek-chat"), "depends on the time of day"));
}

void TestGenAiPricesV2::fallbackModelProviders()
{
    const QDate day(2026, 10, 1);
    // google lists fallback_model_providers ["anthropic"]: Claude Haiku 4.5 on Vertex, which
    // google does not list, is priced as anthropic prices it {1, 1.25, 0.1, 5, 1h 2}.
    const auto *haiku = m_v2.find(str("google"), str("claude-haiku-4-5@20251001"), day);
    QVERIFY(haiku);
    QCOMPARE(haiku->provider, str("google"));
    QCOMPARE(haiku->model, str("anthropic/claude-haiku-4-5")); // priced as anthropic prices it
    QCOMPARE(haiku->prices.input.toDecimalString(), str("1"));
    QCOMPARE(opt(haiku->prices.cacheWrite1h), str("2"));
    // google's own ids and rules win over the fallback: claude-sonnet-4-6 matches google's
    // claude-4-sonnet rule (contains "claude-sonnet-4"), as in genai-prices.
    QCOMPARE(m_v2.find(str("google"), str("claude-sonnet-4-6@default"), day)->model, str("claude-4-sonnet"));
    QCOMPARE(m_v2.find(str("google"), str("claude-sonnet-4-6"), day)->model, str("claude-4-sonnet"));
    // azure falls back to openai, then anthropic: gpt-4o on Azure.
    const auto *azure = m_v2.find(str("azure"), str("gpt-4o-2024-11-20"), day);
    QVERIFY(azure);
    QCOMPARE(azure->prices.input.toDecimalString(), str("2.5"));
    QVERIFY(m_v2.find(str("azure"), str("claude-sonnet-4-5"), day));
    // The v1 file lists the same fallbacks.
    QList<SkippedEntry> skipped;
    auto v1 = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), &skipped);
    QVERIFY(v1.ok());
    QVERIFY(v1->find(str("google"), str("claude-haiku-4-5@20251001"), day));
}

void TestGenAiPricesV2::crossVendorIds()
{
    const QDate day(2026, 10, 1);
    // OpenAI models served by AWS under their own ids (aws → bedrock).
    const auto *oss = m_v2.find(str("bedrock"), str("openai.gpt-oss-120b-1:0"), day);
    QVERIFY(oss);
    QCOMPARE(oss->prices.input.toDecimalString(), str("0.15"));
    QCOMPARE(oss->prices.output.toDecimalString(), str("0.6"));
    QVERIFY(m_v2.find(str("bedrock"), str("us.openai.gpt-oss-120b-1:0"), day));
    const auto *luna = m_v2.find(str("bedrock"), str("openai.gpt-5.6-luna"), QDate(2026, 8, 1));
    QVERIFY(luna);
    QCOMPARE(luna->prices.input.toDecimalString(), str("0.22"));
    // Claude on Bedrock through a regional inference profile.
    const auto *claude = m_v2.find(str("bedrock"), str("eu.anthropic.claude-sonnet-4-6"), day);
    QVERIFY(claude);
    QCOMPARE(claude->model, str("regional.anthropic.claude-sonnet-4-6-v1:0"));
    // An id with the provider's routing prefix.
    QVERIFY(m_v2.find(str("bedrock"), str("bedrock/openai.gpt-oss-20b-1:0"), day));
}

void TestGenAiPricesV2::longContextTierAppliesToWholeRequest()
{
    const CostEngine engine(m_v2);
    const QDate day(2026, 1, 1);
    // claude-sonnet-4-5: 200,000 input tokens in all pays the base prices; one more and the
    // whole request pays the tier (6 / 22.5 / read 0.6 / 5m 7.5).
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 150'000;
    t.cacheRead = 40'000;
    t.cacheWrite5m = 10'000;
    t.output = 1'000;
    auto base = engine.price(str("anthropic"), str("claude-sonnet-4-5"), day, str("standard"), t, true);
    QVERIFY(base.price);
    // 150000×3 + 40000×0.3 + 10000×3.75 + 1000×15 per million = 0.45 + 0.012 + 0.0375 + 0.015.
    QCOMPARE(base.cost.total().toDecimalString(), str("0.5145"));
    t.uncachedInput = 150'001;
    auto tier = engine.price(str("anthropic"), str("claude-sonnet-4-5"), day, str("standard"), t, true);
    // 150001×6 + 40000×0.6 + 10000×7.5 + 1000×22.5 per million.
    QCOMPARE(tier.cost.uncachedInput.toDecimalString(), str("0.900006"));
    QCOMPARE(tier.cost.cacheRead.toDecimalString(), str("0.024"));
    QCOMPARE(tier.cost.cacheWrite.toDecimalString(), str("0.075"));
    QCOMPARE(tier.cost.output.toDecimalString(), str("0.0225"));
    // The 1-hour write has its own tier price (12).
    t.cacheWrite1h = 1'000;
    QCOMPARE(engine.price(str("anthropic"), str("claude-sonnet-4-5"), day, str("standard"), t, true)
                 .cost.cacheWrite.toDecimalString(),
             str("0.087"));
}

void TestGenAiPricesV2::importThroughTheSamePath()
{
    // readCatalogFile is what the CLI import and the Prices page use.
    CatalogFormat format{};
    int version = 0;
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::readCatalogFile(v2Path(), &format, &skipped, &version);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(format, CatalogFormat::GenAiPrices);
    QCOMPARE(version, 2);
    QCOMPARE(c->entries().size(), m_v2.entries().size());
}

QTEST_GUILESS_MAIN(TestGenAiPricesV2)
#include "tst_genai_prices_v2.moc"
