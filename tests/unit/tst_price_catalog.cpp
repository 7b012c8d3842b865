// Unit tests for tl::pricing::PriceCatalog: model matching, our JSON format, persistence.

#include "PricingTestHelpers.h"
#include "TestSupport.h"

#include "domain/UsageFact.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tl::test::pricing;

class TestPriceCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
// PriceCatalog matching

void TestPriceCatalog::normaliseModelId_data()
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

void TestPriceCatalog::normaliseModelId()
{
    QFETCH(QString, model);
    QFETCH(QString, expected);
    QCOMPARE(PriceCatalog::normaliseModelId(model), expected);
}

void TestPriceCatalog::findBuiltin_data()
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

void TestPriceCatalog::findBuiltin()
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

void TestPriceCatalog::findHandBuilt()
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

void TestPriceCatalog::builtinCatalogLoads()
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

void TestPriceCatalog::fromJsonParsesEveryField()
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

void TestPriceCatalog::fromJsonRejects_data()
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

void TestPriceCatalog::fromJsonRejects()
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

void TestPriceCatalog::saveLoadRoundTrip()
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

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_price_catalog.moc"
