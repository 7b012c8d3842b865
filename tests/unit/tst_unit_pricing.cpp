// Usage by unit, end to end (issue 16): whole provider response bodies, written from the
// providers' documented formats, go through the usage normaliser and the cost engine against
// both community catalogs (genai-prices v2 and the LiteLLM subset in tests/data/pricing).
// Every cost is asserted exactly, to the nano-dollar (1e-9 USD); expected values are the
// catalog's prices times the tokens, worked out by hand in the comments.

#include "CommunityCatalogTestHelpers.h"
#include "TestSupport.h"

#include "pricing/CostEngine.h"
#include "pricing/UsageNormaliser.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/SqliteCatalogStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl::test::catalogs;
using tl::TokenCounts;
using tl::pricing::CostEngine;
using tl::pricing::UsageFlavor;

namespace {

QString v2Path() { return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-v2-data.json"); }

const QDate kDay(2026, 10, 1);

struct Outcome
{
    QString total;    // decimal USD, or "none" when the model has no price
    QString unpriced; // "unit=quantity,…" in the order the engine reports them
};

QString unpricedText(const CostEngine::Priced &p)
{
    QStringList parts;
    for (const auto &[unit, quantity] : p.unpriced)
        parts << QStringLiteral("%1=%2").arg(unit).arg(quantity);
    return parts.join(u',');
}

} // namespace

class TestUnitPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void responseBodies_data();
    void responseBodies();
    void reasoningAndSearchesByOwnPrice();
    void unpricedUnitsCostNothing();
    void modifiersFromUsage();
    void organisationOverridesModifiers();
    void factsKeepUnitsThroughStoreAndReprice();

private:
    PriceCatalog m_v2;
    PriceCatalog m_lite;
};

void TestUnitPricing::initTestCase()
{
    QList<SkippedEntry> skipped;
    auto v2 = tl::pricing::parseGenAiPricesCatalog(readFile(v2Path()), v2Path(), &skipped);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    m_v2 = std::move(v2).value();
    auto lite = tl::pricing::parseLiteLlmCatalog(readFile(litellmPath()), litellmPath(), &skipped);
    QVERIFY2(lite.ok(), qPrintable(lite.errorMessage()));
    m_lite = std::move(lite).value();
}

