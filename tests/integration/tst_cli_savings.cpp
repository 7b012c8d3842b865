// tokenledger-cli savings: the planted opportunities with their exact savings, the scenario
// files it writes reproduce each figure to the cent through `tokenledger-cli whatif`, and
// traffic without an opportunity yields none.
#include "TestSupport.h"

#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

namespace {

const QDate kFirst(2026, 10, 1);
const QDate kLast(2026, 10, 30);

// Hourly buckets at one hour of every day of the period.
QList<UsageFact> nightly(const char *team, const char *provider, const char *model, int hour, std::int64_t requests,
                         std::int64_t input, std::int64_t output)
{
    QList<UsageFact> out;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
        UsageFact f;
        f.recordKey = QStringLiteral("%1:%2").arg(QString::fromLatin1(team), d.toString(Qt::ISODate));
        f.start = QDateTime(d, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
        f.bucket = BucketWidth::Hour;
        f.provider = QString::fromLatin1(provider);
        f.model = QString::fromLatin1(model);
        f.modelFamily = f.model;
        f.team = QString::fromLatin1(team);
        f.tags = QStringLiteral("use_case:%1").arg(QString::fromLatin1(team));
        f.tokens.requests = requests;
        f.tokens.uncachedInput = input;
        f.tokens.output = output;
        out << f;
    }
    return out;
}

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

} // namespace

class TestCliSavings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findsThePlantedOpportunities();
    void whatIfReproducesEveryScenarioFile();
    void textOutput();
    void noOpportunityNoAlarm();
    void reportSection();
    void usageErrors();
    void importedLiteLLMLog();

private:
    QTemporaryDir m_dir;
    QString m_db;
    json m_json;
};

void TestCliSavings::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("savings.db"));
    auto db = store::Database::open(m_db);
    QVERIFY(db.ok());
    QList<UsageFact> facts;
    // A nightly job on the standard tier: 30 M input, 7.5 M output on gpt-4o → 75.00 by batch.
    facts << nightly("reports", "openai", "gpt-4o", 2, 1000, 1'000'000, 250'000);
    // A nightly classifier on a premium model: routing 57.75, batch 31.50, together 60.375.
    facts << nightly("nightly-classify", "anthropic", "claude-sonnet-4-20250514", 3, 1000, 500'000, 40'000);
    // Daytime chat on a small model: nothing to find.
    for (int h = 0; h < 24; ++h)
        for (const UsageFact &f : nightly("chat", "openai", "gpt-4o-mini", h, 50, 40'000, 6'000)) {
            UsageFact g = f;
            g.recordKey += QStringLiteral(":%1").arg(h);
            facts << g;
        }
    QVERIFY(test::storeFacts(**db, facts, QStringLiteral("savings")).ok());

    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("savings"),
                                 QStringLiteral("--from"), kFirst.toString(Qt::ISODate), QStringLiteral("--to"),
                                 kLast.toString(Qt::ISODate), QStringLiteral("--write-scenarios"),
                                 m_dir.filePath(QStringLiteral("scenarios"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_json = json::parse(r.out.toStdString());
}

void TestCliSavings::findsThePlantedOpportunities()
{
    QCOMPARE(str(m_json["from"]), QStringLiteral("2026-10-01"));
    QCOMPARE(str(m_json["by"]), QStringLiteral("tag"));
    QCOMPARE(m_json["workloads_examined"].get<int>(), 3);
    // 75.00 + 60.375: the classifier's routing and batch are counted together, once.
    QCOMPARE(str(m_json["total_monthly_saving"]), QStringLiteral("135.375"));
    QCOMPARE(m_json["workloads"].size(), std::size_t(2));
    const json &first = m_json["workloads"][0];
    QCOMPARE(str(first["group"]), QStringLiteral("use_case:reports"));
    QCOMPARE(str(first["combined_monthly_saving"]), QStringLiteral("75.00"));
    QCOMPARE(first["opportunities"].size(), std::size_t(1));
    QCOMPARE(str(first["opportunities"][0]["strategy"]), QStringLiteral("batch"));
    QCOMPARE(str(first["opportunities"][0]["confidence"]), QStringLiteral("medium"));
    QVERIFY(!first["opportunities"][0]["evidence"].empty());
    QCOMPARE(first["filters"]["model"][0].get<std::string>(), std::string("gpt-4o"));

    const json &second = m_json["workloads"][1];
    QCOMPARE(str(second["group"]), QStringLiteral("use_case:nightly-classify"));
    QCOMPARE(str(second["combined_monthly_saving"]), QStringLiteral("60.375"));
    QCOMPARE(str(second["opportunities"][0]["strategy"]), QStringLiteral("routing"));
    QCOMPARE(str(second["opportunities"][0]["monthly_saving"]), QStringLiteral("57.75"));
    QCOMPARE(str(second["opportunities"][1]["strategy"]), QStringLiteral("batch"));
    QCOMPARE(str(second["opportunities"][1]["monthly_saving"]), QStringLiteral("31.50"));
    QVERIFY(second["combined_scenario"].contains("routing"));
    QVERIFY(second["combined_scenario"].contains("batch"));
    QCOMPARE(m_json["notes"].size(), std::size_t(1));
}

void TestCliSavings::whatIfReproducesEveryScenarioFile()
{
    const QStringList files = QDir(m_dir.filePath(QStringLiteral("scenarios"))).entryList({QStringLiteral("*.json")});
    QCOMPARE(files.size(), 4); // batch; routing, batch and combined for the classifier
    QMap<QString, QString> expected;
    for (const json &w : m_json["workloads"])
        for (const json &o : w["opportunities"])
            expected.insert(QFileInfo(str(o["scenario_file"])).fileName(), str(o["monthly_saving"]));
    expected.insert(QStringLiteral("02-use_case-nightly-classify-combined.json"), QStringLiteral("60.375"));
    QCOMPARE(expected.size(), 4);
    for (const QString &file : files) {
        const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("whatif"),
                                     QStringLiteral("--scenario"),
                                     m_dir.filePath(QStringLiteral("scenarios/") + file)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        QVERIFY2(expected.contains(file), qPrintable(file));
        // whatif prints at least two decimals; the finder's figure is the same amount.
        QCOMPARE(Money::parse(str(j["total_savings"]))->nanos(), Money::parse(expected.value(file))->nanos());
    }
}

void TestCliSavings::textOutput()
{
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("savings"), QStringLiteral("--from"),
                                 kFirst.toString(Qt::ISODate), QStringLiteral("--to"), kLast.toString(Qt::ISODate),
                                 QStringLiteral("--by"), QStringLiteral("team")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"1. reports on openai/gpt-4o"), qPrintable(out));
    QVERIFY(out.contains(u"Together"));
    QVERIFY(out.contains(u"Total monthly saving  135.38 USD"));
    QVERIFY(out.contains(u"records: tokenledger-cli summary --from 2026-10-01 --to 2026-10-30"));
    QVERIFY(out.contains(u"--filter team=reports"));
}

