// Unit tests for tl::pricing::normaliseUsage: provider usage objects → disjoint TokenCounts.
//
// Every success case also checks the core promise: uncached + cache read + cache writes equals
// exactly what the provider billed as input, computed independently from the raw object.

#include "domain/UsageFact.h"
#include "pricing/UsageNormaliser.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cstdint>

using tl::TokenCounts;
using tl::pricing::NormalisedUsage;
using tl::pricing::UsageFlavor;
using tl::pricing::normaliseUsage;
using tl::pricing::usageFlavorFromName;
using tl::pricing::usageFlavorName;
using json = nlohmann::json;

namespace {

QString str(const char *s) { return QString::fromLatin1(s); }

json parse(const QByteArray &text)
{
    json j = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    Q_ASSERT(!j.is_discarded());
    return j;
}

// A count from the raw object, 0 when absent or null.
std::int64_t raw(const json &obj, const char *key)
{
    if (!obj.is_object())
        return 0;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return 0;
    return static_cast<std::int64_t>(it->get<double>());
}

const json &sub(const json &obj, const char *key)
{
    static const json null;
    const auto it = obj.find(key);
    return it == obj.end() ? null : *it;
}

// What the provider billed as input, computed straight from its own fields.
std::int64_t billedInput(UsageFlavor flavor, const json &u)
{
    switch (flavor) {
    case UsageFlavor::OpenAiChat:
        return raw(u, "prompt_tokens"); // includes cached and cache-write tokens
    case UsageFlavor::OpenAiResponses:
        return raw(u, "input_tokens");
    case UsageFlavor::Anthropic: {
        std::int64_t writes = raw(u, "cache_creation_input_tokens");
        const json &cc = sub(u, "cache_creation");
        if (writes == 0 && cc.is_object())
            writes = raw(cc, "ephemeral_5m_input_tokens") + raw(cc, "ephemeral_1h_input_tokens");
        return raw(u, "input_tokens") + raw(u, "cache_read_input_tokens") + writes;
    }
    case UsageFlavor::Gemini:
        return raw(u, "promptTokenCount") + raw(u, "toolUsePromptTokenCount");
    case UsageFlavor::BedrockConverse:
        return raw(u, "inputTokens") + raw(u, "cacheReadInputTokens") +
               raw(u, "cacheWriteInputTokens");
    }
    return -1;
}

} // namespace

class TestUsageNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavorNames();
    void flavorNamesRejectUnknown();

    void normalise_data();
    void normalise();

    void errors_data();
    void errors();

    void notAnObject_data();
    void notAnObject();
};

void TestUsageNormaliser::flavorNames()
{
    const struct
    {
        UsageFlavor flavor;
        const char *name;
    } all[] = {
        {UsageFlavor::OpenAiChat, "openai-chat"},
        {UsageFlavor::OpenAiResponses, "openai-responses"},
        {UsageFlavor::Anthropic, "anthropic"},
        {UsageFlavor::Gemini, "gemini"},
        {UsageFlavor::BedrockConverse, "bedrock-converse"},
    };
    for (const auto &e : all) {
        QCOMPARE(usageFlavorName(e.flavor), str(e.name));
        QCOMPARE(usageFlavorFromName(str(e.name)), std::optional(e.flavor));
        QCOMPARE(usageFlavorFromName(str(e.name).toUpper()), std::optional(e.flavor));
    }
    QCOMPARE(usageFlavorFromName(str("OpenAI-Chat")), std::optional(UsageFlavor::OpenAiChat));
    QCOMPARE(usageFlavorFromName(str("Bedrock-Converse")),
             std::optional(UsageFlavor::BedrockConverse));
}

void TestUsageNormaliser::flavorNamesRejectUnknown()
{
    QVERIFY(!usageFlavorFromName(QString()).has_value());
    QVERIFY(!usageFlavorFromName(str("openai")).has_value());
    QVERIFY(!usageFlavorFromName(str("openai_chat")).has_value());
    QVERIFY(!usageFlavorFromName(str("bedrock")).has_value());
    QVERIFY(!usageFlavorFromName(str("vertex")).has_value());
}

