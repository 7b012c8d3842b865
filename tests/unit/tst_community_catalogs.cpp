// Unit tests for the community price-catalog parsers (pricing/LiteLlmCatalog.h,
// pricing/GenaiPricesCatalog.h) and the format detection (pricing/CatalogFormat.h):
// LiteLLM's model_prices_and_context_window.json and pydantic's genai-prices data.json (the genai-prices
// parser's own cases are in tst_genai_prices_catalog.cpp).
//
// Units: every amount in a PriceSet is USD per million tokens (perRequest: per request).
// LiteLLM writes USD per token, so its "3.75e-06" is "3.75" here; genai-prices already writes
// USD per million.

#include "CommunityCatalogTestHelpers.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tl::test::catalogs;

class TestCommunityCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormats();
    void detectionErrorsNameTheOrigin();
    void canonicalProviders();

    void perTokenPricesScaleExactly_data();
    void perTokenPricesScaleExactly();
    void litellmFieldMapping();
    void litellmMultiplierTier();
    void litellmKeysModesAndDuplicates();
    void litellmRealFile();

    void garbageNeverCrashes();
    void wrongTypesAreSkippedNotFatal();
};

void TestCommunityCatalogs::detectsFormats()
{
    using tl::pricing::detectCatalogFormat;
    const QString origin = QStringLiteral("x.json");
    auto tl = detectCatalogFormat(R"({"format": "tokenledger-catalog", "models": []})", origin);
    QVERIFY2(tl.ok(), qPrintable(tl.errorMessage()));
    QCOMPARE(*tl, CatalogFormat::TokenLedger);

    auto lite = detectCatalogFormat(readFile(litellmPath()), litellmPath());
    QVERIFY2(lite.ok(), qPrintable(lite.errorMessage()));
    QCOMPARE(*lite, CatalogFormat::LiteLlm);

    auto genai = detectCatalogFormat(readFile(genaiPath()), genaiPath());
    QVERIFY2(genai.ok(), qPrintable(genai.errorMessage()));
    QCOMPARE(*genai, CatalogFormat::GenAiPrices);

    // sample_spec alone does not make a LiteLLM file.
    QVERIFY(!detectCatalogFormat(R"({"sample_spec": {"input_cost_per_token": 0}})", origin).ok());
    QCOMPARE(*detectCatalogFormat(litellmDoc("m", R"("input_cost_per_token": 1e-6)"), origin), CatalogFormat::LiteLlm);
    QCOMPARE(*detectCatalogFormat(genaiDoc("[]"), origin), CatalogFormat::GenAiPrices);

    QCOMPARE(tl::pricing::catalogFormatName(CatalogFormat::TokenLedger), str("tokenledger"));
    QCOMPARE(tl::pricing::catalogFormatName(CatalogFormat::LiteLlm), str("litellm"));
    QCOMPARE(tl::pricing::catalogFormatName(CatalogFormat::GenAiPrices), str("genai-prices"));
}

void TestCommunityCatalogs::detectionErrorsNameTheOrigin()
{
    using tl::pricing::detectCatalogFormat;
    const QString origin = QStringLiteral("prices-download.json");
    for (const char *doc : {"[1, 2, 3]", "{}", "[]", "\"text\"", "42", "null", R"({"gpt-4o": {"mode": "chat"}})",
                            R"([{"id": "openai"}])", R"({"format": "something-else"})"}) {
        auto r = detectCatalogFormat(QByteArray(doc), origin);
        QVERIFY2(!r.ok(), doc);
        QVERIFY2(r.errorMessage().startsWith(origin), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(str("not a price catalog TokenLedger knows")), qPrintable(r.errorMessage()));
    }
    // Invalid JSON: the parser's position is in the message.
    auto bad = detectCatalogFormat(QByteArray("{\n  \"gpt-4o\": {\"input_cost_per_token\": 2.5e-06,,}\n}"), origin);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().startsWith(origin), qPrintable(bad.errorMessage()));
    QVERIFY2(bad.errorMessage().contains(str("line 2")), qPrintable(bad.errorMessage()));
    QVERIFY2(bad.errorMessage().contains(str("column")), qPrintable(bad.errorMessage()));
    QVERIFY(!detectCatalogFormat(QByteArray(), origin).ok());

    // Each parser refuses the other's document, naming what it looks like.
    auto wrong = tl::pricing::parseLiteLlmCatalog(readFile(genaiPath()), QStringLiteral("g.json"), nullptr);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.errorMessage().contains(str("genai-prices")), qPrintable(wrong.errorMessage()));
    auto wrong2 = tl::pricing::parseGenAiPricesCatalog(readFile(litellmPath()), QStringLiteral("l.json"), nullptr);
    QVERIFY(!wrong2.ok());
    QVERIFY2(wrong2.errorMessage().startsWith(str("l.json")), qPrintable(wrong2.errorMessage()));
}