void TestCliSavings::noOpportunityNoAlarm()
{
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("savings"),
                                 QStringLiteral("--from"), kFirst.toString(Qt::ISODate), QStringLiteral("--to"),
                                 kLast.toString(Qt::ISODate), QStringLiteral("--filter"), QStringLiteral("team=chat")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["workloads_examined"].get<int>(), 1);
    QVERIFY(j["workloads"].empty());
    QCOMPARE(str(j["total_monthly_saving"]), QStringLiteral("0.00"));
}

void TestCliSavings::reportSection()
{
    // "Where to save next" in the PDF report: the same opportunities and total.
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--pdf"), pdf,
                                 QStringLiteral("--from"), kFirst.toString(Qt::ISODate), QStringLiteral("--to"),
                                 kLast.toString(Qt::ISODate), QStringLiteral("--sections"), QStringLiteral("savings")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; the PDF's text cannot be read back");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(test::kSlowMachineMs));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *expected : {"Where to save next", "use_case:reports", "use_case:nightly-classify", "Together",
                                 "Routing", "Batch", "60.38", "75.00", "135.38", "Semantic cache"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestCliSavings::usageErrors()
{
    auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("savings"), QStringLiteral("--by"),
                           QStringLiteral("colour")});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("--by"));
    r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("savings"), QStringLiteral("--filter"),
                      QStringLiteral("nonsense")});
    QVERIFY(r.exitCode != 0);
    r = test::runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.db")), QStringLiteral("savings")});
    QVERIFY(r.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestCliSavings)
