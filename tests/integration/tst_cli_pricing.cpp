// tokenledger-cli price, catalog, reprice and reconcile as a user runs them.
#include "TestSupport.h"
#include "money/Money.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString dataFile(const char *name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/") + QString::fromUtf8(name);
}

// Runs `price` with the given stdin lines and returns one parsed JSON object per output line.
std::vector<json> price(const QStringList &args, const QByteArray &input, int *exitCode = nullptr)
{
    QProcess p;
    p.setProgram(QStringLiteral(TOKENLEDGER_CLI_PATH));
    p.setArguments(args);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    std::vector<json> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            out.push_back(json::parse(line.toStdString()));
    return out;
}

} // namespace

class TestCliPricing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priceFlavors_data();
    void priceFlavors();
    void priceErrorsPerLine();
    void priceUsageErrors();
    void priceWithCatalogFile();
    void catalogImportReportsChanges();
    void brokenCatalogChangesNothing();
    void catalogListShowsPricesInUse();
    void importedPricesRepriceStoredUsage();
    void reconcileFlagsDifferences();
    void priceReportsUnpricedUnitsAndModifiers();
    void modifierRulesOfTheOrganisation();
    void catalogUpdateFromFileShowsThenApplies();

private:
    QTemporaryDir m_dir;
};

void TestCliPricing::priceFlavors_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("total");

    // gpt-4o: 2.50 in, 1.25 cached, 10.00 out. 1M prompt incl. 400k cached:
    // 600k × 2.50 + 400k × 1.25 = 1.50 + 0.50 = 2.00; 1M out × 10 = 10.00.
    QTest::newRow("openai chat, cached subtracted")
        << s("openai") << s("openai-chat")
        << QByteArray(R"({"model":"gpt-4o","usage":{"prompt_tokens":1000000,"completion_tokens":1000000,"prompt_tokens_details":{"cached_tokens":400000}}})")
        << s("2.00") << s("10.00") << s("12.00");
    // Batch: catalog batch prices 1.25 / 5.00; cached stays 1.25. 1M uncached × 1.25 + 1M out × 5.
    QTest::newRow("openai chat, batch tier")
        << s("openai") << s("openai-chat")
        << QByteArray(R"({"model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":1000000,"completion_tokens":1000000},"service_tier":"batch"})")
        << s("1.25") << s("5.00") << s("6.25");
    // Responses API: input 2M incl. 1M cached, output 500k incl. 200k reasoning at gpt-4.1
    // (2.00 / 0.50 / 8.00): 1M × 2 + 1M × 0.5 = 2.50; 500k × 8 = 4.00.
    QTest::newRow("openai responses")
        << s("openai") << s("openai-responses")
        << QByteArray(R"({"model":"gpt-4.1","usage":{"input_tokens":2000000,"input_tokens_details":{"cached_tokens":1000000},"output_tokens":500000,"output_tokens_details":{"reasoning_tokens":200000},"total_tokens":2500000}})")
        << s("2.50") << s("4.00") << s("6.50");
    // Anthropic claude-sonnet-4: 3 in, 0.30 read, 3.75 5m, 6.00 1h, 15 out.
    // 1000×3 + 20000×0.3 + 2000×3.75 + 1000×6 = 3000+6000+7500+6000 = 22500 per M → 0.0225.
    QTest::newRow("anthropic, 5m and 1h writes")
        << s("anthropic") << s("anthropic")
        << QByteArray(R"({"model":"claude-sonnet-4-20250514","usage":{"input_tokens":1000,"output_tokens":500,"cache_read_input_tokens":20000,"cache_creation_input_tokens":3000,"cache_creation":{"ephemeral_5m_input_tokens":2000,"ephemeral_1h_input_tokens":1000}}})")
        << s("0.0225") << s("0.0075") << s("0.03");
    // Long context: 250k uncached input > 200k → 6.00 / 22.50 for the whole request.
    // 250000 × 6 = 1.50; 10000 × 22.5 = 0.225.
    QTest::newRow("anthropic, long context")
        << s("anthropic") << s("anthropic")
        << QByteArray(R"({"model":"claude-sonnet-4-20250514","usage":{"input_tokens":250000,"output_tokens":10000}})")
        << s("1.50") << s("0.225") << s("1.725");
    // Price history: o3 was 10/40 before 2025-06-10 and 2/8 from then on.
    QTest::newRow("price in force on the day (before)")
        << s("openai") << s("openai-chat")
        << QByteArray(R"({"model":"o3","timestamp":"2025-06-09T23:59:59Z","usage":{"prompt_tokens":1000000,"completion_tokens":1000000}})")
        << s("10.00") << s("40.00") << s("50.00");
    QTest::newRow("price in force on the day (after)")
        << s("openai") << s("openai-chat")
        << QByteArray(R"({"model":"o3","timestamp":1749513600,"usage":{"prompt_tokens":1000000,"completion_tokens":1000000}})")
        << s("2.00") << s("8.00") << s("10.00");
    // Bedrock Converse with a cross-region prefix; claude-3-haiku on Bedrock 0.25 / 1.25,
    // no cache prices listed → cache tokens at the input price.
    QTest::newRow("bedrock converse, us. prefix")
        << s("bedrock") << s("bedrock-converse")
        << QByteArray(R"({"model":"us.anthropic.claude-3-haiku-20240307-v1:0","usage":{"inputTokens":1000000,"outputTokens":1000000,"cacheReadInputTokens":0,"cacheWriteInputTokens":0,"totalTokens":2000000}})")
        << s("0.25") << s("1.25") << s("1.50");
}