// ---------------------------------------------------------------------------------------------

void TestUsageNormaliser::normalise_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<qint64>("uncached");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("write5m");
    QTest::addColumn<qint64>("write1h");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("reasoning");
    QTest::addColumn<qint64>("webSearches");
    QTest::addColumn<QString>("tier");

    const QString chat = str("openai-chat");
    const QString responses = str("openai-responses");
    const QString anthropic = str("anthropic");
    const QString gemini = str("gemini");
    const QString bedrock = str("bedrock-converse");
    const QString none;

    // ---- OpenAI Chat Completions ----
    QTest::newRow("chat minimal (batch output line)")
        << chat << QByteArray(R"({"prompt_tokens":24,"completion_tokens":15,"total_tokens":39})")
        << 24LL << 0LL << 0LL << 0LL << 15LL << 0LL << 0LL << none;
    QTest::newRow("chat cached + reasoning (o-series)")
        << chat
        << QByteArray(R"({"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,
            "prompt_tokens_details":{"cached_tokens":1920,"audio_tokens":0},
            "completion_tokens_details":{"reasoning_tokens":192,"audio_tokens":0,
              "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})")
        << 86LL << 1920LL << 0LL << 0LL << 300LL << 192LL << 0LL << none;
    QTest::newRow("chat cache_write_tokens")
        << chat
        << QByteArray(R"({"prompt_tokens":5000,"completion_tokens":120,"total_tokens":5120,
            "prompt_tokens_details":{"cached_tokens":1024,"cache_write_tokens":3072},
            "completion_tokens_details":{"reasoning_tokens":0}})")
        << 904LL << 1024LL << 3072LL << 0LL << 120LL << 0LL << 0LL << none;
    QTest::newRow("chat all cached")
        << chat
        << QByteArray(R"({"prompt_tokens":1280,"completion_tokens":9,"total_tokens":1289,
            "prompt_tokens_details":{"cached_tokens":1280}})")
        << 0LL << 1280LL << 0LL << 0LL << 9LL << 0LL << 0LL << none;
    QTest::newRow("chat audio inside prompt/completion")
        << chat
        << QByteArray(R"({"prompt_tokens":830,"completion_tokens":410,"total_tokens":1240,
            "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":700,"text_tokens":130,
              "image_tokens":0},
            "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":350,
              "text_tokens":60}})")
        << 830LL << 0LL << 0LL << 0LL << 410LL << 0LL << 0LL << none;
    QTest::newRow("chat predicted outputs (rejected billed as output)")
        << chat
        << QByteArray(R"({"prompt_tokens":120,"completion_tokens":95,"total_tokens":215,
            "completion_tokens_details":{"reasoning_tokens":0,"accepted_prediction_tokens":40,
              "rejected_prediction_tokens":30}})")
        << 120LL << 0LL << 0LL << 0LL << 95LL << 0LL << 0LL << none;
    QTest::newRow("chat null details")
        << chat
        << QByteArray(R"({"prompt_tokens":50,"completion_tokens":5,"total_tokens":55,
            "prompt_tokens_details":null,"completion_tokens_details":null})")
        << 50LL << 0LL << 0LL << 0LL << 5LL << 0LL << 0LL << none;
    QTest::newRow("chat null detail fields")
        << chat
        << QByteArray(R"({"prompt_tokens":50,"completion_tokens":5,
            "prompt_tokens_details":{"cached_tokens":null,"cache_write_tokens":null},
            "completion_tokens_details":{"reasoning_tokens":null}})")
        << 50LL << 0LL << 0LL << 0LL << 5LL << 0LL << 0LL << none;
    QTest::newRow("chat integral floats accepted")
        << chat
        << QByteArray(R"({"prompt_tokens":100.0,"completion_tokens":7.0,
            "prompt_tokens_details":{"cached_tokens":64.0}})")
        << 36LL << 64LL << 0LL << 0LL << 7LL << 0LL << 0LL << none;
    QTest::newRow("chat zero tokens")
        << chat << QByteArray(R"({"prompt_tokens":0,"completion_tokens":0,"total_tokens":0})")
        << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << none;

    // ---- OpenAI Responses ----
    QTest::newRow("responses cached + reasoning")
        << responses
        << QByteArray(R"({"input_tokens":5280,"input_tokens_details":{"cached_tokens":4864},
            "output_tokens":1024,"output_tokens_details":{"reasoning_tokens":768},
            "total_tokens":6304})")
        << 416LL << 4864LL << 0LL << 0LL << 1024LL << 768LL << 0LL << none;
    QTest::newRow("responses cache_write_tokens")
        << responses
        << QByteArray(R"({"input_tokens":9000,
            "input_tokens_details":{"cached_tokens":2000,"cache_write_tokens":6000},
            "output_tokens":200,"output_tokens_details":{"reasoning_tokens":0},
            "total_tokens":9200})")
        << 1000LL << 2000LL << 6000LL << 0LL << 200LL << 0LL << 0LL << none;
    QTest::newRow("responses no details (batch usage)")
        << responses << QByteArray(R"({"input_tokens":33,"output_tokens":12,"total_tokens":45})")
        << 33LL << 0LL << 0LL << 0LL << 12LL << 0LL << 0LL << none;

    // ---- Anthropic Messages ----
    QTest::newRow("anthropic cache_creation 5m/1h split")
        << anthropic
        << QByteArray(R"({"input_tokens":21,"cache_creation_input_tokens":3000,
            "cache_read_input_tokens":10000,
            "cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},
            "output_tokens":503,"service_tier":"standard"})")
        << 21LL << 10000LL << 1000LL << 2000LL << 503LL << 0LL << 0LL << str("standard");
    QTest::newRow("anthropic split short of total → remainder 5m")
        << anthropic
        << QByteArray(R"({"input_tokens":4,"cache_creation_input_tokens":2500,
            "cache_read_input_tokens":0,
            "cache_creation":{"ephemeral_5m_input_tokens":500,"ephemeral_1h_input_tokens":1000},
            "output_tokens":60})")
        << 4LL << 0LL << 1500LL << 1000LL << 60LL << 0LL << 0LL << none;
    QTest::newRow("anthropic split without total")
        << anthropic
        << QByteArray(R"({"input_tokens":4,"cache_creation":{"ephemeral_1h_input_tokens":800},
            "output_tokens":60})")
        << 4LL << 0LL << 0LL << 800LL << 60LL << 0LL << 0LL << none;
    QTest::newRow("anthropic only cache_creation_input_tokens")
        << anthropic
        << QByteArray(R"({"input_tokens":12,"cache_creation_input_tokens":1800,
            "cache_read_input_tokens":0,"output_tokens":77})")
        << 12LL << 0LL << 1800LL << 0LL << 77LL << 0LL << 0LL << none;
    QTest::newRow("anthropic nulls")
        << anthropic
        << QByteArray(R"({"input_tokens":12,"cache_creation_input_tokens":null,
            "cache_read_input_tokens":null,"cache_creation":null,"server_tool_use":null,
            "service_tier":null,"inference_geo":null,"output_tokens_details":null,
            "output_tokens":5})")
        << 12LL << 0LL << 0LL << 0LL << 5LL << 0LL << 0LL << none;
    QTest::newRow("anthropic server_tool_use + batch tier")
        << anthropic
        << QByteArray(R"({"input_tokens":2048,"cache_creation_input_tokens":0,
            "cache_read_input_tokens":1536,
            "cache_creation":{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":0},
            "output_tokens":890,
            "server_tool_use":{"web_search_requests":3,"web_fetch_requests":1},
            "service_tier":"batch"})")
        << 2048LL << 1536LL << 0LL << 0LL << 890LL << 0LL << 3LL << str("batch");
    QTest::newRow("anthropic priority tier")
        << anthropic
        << QByteArray(R"({"input_tokens":10,"output_tokens":20,"service_tier":"priority"})")
        << 10LL << 0LL << 0LL << 0LL << 20LL << 0LL << 0LL << str("priority");

    // ---- Gemini ----
    QTest::newRow("gemini cached content + thoughts")
        << gemini
        << QByteArray(R"({"promptTokenCount":12450,"candidatesTokenCount":512,
            "totalTokenCount":14162,"cachedContentTokenCount":10240,"thoughtsTokenCount":1200,
            "promptTokensDetails":[{"modality":"TEXT","tokenCount":12450}],
            "cacheTokensDetails":[{"modality":"TEXT","tokenCount":10240}]})")
        << 2210LL << 10240LL << 0LL << 0LL << 1712LL << 1200LL << 0LL << none;
    QTest::newRow("gemini tool-use prompt")
        << gemini
        << QByteArray(R"({"promptTokenCount":100,"candidatesTokenCount":40,
            "toolUsePromptTokenCount":250,"totalTokenCount":390})")
        << 350LL << 0LL << 0LL << 0LL << 40LL << 0LL << 0LL << none;
    QTest::newRow("gemini candidates absent")
        << gemini << QByteArray(R"({"promptTokenCount":8,"totalTokenCount":8})") << 8LL << 0LL
        << 0LL << 0LL << 0LL << 0LL << 0LL << none;

    // ---- Bedrock Converse ----
    QTest::newRow("bedrock plain")
        << bedrock << QByteArray(R"({"inputTokens":35,"outputTokens":446,"totalTokens":481})")
        << 35LL << 0LL << 0LL << 0LL << 446LL << 0LL << 0LL << none;
    QTest::newRow("bedrock cache read/write")
        << bedrock
        << QByteArray(R"({"inputTokens":12,"outputTokens":300,"totalTokens":5312,
            "cacheReadInputTokens":4000,"cacheWriteInputTokens":1000})")
        << 12LL << 4000LL << 1000LL << 0LL << 300LL << 0LL << 0LL << none;
    QTest::newRow("bedrock cacheDetails by TTL")
        << bedrock
        << QByteArray(R"({"inputTokens":20,"outputTokens":50,"totalTokens":3570,
            "cacheReadInputTokens":500,"cacheWriteInputTokens":3000,
            "cacheDetails":[{"ttl":"1h","inputTokens":2000},{"ttl":"5m","inputTokens":1000}]})")
        << 20LL << 500LL << 1000LL << 2000LL << 50LL << 0LL << 0LL << none;
    QTest::newRow("bedrock empty cacheDetails")
        << bedrock
        << QByteArray(R"({"inputTokens":20,"outputTokens":50,"cacheWriteInputTokens":0,
            "cacheDetails":[]})")
        << 20LL << 0LL << 0LL << 0LL << 50LL << 0LL << 0LL << none;
}