void TestCommunityCatalogs::canonicalProviders()
{
    using tl::pricing::canonicalProvider;
    QCOMPARE(canonicalProvider(str("aws")), str("bedrock"));
    QCOMPARE(canonicalProvider(str("bedrock_converse")), str("bedrock"));
    QCOMPARE(canonicalProvider(str("bedrock")), str("bedrock"));
    QCOMPARE(canonicalProvider(str("vertex_ai-language-models")), str("google"));
    QCOMPARE(canonicalProvider(str("vertex_ai-embedding-models")), str("google"));
    QCOMPARE(canonicalProvider(str("vertex_ai")), str("google"));
    QCOMPARE(canonicalProvider(str("gemini")), str("google"));
    QCOMPARE(canonicalProvider(str("azure_ai")), str("azure"));
    QCOMPARE(canonicalProvider(str("text-completion-openai")), str("openai"));
    QCOMPARE(canonicalProvider(str("openai")), str("openai"));
    QCOMPARE(canonicalProvider(str("x-ai")), str("x-ai"));
    QCOMPARE(canonicalProvider(str("Mistral")), str("Mistral"));
}

void TestCommunityCatalogs::perTokenPricesScaleExactly_data()
{
    QTest::addColumn<QString>("perToken");
    QTest::addColumn<QString>("perMillion");
    // The point of the exponent shift: 3.75e-08 USD is 37.5 nanos, below Money's resolution
    // per token, but exactly $0.0375 per million.
    QTest::newRow("3.75e-08") << str("3.75e-08") << str("0.0375");
    QTest::newRow("2.5e-06") << str("2.5e-06") << str("2.5");
    QTest::newRow("1.5e-07") << str("1.5e-07") << str("0.15");
    QTest::newRow("7.5e-08") << str("7.5e-08") << str("0.075");
    QTest::newRow("3.625e-09") << str("3.625e-09") << str("0.003625");
    QTest::newRow("2.8e-09") << str("2.8e-09") << str("0.0028");
    QTest::newRow("1e-05") << str("1e-05") << str("10");
    QTest::newRow("upper-case E") << str("1.25E-6") << str("1.25");
    QTest::newRow("plain decimal") << str("0.000015") << str("15");
    QTest::newRow("4.35e-07") << str("4.35e-07") << str("0.435");
    QTest::newRow("zero float") << str("0.0") << str("0");
    QTest::newRow("zero int") << str("0") << str("0");
    QTest::newRow("integer") << str("2") << str("2000000");
    QTest::newRow("one nano per million") << str("1e-15") << str("0.000000001");
    QTest::newRow("below a nano rounds") << str("4e-16") << str("0");
    QTest::newRow("half a nano rounds up") << str("5e-16") << str("0.000000001");
    QTest::newRow("17 digits") << str("0.0002833333333333333") << str("283.333333333");
    QTest::newRow("double noise") << str("1.8000000000000002e-07") << str("0.18");
}