// A per-request LiteLLM log through the real importer: a nightly digest on GPT-4.1 at standard
// prices (batch), intent detection on Claude Sonnet with answers of a few tokens (routing), and
// daytime chat on a small model (nothing). Each opportunity's scenario reproduces its figure.
void TestCliSavings::importedLiteLLMLog()
{
    const QString log = m_dir.filePath(QStringLiteral("litellm.jsonl"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        int id = 0;
        auto line = [&](const QDateTime &t, const char *model, const char *provider, const char *tag, int input,
                        int output, const QString &cache = QStringLiteral("\"cache_key\":\"Cache OFF\"")) {
            f.write(QStringLiteral("{\"request_id\":\"req-%1\",\"call_type\":\"acompletion\",\"api_key\":\"k1\","
                                   "\"spend\":0,\"total_tokens\":%2,\"prompt_tokens\":%3,\"completion_tokens\":%4,"
                                   "\"startTime\":\"%5\",\"model\":\"%6\",\"custom_llm_provider\":\"%7\","
                                   "\"user\":\"u\",\"team_id\":\"ops\",\"request_tags\":[\"use_case:%8\"],%9}\n")
                        .arg(++id)
                        .arg(input + output)
                        .arg(input)
                        .arg(output)
                        .arg(t.toString(Qt::ISODate), QString::fromLatin1(model), QString::fromLatin1(provider),
                             QString::fromLatin1(tag), cache)
                        .toUtf8());
        };
        for (QDate d(2026, 9, 1); d <= QDate(2026, 9, 14); d = d.addDays(1)) {
            for (int i = 0; i < 40; ++i) {
                const QDateTime night(d, QTime(1 + i % 4, (i * 7) % 60), QTimeZone::utc());
                line(night, "gpt-4.1", "openai", "nightly-digest", 3000 + 10 * i, 800 + i);
                const QDateTime day(d, QTime(i % 24, (i * 11) % 60), QTimeZone::utc());
                line(day, "anthropic/claude-sonnet-4-20250514", "anthropic", "intent", 600 + i, 8 + i % 5);
                line(day.addSecs(120), "gpt-4o-mini", "openai", "chat", 900 + i, 300 + i % 7);
                // A help desk asking 28 questions a day, the same ones every day; LiteLLM's
                // response cache answers the last 4 (cache_hit "True").
                line(day.addSecs(240), "gpt-4o", "openai", "helpdesk", 3000, 300,
                     QStringLiteral("\"cache_key\":\"%1\",\"cache_hit\":\"%2\"")
                         .arg(QString::number(0xfaa0 + i % 28, 16), i >= 36 ? QStringLiteral("True")
                                                                            : QStringLiteral("False")));
            }
        }
    }
    const QString db = m_dir.filePath(QStringLiteral("imported.db"));
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), log});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString scenarios = m_dir.filePath(QStringLiteral("imported-scenarios"));
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("savings"), QStringLiteral("--from"),
                      QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-14"),
                      QStringLiteral("--write-scenarios"), scenarios});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["workloads_examined"].get<int>(), 4);
    QMap<QString, QStringList> strategies;
    for (const json &w : j["workloads"])
        for (const json &o : w["opportunities"])
            strategies[str(w["group"])] << str(o["strategy"]);
    QVERIFY2(strategies.value(QStringLiteral("use_case:nightly-digest")).contains(QStringLiteral("batch")),
             r.out.constData());
    QVERIFY2(strategies.value(QStringLiteral("use_case:intent")).contains(QStringLiteral("routing")), r.out.constData());
    QVERIFY2(!strategies.contains(QStringLiteral("use_case:chat")), r.out.constData()); // "Cache OFF" is no key
    // 560 keyed requests, 28 keys, 56 answered by the cache: 476 more would have been (0.85).
    QVERIFY2(strategies.value(QStringLiteral("use_case:helpdesk")).contains(QStringLiteral("semantic_cache")),
             r.out.constData());
    for (const json &w : j["workloads"])
        for (const json &o : w["opportunities"])
            if (str(o["strategy"]) == u"semantic_cache") {
                QCOMPARE(str(w["group"]), QStringLiteral("use_case:helpdesk"));
                QCOMPARE(str(o["confidence"]), QStringLiteral("high"));
                QCOMPARE(o["scenario"]["semantic_cache"]["hit_rate"].dump(), std::string("0.85"));
            }
    // The cache hits carry no tokens: the help desk's input is 3,000 tokens × 504 requests.
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("summary"),
                      QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-09-14"), QStringLiteral("--filter"), QStringLiteral("tag=use_case:helpdesk")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json summary = json::parse(r.out.toStdString());
    QCOMPARE(summary["requests"].get<std::int64_t>(), 560);
    QCOMPARE(summary["input_tokens"].get<std::int64_t>(), 3000 * 504);
    QCOMPARE(summary["output_tokens"].get<std::int64_t>(), 300 * 504);
    // Per-request records: the shape figures are measured, not averaged, so routing is not "low".
    for (const json &w : j["workloads"])
        for (const json &o : w["opportunities"])
            if (str(o["strategy"]) == u"routing")
                QVERIFY(str(o["confidence"]) != u"low");
    // Every scenario file the finder wrote gives its figure in the planner.
    for (const json &w : j["workloads"]) {
        for (const json &o : w["opportunities"]) {
            const auto whatif = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("whatif"),
                                              QStringLiteral("--scenario"), str(o["scenario_file"])});
            QVERIFY2(whatif.exitCode == 0, whatif.err.constData());
            const json wj = json::parse(whatif.out.toStdString());
            QCOMPARE(Money::parse(str(wj["total_savings"]))->nanos(), Money::parse(str(o["monthly_saving"]))->nanos());
        }
    }
}

#include "tst_cli_savings.moc"