void TestUnitPricing::responseBodies_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("v2Total");
    QTest::addColumn<QString>("v2Unpriced");
    QTest::addColumn<QString>("liteTotal");
    QTest::addColumn<QString>("liteUnpriced");

    // Chat Completions with audio in and out (gpt-audio). v2 and LiteLLM agree: text 2.5 / 10,
    // audio 32 / 64. 200×2.5 + 1000×32 + 100×10 + 800×64 per million = 0.0847.
    QTest::newRow("openai chat audio")
        << str("openai-chat") << str("openai")
        << QByteArray(R"({"id":"chatcmpl-B9","object":"chat.completion","created":1790000000,
            "model":"gpt-audio-2025-08-28","choices":[{"index":0,"message":{"role":"assistant",
            "content":null,"audio":{"id":"audio_1","expires_at":1790003600,"data":"UklGR","transcript":"Hi"}},
            "finish_reason":"stop"}],
            "usage":{"prompt_tokens":1200,"completion_tokens":900,"total_tokens":2100,
              "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":1000,"text_tokens":200,"image_tokens":0},
              "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":800,"text_tokens":100,
                "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}})")
        << str("0.0847") << QString() << str("0.0847") << QString();

    // The same usage on gpt-4o-audio-preview: genai-prices v2 has no audio price for it, so
    // the audio is counted, not charged (200×2.5 + 100×10 = 0.0015); LiteLLM prices audio at
    // 40 / 80: 0.0005 + 0.04 + 0.001 + 0.064 = 0.1055.
    QTest::newRow("openai chat audio, v2 without audio price")
        << str("openai-chat") << str("openai")
        << QByteArray(R"({"id":"chatcmpl-C1","object":"chat.completion","created":1790000000,
            "model":"gpt-4o-audio-preview-2025-06-03","choices":[],
            "usage":{"prompt_tokens":1200,"completion_tokens":900,"total_tokens":2100,
              "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":1000,"text_tokens":200},
              "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":800,"text_tokens":100}}})")
        << str("0.0015") << str("input_audio_tokens=1000,output_audio_tokens=800")
        << str("0.1055") << QString();

    // Responses API with reasoning, cache hits and a web search call (gpt-5: 1.25, read 0.125,
    // 10). 1000×1.25 + 4000×0.125 + 1500×10 = 0.01675; neither catalog prices OpenAI's web
    // search per call, so the one search is counted.
    QTest::newRow("openai responses reasoning + web search")
        << str("openai-responses") << str("openai")
        << QByteArray(R"({"id":"resp_1","object":"response","created_at":1790000000,"status":"completed",
            "model":"gpt-5-2025-08-07",
            "output":[{"type":"web_search_call","id":"ws_1","status":"completed","action":{"type":"search","query":"q"}},
                      {"type":"reasoning","id":"rs_1","summary":[]},
                      {"type":"message","id":"msg_1","role":"assistant","content":[{"type":"output_text","text":"…"}]}],
            "usage":{"input_tokens":5000,"input_tokens_details":{"cached_tokens":4000},
              "output_tokens":1500,"output_tokens_details":{"reasoning_tokens":1000},"total_tokens":6500}})")
        << str("0.01675") << str("web_searches=1") << str("0.01675") << str("web_searches=1");

    // Images API (gpt-image-1.5; same usage shape as Responses): text 5, image in 8, image out
    // 32 in v2: 50×5 + 500×8 + 4160×32 = 0.13737. The LiteLLM subset has no gpt-image-1.5
    // price per token (image generation is skipped by mode).
    QTest::newRow("openai images api")
        << str("openai-responses") << str("openai")
        << QByteArray(R"({"created":1790000000,"model":"gpt-image-1.5","data":[{"b64_json":"iVBO"}],
            "usage":{"total_tokens":4710,"input_tokens":550,"output_tokens":4160,
              "input_tokens_details":{"text_tokens":50,"image_tokens":500},
              "output_tokens_details":{"text_tokens":0,"image_tokens":4160}}})")
        << str("0.13737") << QString() << str("none") << QString();

    // Messages API: cache reads, 5-minute and 1-hour writes, web searches (claude-haiku-4-5:
    // 1, read 0.1, 5m 1.25, 1h 2, output 5, searches 10 per thousand).
    // 2000×1 + 10000×0.1 + 1000×1.25 + 2000×2 + 700×5 = 0.01175; + 3 × 0.01 = 0.04175.
    // LiteLLM has the token prices but no search fee: 0.01175 and 3 searches counted.
    QTest::newRow("anthropic cache ttl + web search")
        << str("anthropic") << str("anthropic")
        << QByteArray(R"({"id":"msg_01","type":"message","role":"assistant","model":"claude-haiku-4-5-20251001",
            "content":[{"type":"text","text":"…"}],"stop_reason":"end_turn","stop_sequence":null,
            "usage":{"input_tokens":2000,"cache_creation_input_tokens":3000,"cache_read_input_tokens":10000,
              "cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},
              "output_tokens":700,"server_tool_use":{"web_search_requests":3,"web_fetch_requests":0},
              "service_tier":"standard","inference_geo":"global"}})")
        << str("0.04175") << QString() << str("0.01175") << str("web_searches=3");

    // Claude on Vertex (provider google, Anthropic body): google does not list Haiku 4.5 and
    // falls back to anthropic's price in v2 (same 0.04175); the LiteLLM subset has no Vertex
    // Claude.
    QTest::newRow("anthropic body on vertex")
        << str("anthropic") << str("google")
        << QByteArray(R"({"id":"msg_vrtx_01","type":"message","role":"assistant","model":"claude-haiku-4-5@20251001",
            "content":[],"stop_reason":"end_turn",
            "usage":{"input_tokens":2000,"cache_creation_input_tokens":3000,"cache_read_input_tokens":10000,
              "cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},
              "output_tokens":700,"server_tool_use":{"web_search_requests":3}}})")
        << str("0.04175") << QString() << str("none") << QString();

    // generateContent with audio and image parts, cached audio, thoughts and two grounding
    // queries (gemini-2.5-flash: 0.3, read 0.03, output 2.5, audio 1, cached audio 0.1).
    // Uncached 6000 = text 3000 + audio 1000 + image 2000; cached 4000 = text 2000 + audio 2000.
    // v2: 3000×0.3 + 1000×1 + 2000×0.03 + 2000×0.1 + 800×2.5 = 0.00416; no image price in
    // either catalog, no search price: counted. LiteLLM has no cached-audio price:
    // 0.0009 + 0.001 + 0.00006 + 0.002 = 0.00396.
    QTest::newRow("gemini audio + image + cache")
        << str("gemini") << str("google")
        << QByteArray(R"({"candidates":[{"content":{"role":"model","parts":[{"text":"…"}]},"finishReason":"STOP",
              "groundingMetadata":{"webSearchQueries":["weather berlin","forecast berlin"]}}],
            "usageMetadata":{"promptTokenCount":10000,"cachedContentTokenCount":4000,"candidatesTokenCount":500,
              "thoughtsTokenCount":300,"totalTokenCount":10800,
              "promptTokensDetails":[{"modality":"TEXT","tokenCount":5000},{"modality":"AUDIO","tokenCount":3000},
                                     {"modality":"IMAGE","tokenCount":2000}],
              "cacheTokensDetails":[{"modality":"TEXT","tokenCount":2000},{"modality":"AUDIO","tokenCount":2000}],
              "candidatesTokensDetails":[{"modality":"TEXT","tokenCount":500}]},
            "modelVersion":"gemini-2.5-flash","responseId":"r1"})")
        << str("0.00416") << str("input_image_tokens=2000,web_searches=2")
        << str("0.00396") << str("input_image_tokens=2000,cache_audio_read_tokens=2000,web_searches=2");

    // Image output (gemini-2.5-flash-image: 0.3, 2.5, image out 30 in v2):
    // 20×0.3 + 10×2.5 + 1290×30 = 0.038731. LiteLLM lists it as image generation (skipped).
    QTest::newRow("gemini image output")
        << str("gemini") << str("google")
        << QByteArray(R"({"candidates":[{"content":{"role":"model","parts":[{"inlineData":{"mimeType":"image/png","data":"iVBO"}}]}}],
            "usageMetadata":{"promptTokenCount":20,"candidatesTokenCount":1300,"totalTokenCount":1320,
              "promptTokensDetails":[{"modality":"TEXT","tokenCount":20}],
              "candidatesTokensDetails":[{"modality":"IMAGE","tokenCount":1290},{"modality":"TEXT","tokenCount":10}]},
            "modelVersion":"gemini-2.5-flash-image"})")
        << str("0.038731") << QString() << str("none") << QString();

    // Long context: gemini-2.5-pro's tier at 200,000 prompt tokens applies to the whole request
    // (v2 2.5 / 15; LiteLLM the same): 250000×2.5 + 1000×15 = 0.64.
    QTest::newRow("gemini long context")
        << str("gemini") << str("google")
        << QByteArray(R"({"candidates":[],"usageMetadata":{"promptTokenCount":250000,"candidatesTokenCount":1000,
            "totalTokenCount":251000},"modelVersion":"gemini-2.5-pro"})")
        << str("0.64") << QString() << str("0.64") << QString();

    // Bedrock Converse, Claude through a US inference profile (v2 aws regional price 3.3,
    // read 0.33, write 4.125, output 16.5): 1200×3.3 + 5000×0.33 + 1000×4.125 + 300×16.5
    // = 0.014685.
    QTest::newRow("bedrock converse claude profile")
        << str("bedrock-converse") << str("bedrock")
        << QByteArray(R"({"output":{"message":{"role":"assistant","content":[{"text":"…"}]}},"stopReason":"end_turn",
            "usage":{"inputTokens":1200,"outputTokens":300,"totalTokens":7500,"cacheReadInputTokens":5000,
              "cacheWriteInputTokens":1000},"metrics":{"latencyMs":912},
            "model":"us.anthropic.claude-sonnet-4-6"})")
        << str("0.014685") << QString() << str("none") << QString();

    // An OpenAI model on Bedrock under its AWS id (0.15 / 0.6): 1000×0.15 + 2000×0.6 = 0.00135.
    QTest::newRow("bedrock converse openai model")
        << str("bedrock-converse") << str("bedrock")
        << QByteArray(R"({"output":{"message":{"role":"assistant","content":[]}},"stopReason":"end_turn",
            "usage":{"inputTokens":1000,"outputTokens":2000,"totalTokens":3000},"model":"openai.gpt-oss-120b-1:0"})")
        << str("0.00135") << QString() << str("none") << QString();
}