void TestCommunityCatalogs::perTokenPricesScaleExactly()
{
    QFETCH(QString, perToken);
    QFETCH(QString, perMillion);
    const QByteArray fields = "\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": "
                              + perToken.toUtf8() + ", \"output_cost_per_token\": " + perToken.toUtf8()
                              + ", \"cache_read_input_token_cost\": " + perToken.toUtf8();
    const auto s = litellmOne(fields.constData());
    QVERIFY(s);
    QCOMPARE(s->input.toDecimalString(), perMillion);
    QCOMPARE(s->output.toDecimalString(), perMillion);
    QCOMPARE(opt(s->cacheRead), perMillion);
}

void TestCommunityCatalogs::litellmFieldMapping()
{
    QList<SkippedEntry> skipped;
    const auto s = litellmOne(R"(
        "litellm_provider": "anthropic", "mode": "chat",
        "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
        "cache_read_input_token_cost": 3e-07, "cache_creation_input_token_cost": 3.75e-06,
        "cache_creation_input_token_cost_above_1hr": 6e-06,
        "input_cost_per_token_batches": 1.5e-06, "output_cost_per_token_batches": 7.5e-06,
        "input_cost_per_token_priority": 5.1e-06, "output_cost_per_token_priority": 2.55e-05,
        "input_cost_per_token_flex": 1.5e-06, "output_cost_per_token_flex": 7.5e-06,
        "input_cost_per_token_above_272k_tokens": 9e-06,
        "input_cost_per_token_above_200k_tokens": 6e-06, "output_cost_per_token_above_200k_tokens": 2.25e-05,
        "cache_read_input_token_cost_above_200k_tokens": 6e-07,
        "cache_creation_input_token_cost_above_200k_tokens": 7.5e-06,
        "cache_creation_input_token_cost_above_1hr_above_200k_tokens": 1.2e-05,
        "input_cost_per_query": 0.005,
        "output_cost_per_reasoning_token": 1.5e-05,
        "input_cost_per_audio_token": 0,
        "max_tokens": 8192, "supports_vision": true, "deprecation_date": "2026-02-19")",
                              &skipped);
    QVERIFY(s);
    QCOMPARE(s->input.toDecimalString(), str("3"));
    QCOMPARE(s->output.toDecimalString(), str("15"));
    QCOMPARE(opt(s->cacheRead), str("0.3"));
    QCOMPARE(opt(s->cacheWrite5m), str("3.75"));
    QCOMPARE(opt(s->cacheWrite1h), str("6"));
    QCOMPARE(opt(s->batchInput), str("1.5"));
    QCOMPARE(opt(s->batchOutput), str("7.5"));
    QCOMPARE(opt(s->priorityInput), str("5.1"));
    QCOMPARE(opt(s->priorityOutput), str("25.5"));
    QCOMPARE(opt(s->flexInput), str("1.5"));
    QCOMPARE(opt(s->flexOutput), str("7.5"));
    // The lowest tier (200k) wins; the 272k one is reported as dropped.
    QCOMPARE(opt(s->longContextThreshold), str("200000"));
    QCOMPARE(opt(s->longInput), str("6"));
    QCOMPARE(opt(s->longOutput), str("22.5"));
    QCOMPARE(opt(s->longCacheRead), str("0.6"));
    QCOMPARE(opt(s->longCacheWrite5m), str("7.5"));
    // Per query is per unit, not per token.
    QCOMPARE(opt(s->perRequest), str("0.005"));

    const QStringList reasons = reasonsFor(skipped, "acme-1");
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().contains(str("tier above 272000 tokens")), qPrintable(reasons.first()));
    QVERIFY2(reasons.first().contains(str("cache_creation_input_token_cost_above_1hr_above_200k_tokens")),
             qPrintable(reasons.first()));
    // Reasoning at the output price and a zero audio price lose nothing.
    QVERIFY(!reasons.first().contains(str("reasoning")));
    QVERIFY(!reasons.first().contains(str("audio")));
}

