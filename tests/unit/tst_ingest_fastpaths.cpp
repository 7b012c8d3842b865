// The parser thread's fast paths give what the plain ones give: the JSON scanner on strings
// and brackets at every offset of its 16-byte blocks, plain amounts, the name caches, the
// cached rates against CostEngine::price, dimension ids found by address, and the parser
// thread's chunks (line numbers of rejected lines, the first of duplicate keys first).
#include "TestSupport.h"

#include "ingest/IngestText.h"
#include "ingest/JsonScan.h"
#include "ingest/LiteLlmReader.h"
#include "ingest/ParserThread.h"
#include "pricing/CostEngineCache.h"
#include "pricing/DatabasePricing.h"
#include "store/FactPreparer.h"
#include "store/RecordKeyHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>
#include <random>

using namespace tl;
using ingest::JsonScan;

namespace {

// The members of a one-level object as key=value lines (strings decoded), or "invalid".
QString members(const std::string &json)
{
    QString out;
    const bool ok = JsonScan::forEachMember(json, [&](std::string_view key, const JsonScan::Value &v) {
        const std::string text = v.kind == JsonScan::Kind::String ? JsonScan::decode(v) : std::string(v.raw);
        out += QString::fromUtf8(key.data(), qsizetype(key.size())) + u'=' + QString::fromStdString(text) + u'\n';
        return true;
    });
    return ok ? out : QStringLiteral("invalid");
}

// The members of `json` and of the objects `descend` names, one line each ("depth key=raw"),
// walked as nested forEachMember calls do it: each object handed over whole and walked again.
QString nestedMembers(std::string_view json, int depth, const std::function<bool(int, std::string_view)> &descend,
                      bool &ok)
{
    QString out;
    ok = JsonScan::forEachMember(json, [&](std::string_view key, const JsonScan::Value &v) {
        if (v.kind == JsonScan::Kind::Object && descend(depth, key)) {
            bool inner = true;
            out += nestedMembers(v.raw, depth + 1, descend, inner);
        } else {
            out += QStringLiteral("%1 %2=%3\n").arg(depth).arg(QString::fromUtf8(key.data(), qsizetype(key.size())),
                                                       QString::fromUtf8(v.raw.data(), qsizetype(v.raw.size())));
        }
        return true;
    });
    return out;
}

// The same through one forEachMemberDeep walk.
QString deepMembers(std::string_view json, const std::function<bool(int, std::string_view)> &descend, bool &ok)
{
    QString out;
    ok = JsonScan::forEachMemberDeep(json, descend, [&](int depth, std::string_view key, const JsonScan::Value &v) {
        out += QStringLiteral("%1 %2=%3\n").arg(depth).arg(QString::fromUtf8(key.data(), qsizetype(key.size())),
                                                   QString::fromUtf8(v.raw.data(), qsizetype(v.raw.size())));
    });
    return out;
}

// Metadata objects of LiteLLM spend logs, usual and odd: escapes, repeated members, members
// of the wrong type, objects that are not well-formed inside but balanced, deeper nesting.
const char *const kMetadataObjects[] = {
    "{\"user_api_key_alias\":\"key-1\",\"usage_object\":{\"prompt_tokens\":100,\"prompt_tokens_details\":{\"cached_tokens\":30},\"completion_tokens_details\":{\"reasoning_tokens\":20}}}",
    "{\"usage_object\":{\"cache_read_input_tokens\":40,\"cache_creation_input_tokens\":10},\"user_api_key_org_id\":\"org-\\u00e9\\\"x\"}",
    "{\"user_api_key_alias\":\"k\\\\ey\\n2\",\"user_api_key_alias\":\"key-3\"}",
    "{\"user_api_key_alias\":\"key-4\",\"usage_object\":\"not an object\",\"prompt_tokens_details\":{\"cached_tokens\":99}}",
    "{\"usage_object\":{\"prompt_tokens_details\":[1,2],\"completion_tokens_details\":{\"reasoning_tokens\":\"x\"}}}",
    "{\"usage_object\":{\"prompt_tokens_details\":{\"cached_tokens\":5}},\"usage_object\":{\"prompt_tokens_details\":{\"cached_tokens\":3},\"cache_read_input_tokens\":7}}",
    "{\"a\" 1, \"user_api_key_alias\":\"key-5\"}",
    "{\"user_api_key_alias\":\"key-6\",\"usage_object\":{\"x\" 1,\"cache_read_input_tokens\":9}, \"user_api_key_org_id\":\"o\"}",
    "{\"usage_object\":{\"cache_read_input_tokens\":9,\"nested\":{\"deep\":{\"cached_tokens\":100}}},\"user_api_key_alias\":\"key-7\"}",
    "{\"list\":[{\"usage_object\":{\"cache_read_input_tokens\":1000}}],\"user_api_key_alias\":\"key-8\"}",
    "{}",
    "{\"user_api_key_alias\":null,\"user_api_key_org_id\":123,\"usage_object\":{\"completion_tokens_details\":{\"reasoning_tokens\":400}}}",
    "{\"usage_object\":{\"prompt_tokens_details\":{\"cached_tokens\":-5,\"cached_tokens\":12}}}",
    "{ \"user_api_key_alias\" : \"key-10\" , \"usage_object\" : { \"prompt_tokens_details\" : { \"cached_tokens\" : 4 } } }",
};

} // namespace

class TestIngestFastPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAtEveryOffset()
    {
        // A quote, an escaped quote and escaped backslashes at each position of a 16-byte block,
        // with the string ending exactly at the end of the text or just before it.
        for (int pad = 0; pad < 40; ++pad) {
            const std::string filler(std::size_t(pad), 'x');
            QCOMPARE(members("{\"k\":\"" + filler + "\"}"), QStringLiteral("k=%1\n").arg(QString::fromStdString(filler)));
            QCOMPARE(members("{\"k\":\"" + filler + "\\\"q\"}"),
                     QStringLiteral("k=%1\"q\n").arg(QString::fromStdString(filler)));
            QCOMPARE(members("{\"k\":\"" + filler + "\\\\\",\"m\":1}"),
                     QStringLiteral("k=%1\\\nm=1\n").arg(QString::fromStdString(filler)));
            QCOMPARE(members("{\"k\":\"" + filler + "\\\\\\\"\"}"),
                     QStringLiteral("k=%1\\\"\n").arg(QString::fromStdString(filler)));
            // Truncated: no closing quote, or a backslash as the last byte.
            QCOMPARE(members("{\"k\":\"" + filler), QStringLiteral("invalid"));
            QCOMPARE(members("{\"k\":\"" + filler + "\\"), QStringLiteral("invalid"));
            QCOMPARE(members("{\"k\":\"" + filler + "\\\""), QStringLiteral("invalid"));
        }
    }

    void bracketsAtEveryOffset()
    {
        for (int pad = 0; pad < 40; ++pad) {
            const std::string filler(std::size_t(pad), ' ');
            const std::string nested = "{\"a\":" + filler + "{\"b\":\"]}\\\"[{\",\"c\":[1," + filler
                                       + "{\"d\":\"}\"}]},\"e\":\"x\"}";
            const QString got = members(nested);
            QVERIFY2(got.endsWith(u"e=x\n"), qPrintable(got));
            QVERIFY(got.startsWith(u"a={"));
            // Unbalanced or mismatched brackets anywhere are refused.
            QCOMPARE(members("{\"a\":" + filler + "{\"b\":[1}]}"), QStringLiteral("invalid"));
            QCOMPARE(members("{\"a\":" + filler + "{\"b\":[1]}"), QStringLiteral("invalid"));
            QCOMPARE(members("{\"a\":[" + filler + "\"]\"}"), QStringLiteral("invalid"));
        }
        // Nesting deeper than the scanner keeps is refused, not overrun.
        QCOMPARE(members("{\"a\":" + std::string(200, '[') + std::string(200, ']') + "}"),
                 QStringLiteral("invalid"));
    }

    void deepWalkSeesWhatNestedWalksSee()
    {
        // LiteLLM's descent: metadata, its usage object, the usage object's details.
        const auto descend = [](int depth, std::string_view key) {
            return (depth == 0 && key == "metadata") || (depth == 1 && key == "usage_object")
                   || (depth == 2 && (key == "prompt_tokens_details" || key == "completion_tokens_details"));
        };
        QStringList texts;
        for (const char *metadata : kMetadataObjects) {
            const QString m = QString::fromUtf8(metadata);
            texts << QStringLiteral("{\"request_id\":\"r\",\"metadata\":%1,\"spend\":1}").arg(m)
                  << QStringLiteral("{\"metadata\":%1}").arg(m)
                  << QStringLiteral("{\"metadata\":%1,\"metadata\":{\"user_api_key_alias\":\"again\"}}").arg(m)
                  << QStringLiteral("{\"metadata\":[%1],\"x\":%1}").arg(m);
            for (int cut = 1; cut < 40; cut += 3) // truncated lines
                texts << QStringLiteral("{\"metadata\":%1}").arg(m).left(cut * 3);
        }
        texts << QStringLiteral("{\"metadata\":{\"usage_object\":{\"prompt_tokens_details\":{\"cached_tokens\":3}}}")
              << QStringLiteral("{\"metadata\":{\"usage_object\":{\"prompt_tokens_details\":{\"cached_tokens\":3}}}}}")
              << QStringLiteral("{\"metadata\":{\"a\":[}]}}") << QStringLiteral(" {\"metadata\":{}} ");
        for (const QString &text : texts) {
            const std::string json = text.toStdString();
            bool nestedOk = false, deepOk = false;
            const QString nested = nestedMembers(json, 0, descend, nestedOk);
            const QString deep = deepMembers(json, descend, deepOk);
            QVERIFY2(nestedOk == deepOk, qPrintable(text));
            if (nestedOk)
                QVERIFY2(nested == deep, qPrintable(text + u'\n' + nested + u'\n' + deep));
        }
    }

    void metadataObjectReadsAsItsText()
    {
        // A metadata object is read as the line is walked; metadata given as JSON text in a
        // string is read by the converter. Both give the same fact.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spend.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        int lines = 0;
        for (const char *metadata : kMetadataObjects) {
            const QByteArray asString = QJsonDocument(QJsonArray{QString::fromUtf8(metadata)}).toJson(QJsonDocument::Compact);
            const QByteArray quoted = asString.mid(1, asString.size() - 2); // the string, quoted
            for (const QByteArray &value : {QByteArray(metadata), quoted}) {
                f.write("{\"request_id\":\"r" + QByteArray::number(lines++)
                        + "\",\"startTime\":\"2025-06-01T00:00:00Z\",\"model\":\"gpt-4o\",\"api_key\":\"hashed\","
                          "\"prompt_tokens\":100,\"completion_tokens\":500,\"metadata\":"
                        + value + "}\n");
            }
        }
        f.close();
        text::LineSource src;
        QVERIFY(src.open(path));
        ingest::LiteLlmJsonReader reader(src);
        QVERIFY(reader.start().ok());
        QList<UsageFact> facts;
        UsageFact fact;
        ingest::ReadProblem problem;
        for (;;) {
            const ingest::ReadStep step = reader.next(fact, problem);
            if (step == ingest::ReadStep::End)
                break;
            QCOMPARE(step, ingest::ReadStep::Fact);
            facts << fact;
        }
        QCOMPARE(facts.size(), lines);
        QSet<QString> keys;
        std::int64_t cacheReads = 0, reasoning = 0;
        for (qsizetype i = 0; i < facts.size(); i += 2) {
            const UsageFact &object = facts[i];
            const UsageFact &text = facts[i + 1];
            QCOMPARE(object.apiKey, text.apiKey);
            QCOMPARE(object.account, text.account);
            QVERIFY(object.tokens == text.tokens);
            keys << object.apiKey;
            cacheReads += object.tokens.cacheRead;
            reasoning += object.tokens.reasoning;
        }
        // The members were read at all: aliases, an escaped one decoded, cache and reasoning counts.
        QVERIFY(keys.contains(QStringLiteral("key-1")));
        QVERIFY(keys.contains(QStringLiteral("key-3")));
        QVERIFY(keys.contains(QStringLiteral("hashed")));
        QCOMPARE(facts[0].tokens.cacheRead, std::int64_t(30));
        QCOMPARE(facts[0].tokens.reasoning, std::int64_t(20));
        QCOMPARE(facts[2].account, QStringLiteral("org-\u00e9\"x"));
        QCOMPARE(facts[2].tokens.cacheRead, std::int64_t(40));
        QCOMPARE(facts[2].tokens.cacheWrite5m, std::int64_t(10));
        QVERIFY(cacheReads > 0 && reasoning > 0);
    }

    void plainAmountsAsMoneyParse()
    {
        for (const char *text : {"0", "0.015600", "1.5", "-0.25", "+.5", "5.", ".", "", "-", "+",
                                 "123456789.123456789", "1234567890.5", "0.1234567891", "00000000000012",
                                 "1.5e-3", "12,5", " 0.5 ", "0.5x", "1..2", "-0", "999999999.999999999"}) {
            const auto fast = ingest::parseMoney(text);
            const auto plain = Money::parse(QString::fromLatin1(text));
            QVERIFY2(fast.has_value() == plain.has_value(), text);
            if (fast)
                QCOMPARE(fast->nanos(), plain->nanos());
        }
    }

    void nameCacheGivesEveryValue()
    {
        // Names alike but for their last byte (they must not share a slot), past the bound
        // at which the cache starts over, and one longer than it keeps.
        ingest::StringCache cache(&ingest::StringCache::utf8, 64, 500);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 2000; ++i) {
                const std::string name = "user-" + std::to_string(i);
                QCOMPARE(cache.get(name), QString::fromStdString(name));
            }
        }
        QCOMPARE(cache.get(""), QString());
        const std::string longName(100, 'n');
        QCOMPARE(cache.get(longName), QString::fromStdString(longName));
        ingest::StringCache upper([](std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())).toUpper(); });
        QCOMPARE(upper.get("abc"), QStringLiteral("ABC"));
        QCOMPARE(upper.get("abc"), QStringLiteral("ABC"));
    }

    void cachedRatesPriceLikeTheEngine()
    {
        auto pricing = pricing::DatabasePricing::builtinOnly();
        const pricing::CostEngine &engine = pricing->engine();
        pricing::RateCache cache(engine);
        std::mt19937_64 rng(7);
        const auto entries = pricing->catalog().entries();
        QVERIFY(entries.size() > 20);
        int compared = 0;
        for (int round = 0; round < 2; ++round) { // the second round is answered from the cache
            for (qsizetype i = 0; i < entries.size(); i += 3) {
                const pricing::ModelPrice &m = entries[i];
                for (const char *tierName : {"standard", "batch", "priority", "flex"}) {
                    const QString tier = QString::fromLatin1(tierName);
                    TokenCounts t;
                    t.requests = 1;
                    t.uncachedInput = std::int64_t(rng() % 400000);
                    t.cacheRead = std::int64_t(rng() % 50000);
                    t.cacheWrite5m = std::int64_t(rng() % 3000);
                    t.cacheWrite1h = std::int64_t(rng() % 3000);
                    t.output = std::int64_t(rng() % 9000);
                    t.reasoning = std::int64_t(rng() % 2000);
                    t.audioInput = rng() % 4 == 0 ? std::int64_t(rng() % 1000) : 0;
                    t.imageOutput = rng() % 4 == 0 ? std::int64_t(rng() % 1000) : 0;
                    t.webSearches = rng() % 4 == 0 ? 3 : 0;
                    if (rng() % 8 == 0)
                        t.output = 999'999'999'999; // out of range for some prices
                    const QDate day = QDate(2024, 1, 1).addDays(qint64(rng() % 900));
                    const int modifiers = int(rng() % 8);
                    const bool perRequest = rng() % 2 == 0;
                    const bool longContext = rng() % 5 == 0;
                    const auto want = engine.price(m.provider, m.model, day, tier, t, perRequest, modifiers, longContext);
                    const auto got = cache.price(m.provider, m.model, day, tier, t, perRequest, modifiers, longContext);
                    QCOMPARE(got.price, want.price);
                    QCOMPARE(got.outOfRange, want.outOfRange);
                    QCOMPARE(got.cost, want.cost);
                    QCOMPARE(got.unpriced, want.unpriced);
                    ++compared;
                }
            }
        }
        const auto none = cache.price(QStringLiteral("nobody"), QStringLiteral("no-model"), QDate(2025, 1, 1),
                                      QStringLiteral("standard"), TokenCounts{}, true);
        QCOMPARE(none.price, nullptr);
        QVERIFY(compared > 100);
    }

    void dimensionIdsByContent()
    {
        // Equal texts in different strings get one id; a raw buffer rewritten in place with
        // another text (same address, same length) gets the other text's id. (The preparer's
        // table only ever holds allocated strings and the last raw one, which stays as it is.)
        store::FactPreparer preparer;
        std::vector<UsageFact> facts(4);
        QChar buffer[] = {u'a', u'l', u'i', u'c', u'e'};
        facts[0].user = QStringLiteral("ali") + QStringLiteral("ce");
        facts[1].user = QString::fromRawData(buffer, 5);
        const auto first = preparer.prepare(std::span<const UsageFact>(facts.data(), 2));
        QCOMPARE(first.dims[0][5], first.dims[1][5]);
        const QString bruce = QStringLiteral("bruce");
        std::copy(bruce.begin(), bruce.end(), buffer);
        facts[2].user = QString::fromRawData(buffer, 5);
        facts[3].user = QStringLiteral("bru") + QStringLiteral("ce");
        const auto second = preparer.prepare(std::span<const UsageFact>(facts.data() + 2, 2));
        QVERIFY(second.dims[0][5] != first.dims[0][5]);
        QCOMPARE(second.dims[0][5], second.dims[1][5]);
        QCOMPARE(second.newValues.size(), std::size_t(1));
        QCOMPARE(second.newValues[0].second, bruce);
    }

    void chunksKeepLinesAndFirstDuplicates()
    {
        // 200 lines in chunks of 7 facts: every 13th line malformed, every 17th a duplicate of
        // an earlier request id (with another model, so the first can be told apart).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spend.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QList<std::int64_t> badLines;
        QHash<QString, QString> expectedFirst; // record key → model of its first good line
        for (int line = 1; line <= 200; ++line) {
            if (line % 13 == 0) {
                f.write("{\"request_id\": \"broken\n");
                badLines << line;
                continue;
            }
            const int id = line % 17 == 0 ? line - 10 : line;
            const QString model = line % 17 == 0 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("gpt-4o");
            if (!expectedFirst.contains(QStringLiteral("litellm:r%1").arg(id)))
                expectedFirst.insert(QStringLiteral("litellm:r%1").arg(id), model);
            f.write(QStringLiteral("{\"request_id\":\"r%1\",\"startTime\":\"2025-06-01T00:00:%2Z\",\"model\":\"%3\","
                                   "\"custom_llm_provider\":\"openai\",\"prompt_tokens\":%4,\"completion_tokens\":5,"
                                   "\"request_tags\":[\"t%5\"]}\n")
                        .arg(id)
                        .arg(line % 60, 2, 10, QLatin1Char('0'))
                        .arg(model)
                        .arg(line * 10)
                        .arg(line % 3)
                        .toUtf8());
        }
        f.close();
        text::LineSource src;
        QVERIFY(src.open(path));
        ingest::LiteLlmJsonReader reader(src);
        auto pricing = pricing::DatabasePricing::builtinOnly();
        ingest::ParserThread parser(reader, src, pricing->engine(), 7, 1000, nullptr);
        QList<std::int64_t> problemLines;
        QHash<QString, QString> firstModel; // record key → model of the fact seen first
        std::int64_t read = 0, facts = 0;
        for (;;) {
            ingest::ParsedChunk chunk = parser.next();
            QVERIFY(!chunk.failure);
            for (const auto &p : chunk.problems)
                problemLines << p.line;
            read += chunk.read;
            facts += std::int64_t(chunk.facts.size());
            QCOMPARE(chunk.prepared.keys.size(), chunk.facts.size());
            for (std::size_t i = 0; i < chunk.facts.size(); ++i) {
                const UsageFact &fact = chunk.facts[i];
                QCOMPARE(chunk.prepared.keys[i], fact.recordKey.toUtf8());
                QCOMPARE(chunk.prepared.keyHashes[i], store::recordKeyHash(chunk.prepared.keys[i]));
                if (i > 0) // in the file's order (prompt tokens grow with the line)
                    QVERIFY(chunk.facts[i - 1].tokens.uncachedInput < fact.tokens.uncachedInput);
                QVERIFY(fact.priced);
                if (!firstModel.contains(fact.recordKey))
                    firstModel.insert(fact.recordKey, fact.model);
            }
            const bool last = chunk.last;
            parser.giveBack(std::move(chunk));
            if (last)
                break;
        }
        QCOMPARE(read, 200);
        QCOMPARE(problemLines, badLines);
        QCOMPARE(facts, 200 - badLines.size());
        // Within a chunk a duplicate follows the record it repeats; across chunks it comes later.
        QCOMPARE(firstModel.size(), expectedFirst.size());
        QCOMPARE(firstModel, expectedFirst);
        QVERIFY(expectedFirst.values().contains(QStringLiteral("gpt-4o-mini"))); // r143: line 143 is broken
    }
};

QTEST_GUILESS_MAIN(TestIngestFastPaths)
#include "tst_ingest_fastpaths.moc"