void TestUnitPricing::responseBodies()
{
    QFETCH(QString, flavor);
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(QString, v2Total);
    QFETCH(QString, v2Unpriced);
    QFETCH(QString, liteTotal);
    QFETCH(QString, liteUnpriced);

    const auto doc = nlohmann::json::parse(body.toStdString(), nullptr, false);
    QVERIFY(doc.is_object());
    const auto f = tl::pricing::usageFlavorFromName(flavor);
    QVERIFY(f);
    const char *usageKey = *f == UsageFlavor::Gemini ? "usageMetadata" : "usage";
    auto normalised = tl::pricing::normaliseUsage(*f, doc[usageKey]);
    QVERIFY2(normalised.ok(), qPrintable(normalised.errorMessage()));
    tl::pricing::addServerToolCalls(*f, doc, normalised->tokens);
    const std::string modelKey = doc.contains("modelVersion") ? "modelVersion" : "model";
    const QString model = QString::fromStdString(doc[modelKey].get<std::string>());

    const std::pair<const PriceCatalog *, Outcome> runs[] = {{&m_v2, {v2Total, v2Unpriced}},
                                                             {&m_lite, {liteTotal, liteUnpriced}}};
    for (const auto &[catalog, expected] : runs) {
        const CostEngine engine(*catalog);
        const auto priced = engine.price(provider, model, kDay, str("standard"), normalised->tokens,
                                         true, normalised->modifiers);
        const QString which = catalog == &m_v2 ? str("genai-prices v2") : str("LiteLLM");
        if (expected.total == u"none") {
            QVERIFY2(!priced.price, qPrintable(which + u": priced " + model));
            continue;
        }
        QVERIFY2(priced.price, qPrintable(which + u": no price for " + model));
        QVERIFY(!priced.outOfRange);
        QCOMPARE(priced.cost.total(), *tl::Money::parse(expected.total));
        QCOMPARE(unpricedText(priced), expected.unpriced);
    }
}