void TestCommunityCatalogs::litellmMultiplierTier()
{
    const auto s = litellmOne(R"(
        "litellm_provider": "vertex_ai-language-models", "mode": "chat",
        "input_cost_per_token": 3.75e-08, "output_cost_per_token": 1.25e-06,
        "long_context_input_token_threshold": 128000,
        "long_context_input_cost_multiplier": 1.5, "long_context_output_cost_multiplier": 2)");
    QVERIFY(s);
    QCOMPARE(s->input.toDecimalString(), str("0.0375"));
    QCOMPARE(opt(s->longContextThreshold), str("128000"));
    QCOMPARE(opt(s->longInput), str("0.05625")); // 0.0375 × 1.5, exactly
    QCOMPARE(opt(s->longOutput), str("2.5"));
    QVERIFY(!s->longCacheRead);
}

void TestCommunityCatalogs::litellmKeysModesAndDuplicates()
{
    const QByteArray doc = R"({
      "sample_spec": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0, "litellm_provider": "one of …", "mode": "chat"},
      "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05},
      "openai/gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 5e-06, "output_cost_per_token": 1.5e-05},
      "azure/gpt-4o": {"litellm_provider": "azure", "mode": "chat", "input_cost_per_token": 2.75e-06, "output_cost_per_token": 1.1e-05},
      "bedrock/us-east-1/anthropic.claude-v2": {"litellm_provider": "bedrock", "mode": "chat", "input_cost_per_token": 8e-06, "output_cost_per_token": 2.4e-05},
      "bedrock/us-west-2/1-month-commitment/anthropic.claude-v2": {"litellm_provider": "bedrock", "mode": "chat", "input_cost_per_token": 8e-06, "output_cost_per_token": 2.4e-05},
      "gemini/gemini-2.0-flash": {"litellm_provider": "gemini", "mode": "chat", "input_cost_per_token": 1e-07, "output_cost_per_token": 4e-07},
      "anthropic.claude-opus-4-6-v1": {"litellm_provider": "bedrock_converse", "mode": "chat", "input_cost_per_token": 5e-06, "output_cost_per_token": 2.5e-05},
      "dall-e-3": {"litellm_provider": "openai", "mode": "image_generation", "input_cost_per_token": 1e-06, "output_cost_per_image": 0.04},
      "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 2e-08},
      "gpt-3.5-turbo-instruct": {"litellm_provider": "text-completion-openai", "mode": "completion", "input_cost_per_token": 1.5e-06, "output_cost_per_token": 2e-06},
      "o1-pro": {"litellm_provider": "openai", "mode": "responses", "input_cost_per_token": 0.00015, "output_cost_per_token": 0.0006},
      "whisper-1": {"litellm_provider": "openai", "mode": "audio_transcription", "input_cost_per_second": 0.0001},
      "no-input": {"litellm_provider": "openai", "mode": "chat", "output_cost_per_token": 1e-06},
      "chat-no-output": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06}
    })";
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseLiteLlmCatalog(doc, QStringLiteral("litellm.json"), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    for (const ModelPrice &p : c->entries())
        QCOMPARE(p.catalog, str("litellm"));

    // The first of two duplicates (in file order) is kept.
    QCOMPARE(entriesOf(*c, "openai", "gpt-4o").size(), 1);
    QCOMPARE(entriesOf(*c, "openai", "gpt-4o").first()->prices.input.toDecimalString(), str("2.5"));
    QVERIFY(anyContains(reasonsFor(skipped, "openai/gpt-4o"), "duplicate of gpt-4o"));

    QCOMPARE(entriesOf(*c, "azure", "gpt-4o").size(), 1);
    QCOMPARE(entriesOf(*c, "azure", "gpt-4o").first()->prices.input.toDecimalString(), str("2.75"));
    QCOMPARE(entriesOf(*c, "google", "gemini-2.0-flash").size(), 1);
    QCOMPARE(entriesOf(*c, "bedrock", "anthropic.claude-opus-4-6-v1").size(), 1);
    QCOMPARE(entriesOf(*c, "openai", "gpt-3.5-turbo-instruct").size(), 1);
    QCOMPARE(entriesOf(*c, "openai", "o1-pro").size(), 1);
    QCOMPARE(entriesOf(*c, "openai", "o1-pro").first()->prices.output.toDecimalString(), str("600"));
    const auto emb = entriesOf(*c, "openai", "text-embedding-3-small");
    QCOMPARE(emb.size(), 1);
    QCOMPARE(emb.first()->prices.input.toDecimalString(), str("0.02"));
    QCOMPARE(emb.first()->prices.output.toDecimalString(), str("0"));
    QCOMPARE(emb.first()->family, QString());

    QVERIFY(anyContains(reasonsFor(skipped, "bedrock/us-east-1/anthropic.claude-v2"), "region-specific or commitment"));
    QVERIFY(anyContains(reasonsFor(skipped, "bedrock/us-west-2/1-month-commitment/anthropic.claude-v2"),
                        "region-specific or commitment"));
    QVERIFY(anyContains(reasonsFor(skipped, "dall-e-3"), "mode image_generation is not priced per token"));
    QVERIFY(anyContains(reasonsFor(skipped, "whisper-1"), "mode audio_transcription"));
    QVERIFY(anyContains(reasonsFor(skipped, "no-input"), "input_cost_per_token"));
    QVERIFY(anyContains(reasonsFor(skipped, "chat-no-output"), "output_cost_per_token"));
    QVERIFY(reasonsFor(skipped, "sample_spec").isEmpty());
    QCOMPARE(c->entries().size(), 7);

    // Found through the catalog like any price.
    QVERIFY(c->find(str("openai"), str("openai/gpt-4o"), QDate(2026, 1, 1)));
    // A null skipped list is allowed.
    QVERIFY(tl::pricing::parseLiteLlmCatalog(doc, QStringLiteral("litellm.json"), nullptr).ok());
}