void TestCliPricing::priceFlavors()
{
    QFETCH(QString, provider);
    QFETCH(QString, flavor);
    QFETCH(QByteArray, line);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, total);
    int exitCode = -1;
    const auto out = price({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("price"),
                            QStringLiteral("--provider"), provider, QStringLiteral("--flavor"), flavor},
                           line + '\n', &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(out.size(), std::size_t(1));
    QVERIFY2(!out[0].contains("error"), out[0].dump().c_str());
    QCOMPARE(QString::fromStdString(out[0]["input_cost"].get<std::string>()), input);
    QCOMPARE(QString::fromStdString(out[0]["output_cost"].get<std::string>()), output);
    QCOMPARE(QString::fromStdString(out[0]["total_cost"].get<std::string>()), total);
}

void TestCliPricing::priceErrorsPerLine()
{
    const QByteArray input =
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}\n"
        "not json\n"
        "{\"model\":\"gpt-9-imaginary\",\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}\n"
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":10}}\n"
        "{\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}\n"
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1,\"prompt_tokens_details\":{\"cached_tokens\":9}}}\n"
        "\n"
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":1000000,\"completion_tokens\":0}}\n";
    int exitCode = -1;
    const auto out = price({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("price"),
                            QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--flavor"),
                            QStringLiteral("openai-chat")},
                           input, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(out.size(), std::size_t(7)); // one per non-empty line
    QVERIFY(out[0].contains("total_cost"));
    QVERIFY(out[1]["error"].get<std::string>().find("line 2") != std::string::npos);
    QVERIFY(out[2]["error"].get<std::string>().find("no price for openai/gpt-9-imaginary") != std::string::npos);
    QVERIFY(out[3]["error"].get<std::string>().find("completion_tokens") != std::string::npos);
    QVERIFY(out[4]["error"].get<std::string>().find("\"model\"") != std::string::npos);
    QVERIFY(out[5]["error"].get<std::string>().find("cached_tokens") != std::string::npos);
    QCOMPARE(out[6]["total_cost"].get<std::string>(), std::string("2.50"));
}