void TestUnitPricing::reasoningAndSearchesByOwnPrice()
{
    // perplexity sonar-deep-research (v2): input 2, output 8, reasoning 3, searches 5 per
    // thousand. 1000 output tokens of which 600 reasoning: 1000×2 + 600×3 + 400×8 = 0.007;
    // 4 searches = 0.02. Total 0.027.
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 1000;
    t.output = 1000;
    t.reasoning = 600;
    t.webSearches = 4;
    const CostEngine engine(m_v2);
    const auto p = engine.price(str("perplexity"), str("sonar-deep-research"), kDay, str("standard"), t, true);
    QVERIFY(p.price);
    QCOMPARE(p.cost.output, *tl::Money::parse(u"0.005"));
    QCOMPARE(p.cost.uncachedInput, *tl::Money::parse(u"0.022"));
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.027"));
    QVERIFY(p.unpriced.isEmpty());
}

void TestUnitPricing::unpricedUnitsCostNothing()
{
    // gpt-4o has no audio price in v2: the audio part is counted and costs nothing; the text
    // part costs what it did (never the audio at the text price).
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 1000;
    t.audioInput = 600;
    t.output = 100;
    t.codeExecutions = 2;
    const CostEngine engine(m_v2);
    const auto p = engine.price(str("openai"), str("gpt-4o"), kDay, str("standard"), t, true);
    QVERIFY(p.price);
    // 400×2.5 + 100×10 per million.
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.002"));
    QCOMPARE(unpricedText(p), str("input_audio_tokens=600,code_executions=2"));
    QCOMPARE(p.unpricedTotal(), 602);
    // A fact priced through priceFact carries the count.
    tl::UsageFact fact;
    fact.start = QDateTime(kDay, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    fact.provider = str("openai");
    fact.model = str("gpt-4o");
    fact.tokens = t;
    QVERIFY(engine.priceFact(fact));
    QCOMPARE(fact.unpricedUnits, 602);
}

void TestUnitPricing::modifiersFromUsage()
{
    // The built-in catalog's rules over v2's prices: US-only inference 1.1×, Opus 4.6 fast
    // mode 6×, OpenAI regional processing 1.1×.
    PriceCatalog catalog = m_v2;
    for (const tl::pricing::ModifierRule &r : PriceCatalog::builtin().modifierRules())
        catalog.addModifierRule(r);
    const CostEngine engine(catalog);
    const auto body = nlohmann::json::parse(R"({"input_tokens":2000,"cache_creation_input_tokens":3000,
        "cache_read_input_tokens":10000,"cache_creation":{"ephemeral_5m_input_tokens":1000,
        "ephemeral_1h_input_tokens":2000},"output_tokens":700,"server_tool_use":{"web_search_requests":3},
        "inference_geo":"us"})");
    auto n = tl::pricing::normaliseUsage(UsageFlavor::Anthropic, body);
    QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
    QCOMPARE(n->modifiers, int(tl::pricing::UsOnlyInference));
    // claude-sonnet-4-6 (v2 after 2026-03-13: 3, read 0.3, 5m 3.75, 1h 6, output 15, searches
    // 10 per thousand): 2000×3 + 10000×0.3 + 1000×3.75 + 2000×6 + 700×15 = 0.03525 per million,
    // × 1.1 = 0.038775; the searches' fee is not multiplied: + 0.03.
    auto p = engine.price(str("anthropic"), str("claude-sonnet-4-6"), kDay, str("standard"), n->tokens, true, n->modifiers);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.068775"));
    // US-only inference costs the same on models released before February 2026 (Haiku 4.5):
    // 0.01175 + 0.03.
    p = engine.price(str("anthropic"), str("claude-haiku-4-5"), kDay, str("standard"), n->tokens, true, n->modifiers);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.04175"));

    // speed "fast" on Opus 4.6 (v2 after 2026-03-13: 5 / 25): 6× → 30 / 150.
    auto fast = tl::pricing::normaliseUsage(UsageFlavor::Anthropic, nlohmann::json::parse(
        R"({"input_tokens":1000,"output_tokens":1000,"speed":"fast"})"));
    QVERIFY(fast.ok());
    QCOMPARE(fast->modifiers, int(tl::pricing::FastMode));
    p = engine.price(str("anthropic"), str("claude-opus-4-6"), kDay, str("standard"), fast->tokens, true, fast->modifiers);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.18"));
    // Fast mode of a model without a fast rule changes nothing: 1000×1 + 1000×5.
    p = engine.price(str("anthropic"), str("claude-haiku-4-5"), kDay, str("standard"), fast->tokens, true, fast->modifiers);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.006"));
    // Regional processing on OpenAI when the source states it: gpt-5 1000×1.25×1.1 + 1000×10×1.1.
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 1000;
    t.output = 1000;
    p = engine.price(str("openai"), str("gpt-5"), kDay, str("standard"), t, true, tl::pricing::RegionalProcessing);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.012375"));
    // Priority and flex: the catalog's own prices (LiteLLM gpt-5: priority 2.5 / 20, flex 0.625 / 5).
    const CostEngine lite(m_lite);
    QCOMPARE(lite.price(str("openai"), str("gpt-5"), kDay, str("priority"), t, true).cost.total(),
             *tl::Money::parse(u"0.0225"));
    QCOMPARE(lite.price(str("openai"), str("gpt-5"), kDay, str("flex"), t, true).cost.total(),
             *tl::Money::parse(u"0.005625"));
}