void TestCommunityCatalogs::litellmRealFile()
{
    const QByteArray bytes = readFile(litellmPath());
    QVERIFY2(!bytes.isEmpty(), qPrintable(litellmPath()));
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseLiteLlmCatalog(bytes, litellmPath(), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));

    // 218 models: 23 are images, speech, transcription or realtime (not priced per token);
    // the other 195 chat / responses / completion / embedding models are imported.
    int modeSkips = 0;
    int otherModelSkips = 0;
    int notes = 0;
    for (const SkippedEntry &s : std::as_const(skipped)) {
        if (s.reason.startsWith(str("mode ")))
            ++modeSkips;
        else if (s.reason.startsWith(str("imported without")))
            ++notes;
        else
            ++otherModelSkips;
    }
    qInfo("LiteLLM subset: %d imported, %d skipped by mode, %d other skips, %d partial notes",
          int(c->entries().size()), modeSkips, otherModelSkips, notes);
    QCOMPARE(c->entries().size(), 195);
    QCOMPARE(modeSkips, 23);
    QCOMPARE(otherModelSkips, 0);
    QVERIFY(notes > 0 && notes < 195);

    // claude-3-7-sonnet-20250219: 3e-06 / 1.5e-05 / 3e-07 / 3.75e-06 / 6e-06 per token.
    auto claude = entriesOf(*c, "anthropic", "claude-3-7-sonnet-20250219");
    QCOMPARE(claude.size(), 1);
    const PriceSet &cs = claude.first()->prices;
    QCOMPARE(cs.input.toDecimalString(), str("3"));
    QCOMPARE(cs.output.toDecimalString(), str("15"));
    QCOMPARE(opt(cs.cacheRead), str("0.3"));
    QCOMPARE(opt(cs.cacheWrite5m), str("3.75"));
    QCOMPARE(opt(cs.cacheWrite1h), str("6"));
    QVERIFY(!cs.longContextThreshold);
    QCOMPARE(claude.first()->catalog, str("litellm"));
    QVERIFY(!claude.first()->match);

    // gpt-4o: 2.5e-06 / 1e-05, cache read 1.25e-06, batches 1.25e-06 / 5e-06, priority
    // 4.25e-06 / 1.7e-05 (its priority cache read 2.125e-06 is not representable).
    auto gpt = entriesOf(*c, "openai", "gpt-4o");
    QCOMPARE(gpt.size(), 1);
    const PriceSet &gs = gpt.first()->prices;
    QCOMPARE(gs.input.toDecimalString(), str("2.5"));
    QCOMPARE(gs.output.toDecimalString(), str("10"));
    QCOMPARE(opt(gs.cacheRead), str("1.25"));
    QCOMPARE(opt(gs.batchInput), str("1.25"));
    QCOMPARE(opt(gs.batchOutput), str("5"));
    QCOMPARE(opt(gs.priorityInput), str("4.25"));
    QCOMPARE(opt(gs.priorityOutput), str("17"));
    QVERIFY(anyContains(reasonsFor(skipped, "gpt-4o"), "cache_read_input_token_cost_priority"));

    // gemini-2.5-pro (vertex_ai-language-models → google): 1.25e-06 / 1e-05, cache read
    // 1.25e-07; above 200k: 2.5e-06 / 1.5e-05, cache read 2.5e-07, cache creation 2.5e-07.
    auto gem = entriesOf(*c, "google", "gemini-2.5-pro");
    QCOMPARE(gem.size(), 1);
    const PriceSet &ms = gem.first()->prices;
    QCOMPARE(ms.input.toDecimalString(), str("1.25"));
    QCOMPARE(ms.output.toDecimalString(), str("10"));
    QCOMPARE(opt(ms.cacheRead), str("0.125"));
    QCOMPARE(opt(ms.longContextThreshold), str("200000"));
    QCOMPARE(opt(ms.longInput), str("2.5"));
    QCOMPARE(opt(ms.longOutput), str("15"));
    QCOMPARE(opt(ms.longCacheRead), str("0.25"));
    QCOMPARE(opt(ms.longCacheWrite5m), str("0.25"));

    // gpt-5.4: the 272k tier, flex prices.
    auto g54 = entriesOf(*c, "openai", "gpt-5.4");
    QCOMPARE(g54.size(), 1);
    QCOMPARE(opt(g54.first()->prices.longContextThreshold), str("272000"));
    QCOMPARE(opt(g54.first()->prices.longInput), str("5"));
    QCOMPARE(opt(g54.first()->prices.longOutput), str("22.5"));
    QCOMPARE(opt(g54.first()->prices.flexInput), str("1.25"));

    // deepseek-v4-pro: cache read 3.625e-09 per token = 3.625 nanos per million... exactly
    // $0.003625 per million.
    auto ds = entriesOf(*c, "deepseek", "deepseek-v4-pro");
    QCOMPARE(ds.size(), 1);
    QCOMPARE(opt(ds.first()->prices.cacheRead), str("0.003625"));
    QCOMPARE(ds.first()->prices.input.toDecimalString(), str("0.435"));

    // Embeddings are imported with their (zero) output price.
    auto embed = entriesOf(*c, "google", "gemini-embedding-001");
    QCOMPARE(embed.size(), 1);
    QCOMPARE(embed.first()->prices.input.toDecimalString(), str("0.15"));
    QCOMPARE(embed.first()->prices.output.toDecimalString(), str("0"));

    QVERIFY(anyContains(reasonsFor(skipped, "gpt-image-1"), "mode image_generation is not priced per token"));
}