void TestUsageNormaliser::normalise()
{
    QFETCH(QString, flavor);
    QFETCH(QByteArray, usage);
    QFETCH(qint64, uncached);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, write5m);
    QFETCH(qint64, write1h);
    QFETCH(qint64, output);
    QFETCH(qint64, reasoning);
    QFETCH(qint64, webSearches);
    QFETCH(QString, tier);

    const auto f = usageFlavorFromName(flavor);
    QVERIFY(f.has_value());
    const json u = parse(usage);
    const auto r = normaliseUsage(*f, u);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));

    TokenCounts expected;
    expected.requests = 1;
    expected.uncachedInput = uncached;
    expected.cacheRead = cacheRead;
    expected.cacheWrite5m = write5m;
    expected.cacheWrite1h = write1h;
    expected.output = output;
    expected.reasoning = reasoning;
    expected.webSearches = webSearches;
    // The one row with audio: its audio tokens stay inside the prompt and completion figures
    // and are kept as their audio part (priced by the audio prices, issue 16).
    if (QByteArray(QTest::currentDataTag()) == "chat audio inside prompt/completion") {
        expected.audioInput = 700;
        expected.audioOutput = 350;
    }

    const TokenCounts &t = r->tokens;
    QCOMPARE(t.requests, expected.requests);
    QCOMPARE(t.uncachedInput, expected.uncachedInput);
    QCOMPARE(t.cacheRead, expected.cacheRead);
    QCOMPARE(t.cacheWrite5m, expected.cacheWrite5m);
    QCOMPARE(t.cacheWrite1h, expected.cacheWrite1h);
    QCOMPARE(t.output, expected.output);
    QCOMPARE(t.reasoning, expected.reasoning);
    QCOMPARE(t.webSearches, expected.webSearches);
    QVERIFY(t == expected); // images, audioMillis and the other modality parts stay 0
    QCOMPARE(r->serviceTier, tier);

    // The promise: every billed input token is counted exactly once.
    QCOMPARE(t.totalInput(), billedInput(*f, u));
    QVERIFY(t.reasoning <= t.output);
}