void TestUnitPricing::organisationOverridesModifiers()
{
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    tl::store::SqliteCatalogStore store(*db);
    // The organisation pays 1.05× for US-only inference on every Claude model (its own rule,
    // which wins over the built-in one) and runs every OpenAI project with regional
    // processing, which OpenAI's usage does not state.
    QVERIFY(store.saveModifierRule(str("anthropic"), QString(), tl::pricing::UsOnlyInference, str("1.05"), false).ok());
    QVERIFY(store.saveModifierRule(str("openai"), str("gpt-5"), tl::pricing::RegionalProcessing, str("1.1"), true).ok());
    auto effective = PriceCatalog::effective(*db);
    QVERIFY(effective.ok());
    const CostEngine engine(*effective);
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 1000;
    t.output = 1000;
    // Built-in claude-haiku-4-5 (1 / 5) × 1.05, stated by the source.
    auto p = engine.price(str("anthropic"), str("claude-haiku-4-5-20251001"), kDay, str("standard"), t, true,
                          tl::pricing::UsOnlyInference);
    QVERIFY(p.price);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.0063"));
    // Built-in gpt-5 (1.25 / 10) × 1.1, always, without the source saying so.
    p = engine.price(str("openai"), str("gpt-5"), kDay, str("standard"), t, true);
    QCOMPARE(p.cost.total(), *tl::Money::parse(u"0.012375"));
    // Removing the rule restores the list price.
    QVERIFY(store.removeModifierRule(str("openai"), str("gpt-5"), tl::pricing::RegionalProcessing).ok());
    effective = PriceCatalog::effective(*db);
    QVERIFY(effective.ok());
    QCOMPARE(CostEngine(*effective).price(str("openai"), str("gpt-5"), kDay, str("standard"), t, true).cost.total(),
             *tl::Money::parse(u"0.01125"));
}