void TestCommunityCatalogs::garbageNeverCrashes()
{
    const QString origin = QStringLiteral("garbage.json");
    QList<QByteArray> docs = {
        QByteArray(), "{", "[", "nul", "\"", "{\"a\":", "[{\"id\":", "\xff\xfe\x00", "{\"a\": 1e99999}",
        "[{\"id\": \"x\", \"models\": [{\"id\": \"m\", \"prices\": {\"input_mtok\": 1e308, \"output_mtok\": -1}}]}]",
        "{\"m\": {\"input_cost_per_token\": 1e308, \"output_cost_per_token\": 1, \"litellm_provider\": \"x\"}}",
        "{\"m\": {\"input_cost_per_token\": 18446744073709551615, \"litellm_provider\": \"x\"}}",
        "{\"m\": {\"input_cost_per_token\": -1e-6, \"output_cost_per_token\": 1e-6, \"litellm_provider\": \"x\"}}",
        QByteArray(100000, '['),
    };
    // Truncations of both real files at many positions.
    const QByteArray lite = readFile(litellmPath());
    const QByteArray genai = readFile(genaiPath());
    QVERIFY(!lite.isEmpty() && !genai.isEmpty());
    for (int i = 1; i < 40; ++i) {
        docs << lite.left(lite.size() * i / 40) << genai.left(genai.size() * i / 40);
    }
    // Random byte flips in a small document of each kind (deterministic seed).
    QRandomGenerator rng(20260826);
    const QByteArray small = genai.left(genai.indexOf("\"models\"") + 2000);
    const QByteArray smallLite = lite.left(4000);
    for (int i = 0; i < 300; ++i) {
        QByteArray a = (i % 2 ? small : smallLite);
        for (int k = 0; k < 3; ++k)
            a[int(rng.bounded(int(a.size())))] = char(rng.bounded(256));
        docs << a;
    }
    for (const QByteArray &doc : std::as_const(docs)) {
        QList<SkippedEntry> skipped;
        auto f = tl::pricing::detectCatalogFormat(doc, origin);
        auto l = tl::pricing::parseLiteLlmCatalog(doc, origin, &skipped);
        auto g = tl::pricing::parseGenAiPricesCatalog(doc, origin, &skipped);
        if (!f.ok())
            QVERIFY2(f.errorMessage().startsWith(origin), qPrintable(f.errorMessage()));
        if (!l.ok())
            QVERIFY2(l.errorMessage().startsWith(origin), qPrintable(l.errorMessage()));
        if (!g.ok())
            QVERIFY2(g.errorMessage().startsWith(origin), qPrintable(g.errorMessage()));
    }
    // Truncated files are errors, not partial catalogs.
    QVERIFY(!tl::pricing::parseLiteLlmCatalog(lite.left(lite.size() / 2), origin, nullptr).ok());
    QVERIFY(!tl::pricing::parseGenAiPricesCatalog(genai.left(genai.size() / 2), origin, nullptr).ok());
}