// ---------------------------------------------------------------------------------------------

void TestUsageNormaliser::errors_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QStringList>("mentions"); // each must appear in the message

    const QString chat = str("openai-chat");
    const QString responses = str("openai-responses");
    const QString anthropic = str("anthropic");
    const QString gemini = str("gemini");
    const QString bedrock = str("bedrock-converse");
    const auto missing = [](const char *path) {
        return QStringList{QString::fromLatin1(path) + str(" is missing")};
    };
    const auto badInt = [](const char *path) {
        return QStringList{QString::fromLatin1(path) + str(" must be a non-negative integer")};
    };

    // ---- OpenAI Chat Completions ----
    QTest::newRow("chat prompt_tokens missing")
        << chat << QByteArray(R"({"completion_tokens":3,"total_tokens":3})")
        << missing("usage.prompt_tokens");
    QTest::newRow("chat prompt_tokens null")
        << chat << QByteArray(R"({"prompt_tokens":null,"completion_tokens":3})")
        << missing("usage.prompt_tokens");
    QTest::newRow("chat completion_tokens missing")
        << chat << QByteArray(R"({"prompt_tokens":3,"total_tokens":3})")
        << missing("usage.completion_tokens");
    QTest::newRow("chat prompt_tokens string")
        << chat << QByteArray(R"({"prompt_tokens":"12","completion_tokens":3})")
        << badInt("usage.prompt_tokens");
    QTest::newRow("chat completion_tokens bool")
        << chat << QByteArray(R"({"prompt_tokens":12,"completion_tokens":true})")
        << badInt("usage.completion_tokens");
    QTest::newRow("chat cached_tokens negative")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "prompt_tokens_details":{"cached_tokens":-4}})")
        << badInt("usage.prompt_tokens_details.cached_tokens");
    QTest::newRow("chat cached_tokens fraction")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "prompt_tokens_details":{"cached_tokens":1.5}})")
        << badInt("usage.prompt_tokens_details.cached_tokens");
    QTest::newRow("chat cached_tokens bool")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "prompt_tokens_details":{"cached_tokens":false}})")
        << badInt("usage.prompt_tokens_details.cached_tokens");
    QTest::newRow("chat cache_write_tokens string")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "prompt_tokens_details":{"cache_write_tokens":"8"}})")
        << badInt("usage.prompt_tokens_details.cache_write_tokens");
    QTest::newRow("chat reasoning_tokens float")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "completion_tokens_details":{"reasoning_tokens":0.25}})")
        << badInt("usage.completion_tokens_details.reasoning_tokens");
    QTest::newRow("chat details not an object")
        << chat
        << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,
            "prompt_tokens_details":[4]})")
        << QStringList{str("usage.prompt_tokens_details must be an object")};
    QTest::newRow("chat cached > prompt")
        << chat
        << QByteArray(R"({"prompt_tokens":100,"completion_tokens":3,
            "prompt_tokens_details":{"cached_tokens":120}})")
        << QStringList{str("usage.prompt_tokens_details.cached_tokens"), str("usage.prompt_tokens"),
                       str("120"), str("100")};
    QTest::newRow("chat cached + write > prompt")
        << chat
        << QByteArray(R"({"prompt_tokens":100,"completion_tokens":3,
            "prompt_tokens_details":{"cached_tokens":60,"cache_write_tokens":50}})")
        << QStringList{str("usage.prompt_tokens_details.cached_tokens"),
                       str("usage.prompt_tokens_details.cache_write_tokens"),
                       str("usage.prompt_tokens (100)")};
    QTest::newRow("chat reasoning > completion")
        << chat
        << QByteArray(R"({"prompt_tokens":10,"completion_tokens":30,
            "completion_tokens_details":{"reasoning_tokens":64}})")
        << QStringList{str("usage.completion_tokens_details.reasoning_tokens"),
                       str("usage.completion_tokens")};
    QTest::newRow("chat absurdly large")
        << chat << QByteArray(R"({"prompt_tokens":1e300,"completion_tokens":3})")
        << QStringList{str("usage.prompt_tokens is too large")};
    QTest::newRow("chat beyond int64")
        << chat << QByteArray(R"({"prompt_tokens":18446744073709551615,"completion_tokens":3})")
        << QStringList{str("usage.prompt_tokens is too large")};

    // ---- OpenAI Responses ----
    QTest::newRow("responses input_tokens missing")
        << responses << QByteArray(R"({"output_tokens":3,"total_tokens":3})")
        << missing("usage.input_tokens");
    QTest::newRow("responses output_tokens missing")
        << responses << QByteArray(R"({"input_tokens":3})") << missing("usage.output_tokens");
    QTest::newRow("responses cached > input")
        << responses
        << QByteArray(R"({"input_tokens":10,"input_tokens_details":{"cached_tokens":11},
            "output_tokens":1})")
        << QStringList{str("usage.input_tokens_details.cached_tokens"), str("usage.input_tokens")};
    QTest::newRow("responses reasoning string")
        << responses
        << QByteArray(R"({"input_tokens":10,"output_tokens":1,
            "output_tokens_details":{"reasoning_tokens":"1"}})")
        << badInt("usage.output_tokens_details.reasoning_tokens");

    // ---- Anthropic ----
    QTest::newRow("anthropic input_tokens missing")
        << anthropic << QByteArray(R"({"output_tokens":3})") << missing("usage.input_tokens");
    QTest::newRow("anthropic output_tokens missing")
        << anthropic << QByteArray(R"({"input_tokens":3,"cache_read_input_tokens":9})")
        << missing("usage.output_tokens");
    QTest::newRow("anthropic cache_read string")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,"cache_read_input_tokens":"9"})")
        << badInt("usage.cache_read_input_tokens");
    QTest::newRow("anthropic cache_creation_input_tokens negative")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,"cache_creation_input_tokens":-1})")
        << badInt("usage.cache_creation_input_tokens");
    QTest::newRow("anthropic ephemeral_1h negative")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,
            "cache_creation":{"ephemeral_1h_input_tokens":-5}})")
        << badInt("usage.cache_creation.ephemeral_1h_input_tokens");
    QTest::newRow("anthropic cache_creation not an object")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,"cache_creation":12})")
        << QStringList{str("usage.cache_creation must be an object")};
    QTest::newRow("anthropic split exceeds total")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,"cache_creation_input_tokens":100,
            "cache_creation":{"ephemeral_5m_input_tokens":80,"ephemeral_1h_input_tokens":40}})")
        << QStringList{str("usage.cache_creation.ephemeral_5m_input_tokens"),
                       str("usage.cache_creation.ephemeral_1h_input_tokens"),
                       str("usage.cache_creation_input_tokens (100)")};
    QTest::newRow("anthropic web_search_requests float")
        << anthropic
        << QByteArray(R"({"input_tokens":3,"output_tokens":1,
            "server_tool_use":{"web_search_requests":1.5}})")
        << badInt("usage.server_tool_use.web_search_requests");
    QTest::newRow("anthropic service_tier number")
        << anthropic << QByteArray(R"({"input_tokens":3,"output_tokens":1,"service_tier":2})")
        << QStringList{str("usage.service_tier must be a string")};

    // ---- Gemini ----
    QTest::newRow("gemini promptTokenCount missing")
        << gemini << QByteArray(R"({"candidatesTokenCount":4,"totalTokenCount":4})")
        << missing("usageMetadata.promptTokenCount");
    QTest::newRow("gemini cached > prompt")
        << gemini
        << QByteArray(R"({"promptTokenCount":100,"cachedContentTokenCount":4096,
            "candidatesTokenCount":4})")
        << QStringList{str("usageMetadata.cachedContentTokenCount"),
                       str("usageMetadata.promptTokenCount")};
    QTest::newRow("gemini thoughts string")
        << gemini << QByteArray(R"({"promptTokenCount":100,"thoughtsTokenCount":"7"})")
        << badInt("usageMetadata.thoughtsTokenCount");
    QTest::newRow("gemini toolUse negative")
        << gemini << QByteArray(R"({"promptTokenCount":100,"toolUsePromptTokenCount":-7})")
        << badInt("usageMetadata.toolUsePromptTokenCount");

    // ---- Bedrock Converse ----
    QTest::newRow("bedrock inputTokens missing")
        << bedrock << QByteArray(R"({"outputTokens":4,"totalTokens":4})")
        << missing("usage.inputTokens");
    QTest::newRow("bedrock outputTokens missing")
        << bedrock << QByteArray(R"({"inputTokens":4})") << missing("usage.outputTokens");
    QTest::newRow("bedrock cacheReadInputTokens negative")
        << bedrock << QByteArray(R"({"inputTokens":4,"outputTokens":1,"cacheReadInputTokens":-2})")
        << badInt("usage.cacheReadInputTokens");
    QTest::newRow("bedrock cacheDetails unknown ttl")
        << bedrock
        << QByteArray(R"({"inputTokens":4,"outputTokens":1,"cacheWriteInputTokens":10,
            "cacheDetails":[{"ttl":"24h","inputTokens":10}]})")
        << QStringList{str("usage.cacheDetails[0].ttl")};
    QTest::newRow("bedrock cacheDetails exceed writes")
        << bedrock
        << QByteArray(R"({"inputTokens":4,"outputTokens":1,"cacheWriteInputTokens":10,
            "cacheDetails":[{"ttl":"5m","inputTokens":8},{"ttl":"1h","inputTokens":8}]})")
        << QStringList{str("usage.cacheDetails"), str("usage.cacheWriteInputTokens (10)")};
    QTest::newRow("bedrock cacheDetails entry tokens missing")
        << bedrock
        << QByteArray(R"({"inputTokens":4,"outputTokens":1,"cacheDetails":[{"ttl":"5m"}]})")
        << missing("usage.cacheDetails[0].inputTokens");
}