void TestUnitPricing::factsKeepUnitsThroughStoreAndReprice()
{
    // A fact with modality parts is stored with them, and re-pricing reads them back: its
    // cost and unpriced count stay the same.
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    tl::UsageFact f;
    f.recordKey = str("test:units-1");
    f.start = QDateTime(kDay, QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    f.provider = str("google");
    f.model = str("gemini-2.5-flash");
    f.tokens.requests = 1;
    f.tokens.uncachedInput = 6000;
    f.tokens.audioInput = 1000;
    f.tokens.imageInput = 2000;
    f.tokens.cacheRead = 4000;
    f.tokens.audioCacheRead = 2000;
    f.tokens.output = 800;
    f.tokens.reasoning = 300;
    f.tokens.webSearches = 2;
    QVERIFY(tl::test::storeFacts(*db, {f}, str("units")).ok());
    auto count = db->connection().queryInt(
        "SELECT audio_input_tokens + image_input_tokens + audio_cache_read_tokens FROM usage_fact");
    QVERIFY(count.ok());
    QCOMPARE(*count, 5000);
    // Built-in gemini-2.5-flash: 0.3, read 0.03, 2.5, audio 1, cached audio 0.1; images and
    // searches unpriced: 3000×0.3 + 1000×1 + 2000×0.03 + 2000×0.1 + 800×2.5 = 0.00416.
    auto cost = db->connection().queryInt(
        "SELECT cost_input + cost_cache_read + cost_cache_write + cost_output FROM usage_fact");
    QVERIFY(cost.ok());
    QCOMPARE(*cost, 4'160'000);
    auto unpriced = db->connection().queryInt("SELECT unpriced_units FROM usage_fact");
    QVERIFY(unpriced.ok());
    QCOMPARE(*unpriced, 2002);
    // Re-pricing with the same catalog reads every unit back: nothing changes.
    tl::store::FactStore facts(*db);
    const CostEngine engine(PriceCatalog::builtin());
    auto stats = facts.reprice([&](tl::UsageFact &x) { engine.priceFact(x); }, {});
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    QCOMPARE(stats->facts, 1);
    QCOMPARE(stats->changed, 0);
}

QTEST_GUILESS_MAIN(TestUnitPricing)
#include "tst_unit_pricing.moc"