void TestCliPricing::priceUsageErrors()
{
    auto r = test::runCli({QStringLiteral("price"), QStringLiteral("--provider"), QStringLiteral("openai")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--flavor"));
    r = test::runCli({QStringLiteral("price"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--flavor"), QStringLiteral("cohere")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("cohere"));
    r = test::runCli({QStringLiteral("price"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--flavor"), QStringLiteral("openai-chat"), QStringLiteral("--catalog"),
                      dataFile("broken-negative.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("acme-2") && r.err.contains("input"), r.err.constData());
}

void TestCliPricing::priceWithCatalogFile()
{
    // acme-1: 4/12 before 2026-06-01, then 2/6 with a long-context tier above 100k.
    const QByteArray input =
        "{\"model\":\"acme-1\",\"timestamp\":\"2026-05-31\",\"usage\":{\"prompt_tokens\":1000000,\"completion_tokens\":1000000}}\n"
        "{\"model\":\"acme-1-preview\",\"timestamp\":\"2026-06-01\",\"usage\":{\"prompt_tokens\":100000,\"completion_tokens\":1000000}}\n"
        "{\"model\":\"acme-1\",\"timestamp\":\"2026-06-01\",\"usage\":{\"prompt_tokens\":100001,\"completion_tokens\":1000000}}\n"
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}\n";
    const auto out = price({QStringLiteral("price"), QStringLiteral("--catalog"), dataFile("custom-small.json"),
                            QStringLiteral("--provider"), QStringLiteral("acme"), QStringLiteral("--flavor"),
                            QStringLiteral("openai-chat")},
                           input);
    QCOMPARE(out.size(), std::size_t(4));
    QCOMPARE(out[0]["total_cost"].get<std::string>(), std::string("16.00")); // 4 + 12
    // Matched by rule (starts_with acme-1); 100k is not above the 100k threshold: 0.2 + 6.
    QCOMPARE(out[1]["total_cost"].get<std::string>(), std::string("6.20"));
    // 100,001 > 100k: 100001 × 4 / 1M = 0.400004; 1M × 9 = 9.
    QCOMPARE(out[2]["input_cost"].get<std::string>(), std::string("0.400004"));
    QCOMPARE(out[2]["output_cost"].get<std::string>(), std::string("9.00"));
    // Only the file's prices are used: gpt-4o is under provider openai, not acme.
    QVERIFY(out[3].contains("error"));
}

void TestCliPricing::catalogImportReportsChanges()
{
    const QString db = m_dir.filePath(QStringLiteral("catalog.db"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                           QStringLiteral("import"), dataFile("custom-small.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json j = json::parse(r.out.toStdString());
    QCOMPARE(j["format"].get<std::string>(), std::string("tokenledger"));
    QCOMPARE(j["catalog"].get<std::string>(), std::string("custom"));
    QCOMPARE(j["entries"].get<int>(), 3);
    QCOMPARE(j["added"].size(), std::size_t(2));
    // The same file again: nothing added or changed.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("import"), dataFile("custom-small.json")});
    j = json::parse(r.out.toStdString());
    QCOMPARE(j["added"].size(), std::size_t(0));
    QCOMPARE(j["changed"].size(), std::size_t(0));
    QCOMPARE(j["unchanged"].get<int>(), 2);
    // A changed price and a dropped model are reported.
    QFile f(m_dir.filePath(QStringLiteral("changed.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"tokenledger-catalog","models":[{"provider":"openai","model":"gpt-4o-mini","prices":[{"input":"0.12","output":"0.40"}]}]})");
    f.close();
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("import"), f.fileName()});
    j = json::parse(r.out.toStdString());
    QCOMPARE(j["changed"][0].get<std::string>(), std::string("openai/gpt-4o-mini"));
    QCOMPARE(j["removed"][0].get<std::string>(), std::string("acme/acme-1"));
}

void TestCliPricing::brokenCatalogChangesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("broken.db"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                           dataFile("custom-small.json")});
    QCOMPARE(r.exitCode, 0);
    const auto before = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                                      QStringLiteral("list"), QStringLiteral("--all")});
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                      dataFile("broken-negative.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("broken-negative.json") && r.err.contains("acme-2"), r.err.constData());
    const auto after = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                                     QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(after.out, before.out);
    // Not a catalog at all.
    QFile f(m_dir.filePath(QStringLiteral("notes.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"hello": "world"})");
    f.close();
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"), f.fileName()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("notes.json"), r.err.constData());
}

void TestCliPricing::catalogListShowsPricesInUse()
{
    const QString db = m_dir.filePath(QStringLiteral("list.db"));
    test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                  dataFile("custom-small.json")});
    const auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                                 QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("openai")});
    QCOMPARE(r.exitCode, 0);
    const json rows = json::parse(r.out.toStdString());
    bool sawMini = false, sawGpt4o = false;
    for (const auto &row : rows) {
        QCOMPARE(row["provider"].get<std::string>(), std::string("openai"));
        if (row["model"] == "gpt-4o-mini") {
            sawMini = true;
            QCOMPARE(row["catalog"].get<std::string>(), std::string("custom")); // imported wins
            QCOMPARE(row["input"].get<std::string>(), std::string("0.10"));
        }
        if (row["model"] == "gpt-4o") {
            sawGpt4o = true;
            QCOMPARE(row["catalog"].get<std::string>(), std::string("builtin"));
            QCOMPARE(row["input"].get<std::string>(), std::string("2.50"));
        }
    }
    QVERIFY(sawMini && sawGpt4o);
}

void TestCliPricing::importedPricesRepriceStoredUsage()
{
    const QString db = m_dir.filePath(QStringLiteral("reprice.db"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--end"),
                           QStringLiteral("2026-11-26"), QStringLiteral("--days"), QStringLiteral("14")});
    QCOMPARE(r.exitCode, 0);
    auto modelCost = [&](const char *model) {
        const auto s = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("summary"),
                                     QStringLiteral("--filter"), QStringLiteral("model=") + QString::fromUtf8(model)});
        return *Money::parse(QString::fromStdString(json::parse(s.out.toStdString())["cost"].get<std::string>()));
    };
    const Money miniBefore = modelCost("gpt-4o-mini");
    const Money gpt41Before = modelCost("gpt-4.1");
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                      dataFile("custom-small.json"), QStringLiteral("--reprice")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Re-priced"));
    const Money miniAfter = modelCost("gpt-4o-mini");
    // gpt-4o-mini went from 0.15/0.075/0.60 to 0.10/0.05/0.40: every part × 2/3.
    const double ratio = miniAfter.toDouble() / miniBefore.toDouble();
    QVERIFY2(qAbs(ratio - 2.0 / 3.0) < 1e-6, qPrintable(QString::number(ratio, 'g', 12)));
    QCOMPARE(modelCost("gpt-4.1"), gpt41Before); // untouched
    // Re-pricing again changes nothing.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reprice")});
    QCOMPARE(json::parse(r.out.toStdString())["changed"].get<int>(), 0);
}

void TestCliPricing::reconcileFlagsDifferences()
{
    const QString db = m_dir.filePath(QStringLiteral("reconcile.db"));
    test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--end"),
                  QStringLiteral("2026-11-26"), QStringLiteral("--days"), QStringLiteral("7")});
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reconcile")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json rows = json::parse(r.out.toStdString());
    QVERIFY(rows.size() >= 7 * 5); // OpenAI and Anthropic models report billed cost daily
    for (const auto &row : rows) {
        QVERIFY(row["provider"] != "bedrock"); // no billed cost in the demo for Bedrock
        QCOMPARE(row["flagged"].get<bool>(), false); // billed = computed, rounded to micro-dollars
    }
    // Cheaper prices for gpt-4o-mini make computed fall below billed: flagged.
    test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                  dataFile("custom-small.json"), QStringLiteral("--reprice")});
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reconcile"),
                      QStringLiteral("--flagged")});
    rows = json::parse(r.out.toStdString());
    QVERIFY(!rows.empty());
    for (const auto &row : rows) {
        QCOMPARE(row["model"].get<std::string>(), std::string("gpt-4o-mini"));
        QVERIFY(Money::parse(QString::fromStdString(row["difference"].get<std::string>()))->isNegative());
    }
    // A generous tolerance flags nothing.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("reconcile"),
                      QStringLiteral("--flagged"), QStringLiteral("--tolerance"), QStringLiteral("50")});
    QCOMPARE(json::parse(r.out.toStdString()).size(), std::size_t(0));
}