void TestCommunityCatalogs::wrongTypesAreSkippedNotFatal()
{
    // LiteLLM: every field we read, with a wrong type, in an entry of its own. Each is
    // skipped with a reason; the good entry is still imported.
    const char *const badLite[] = {
        R"("litellm_provider": 5, "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6)",
        R"("litellm_provider": "openai", "mode": [], "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6)",
        R"("litellm_provider": "openai", "input_cost_per_token": "1e-6", "output_cost_per_token": 1e-6)",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": {})",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "cache_read_input_token_cost": true)",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "cache_creation_input_token_cost": "x")",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "cache_creation_input_token_cost_above_1hr": [1])",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "input_cost_per_token_batches": "a")",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "output_cost_per_token_priority": {})",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "input_cost_per_token_flex": false)",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "input_cost_per_token_above_200k_tokens": "2e-6")",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "long_context_input_token_threshold": "big")",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "long_context_input_token_threshold": 1000, "long_context_input_cost_multiplier": "x")",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "input_cost_per_query": [])",
        R"("litellm_provider": "openai", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "input_cost_per_token_cache_hit": "x")",
    };
    for (const char *fields : badLite) {
        QByteArray doc = "{\"good\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-6, "
                         "\"output_cost_per_token\": 2e-6}, \"bad\": {"
                         + QByteArray(fields) + "}, \"scalar\": 5, \"list\": [1]}";
        QList<SkippedEntry> skipped;
        auto c = tl::pricing::parseLiteLlmCatalog(doc, QStringLiteral("t.json"), &skipped);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->entries().size(), 1);
        QCOMPARE(c->entries().first().model, str("good"));
        QVERIFY2(!reasonsFor(skipped, "bad").isEmpty(), fields);
        QVERIFY(!reasonsFor(skipped, "scalar").isEmpty());
    }

    // genai-prices: the same for every field we read.
    const char *const badGenai[] = {
        R"({"id": 5, "prices": {"input_mtok": 1, "output_mtok": 1}})",
        R"({"id": "bad", "match": "gpt", "prices": {"input_mtok": 1, "output_mtok": 1}})",
        R"({"id": "bad", "match": {"regex": "(["}, "prices": {"input_mtok": 1, "output_mtok": 1}})",
        R"({"id": "bad", "match": {"or": 5}, "prices": {"input_mtok": 1, "output_mtok": 1}})",
        R"({"id": "bad", "prices": 5})",
        R"({"id": "bad", "prices": [5]})",
        R"({"id": "bad", "prices": [{"constraint": 5, "prices": {"input_mtok": 1, "output_mtok": 1}}]})",
        R"({"id": "bad", "prices": [{"constraint": {"start_date": 5}, "prices": {"input_mtok": 1, "output_mtok": 1}}]})",
        R"({"id": "bad", "prices": [{"constraint": {"start_date": "soon"}, "prices": {"input_mtok": 1, "output_mtok": 1}}]})",
        R"({"id": "bad", "prices": [{"constraint": {"start_time": 5}, "prices": {"input_mtok": 1, "output_mtok": 1}}]})",
        R"({"id": "bad", "prices": [{"constraint": {"weekday": "mon"}, "prices": {"input_mtok": 1, "output_mtok": 1}}]})",
        R"({"id": "bad", "prices": {"input_mtok": "1", "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": 1, "output_mtok": [1]}})",
        R"({"id": "bad", "prices": {"input_mtok": 1, "output_mtok": 1, "cache_read_mtok": true}})",
        R"({"id": "bad", "prices": {"input_mtok": 1, "output_mtok": 1, "cache_write_mtok": -0.5}})",
        R"({"id": "bad", "prices": {"input_mtok": {"tiers": []}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": {"base": "x"}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": {"base": 1, "tiers": 5}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": "x", "price": 1}]}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 5, "price": "x"}]}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": {"base": 1, "tiers": [5]}, "output_mtok": 1}})",
        R"({"id": "bad", "prices": {"input_mtok": 1, "output_mtok": 1, "requests_kcount": "x"}})",
        R"({"id": "bad", "prices": {"output_mtok": 1}})",
        R"("bad")",
    };
    for (const char *model : badGenai) {
        const QByteArray models = "[{\"id\": \"good\", \"match\": {\"equals\": \"good\"}, \"prices\": {\"input_mtok\": 1, "
                                  "\"output_mtok\": 2}}, "
                                  + QByteArray(model) + "]";
        QList<SkippedEntry> skipped;
        auto c = tl::pricing::parseGenAiPricesCatalog(genaiDoc(models.constData()), QStringLiteral("t.json"), &skipped);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->entries().size(), 1);
        QCOMPARE(c->entries().first().model, str("good"));
        QVERIFY2(!skipped.isEmpty(), model);
    }
    // Providers with wrong types.
    for (const char *doc : {R"([{"id": 5, "models": []}])", R"([{"id": "x", "models": {}}])",
                            R"([{"id": "x", "models": 5}])"}) {
        QList<SkippedEntry> skipped;
        auto c = tl::pricing::parseGenAiPricesCatalog(QByteArray(doc), QStringLiteral("t.json"), &skipped);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QVERIFY(c->isEmpty());
        QCOMPARE(skipped.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestCommunityCatalogs)
#include "tst_community_catalogs.moc"