void TestUsageNormaliser::errors()
{
    QFETCH(QString, flavor);
    QFETCH(QByteArray, usage);
    QFETCH(QStringList, mentions);

    const auto f = usageFlavorFromName(flavor);
    QVERIFY(f.has_value());
    const auto r = normaliseUsage(*f, parse(usage));
    QVERIFY(!r.ok());
    const QString message = r.errorMessage();
    for (const QString &m : mentions)
        QVERIFY2(message.contains(m), qPrintable(str("\"%1\" not in \"%2\"").arg(m, message)));
}

void TestUsageNormaliser::notAnObject_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QString>("root");

    const char *names[] = {"openai-chat", "openai-responses", "anthropic", "gemini",
                           "bedrock-converse"};
    const char *values[] = {"null", "[]", "\"usage\"", "42", "true"};
    for (const char *name : names) {
        for (const char *value : values) {
            const QString root =
                str(name) == str("gemini") ? str("usageMetadata") : str("usage");
            QTest::addRow("%s %s", name, value) << str(name) << QByteArray(value) << root;
        }
    }
}

void TestUsageNormaliser::notAnObject()
{
    QFETCH(QString, flavor);
    QFETCH(QByteArray, usage);
    QFETCH(QString, root);

    const auto r = normaliseUsage(*usageFlavorFromName(flavor), parse(usage));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().startsWith(root + str(" must be a JSON object")),
             qPrintable(r.errorMessage()));
}

QTEST_GUILESS_MAIN(TestUsageNormaliser)
#include "tst_usage_normaliser.moc"