void TestCliPricing::priceReportsUnpricedUnitsAndModifiers()
{
    // Built-in catalog. gpt-4o has no audio price: 600 audio tokens counted, not charged
    // (400 × 2.5 + 100 × 10 per million = 0.002). A whole Responses body: its web search call
    // is counted too.
    const QByteArray input =
        "{\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":100,"
        "\"prompt_tokens_details\":{\"audio_tokens\":600}}}\n";
    auto out = price({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("price"),
                      QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--flavor"),
                      QStringLiteral("openai-chat")},
                     input);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0]["total_cost"].get<std::string>(), std::string("0.002"));
    QCOMPARE(out[0]["unpriced"]["input_audio_tokens"].get<int>(), 600);
    out = price({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("price"),
                 QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--flavor"),
                 QStringLiteral("openai-responses")},
                "{\"model\":\"gpt-4o\",\"output\":[{\"type\":\"web_search_call\"},{\"type\":\"message\"}],"
                "\"usage\":{\"input_tokens\":1000,\"output_tokens\":100}}\n");
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0]["unpriced"]["web_searches"].get<int>(), 1);
}

void TestCliPricing::modifierRulesOfTheOrganisation()
{
    const QString db = m_dir.filePath(QStringLiteral("modifiers.db"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("set-modifier"),
                           QStringLiteral("openai"), QStringLiteral("regional_processing"), QStringLiteral("1.1"),
                           QStringLiteral("--always")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("modifiers")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json rules = json::parse(r.out.toStdString());
    QVERIFY(rules.size() >= 4); // the organisation's rule, then the built-in catalog's three
    QCOMPARE(rules[0]["origin"].get<std::string>(), std::string("user"));
    QCOMPARE(rules[0]["always"].get<bool>(), true);
    QCOMPARE(rules[0]["multiplier"].get<std::string>(), std::string("1.1"));
    // gpt-5 (1.25 / 10) × 1.1 without the usage saying so.
    const auto out = price({QStringLiteral("--db"), db, QStringLiteral("price"), QStringLiteral("--provider"),
                            QStringLiteral("openai"), QStringLiteral("--flavor"), QStringLiteral("openai-chat")},
                           "{\"model\":\"gpt-5\",\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":1000}}\n");
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0]["total_cost"].get<std::string>(), std::string("0.012375"));
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("set-modifier"),
                      QStringLiteral("openai"), QStringLiteral("cheaper"), QStringLiteral("0.5")});
    QCOMPARE(r.exitCode, 2);
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("remove-modifier"),
                      QStringLiteral("openai"), QStringLiteral("regional_processing")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliPricing::catalogUpdateFromFileShowsThenApplies()
{
    const QString db = m_dir.filePath(QStringLiteral("update.db"));
    const QString file = QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-v2-data.json");
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                           QStringLiteral("update"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json j = json::parse(r.out.toStdString());
    QCOMPARE(j["outcome"].get<std::string>(), std::string("preview"));
    QCOMPARE(j["format_version"].get<int>(), 2);
    QVERIFY(j["added"].size() > 1000);
    // Nothing stored by the preview.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("perplexity")});
    QCOMPARE(json::parse(r.out.toStdString()).size(), std::size_t(0));
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("update"), file,
                      QStringLiteral("--apply")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Applied."), r.out.constData());
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("perplexity")});
    QVERIFY(json::parse(r.out.toStdString()).size() > 0);
    // A file that is not a catalog: an error, nothing changes.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("update"),
                      QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/genai-prices-v2-units.yml"),
                      QStringLiteral("--apply")});
    QCOMPARE(r.exitCode, 1);

    // The list of update sources: the defaults, then this file, used by a bare `catalog update`.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("sources")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    j = json::parse(r.out.toStdString());
    QCOMPARE(j["defaults"].get<bool>(), true);
    QCOMPARE(j["sources"].size(), std::size_t(2));
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("sources"), file});
    QVERIFY2(r.exitCode == 0 && r.out.contains(file.toUtf8()), r.out.constData());
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("update")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    j = json::parse(r.out.toStdString());
    QCOMPARE(j["source"].get<std::string>(), file.toStdString());
    QCOMPARE(j["changed"].size(), std::size_t(0)); // applied above: the same prices
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("sources"), QStringLiteral("--reset")});
    QCOMPARE(json::parse(r.out.toStdString())["defaults"].get<bool>(), true);
}

QTEST_GUILESS_MAIN(TestCliPricing)
#include "tst_cli_pricing.moc"
