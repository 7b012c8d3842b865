// The savings finder on generated traffic: each planted opportunity is found with its exact
// monthly saving (worked out by hand from the built-in catalog), traffic without one yields
// none, and the What-if planner reproduces every figure from the scenario file alone.

#include "TestSupport.h"

#include "demo/DemoOrganisation.h"
#include "planning/Baseline.h"
#include "planning/WhatIfEngine.h"
#include "pricing/PriceCatalog.h"
#include "savings/SavingsFinder.h"
#include "store/Database.h"
#include "store/SqliteWorkloadReader.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace tl;
using namespace tl::savings;

namespace {

const QDate kFirst(2026, 10, 1);
const QDate kLast(2026, 10, 30); // 30 days: the monthly scale is exactly 1
const QDate kPricing(2026, 11, 26);

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

struct Shape
{
    const char *team;
    const char *provider;
    const char *model;
    const char *tier = "standard";
};

UsageFact make(const Shape &s, const QString &key, std::int64_t start, BucketWidth bucket, std::int64_t requests,
               std::int64_t uncached, std::int64_t cacheRead, std::int64_t output)
{
    UsageFact f;
    f.recordKey = key;
    f.start = start;
    f.bucket = bucket;
    f.provider = QString::fromLatin1(s.provider);
    f.model = QString::fromLatin1(s.model);
    f.modelFamily = f.model;
    f.team = QString::fromLatin1(s.team);
    f.tags = QStringLiteral("use_case:%1").arg(QString::fromLatin1(s.team));
    f.serviceTier = QString::fromLatin1(s.tier);
    f.tokens.requests = requests;
    f.tokens.uncachedInput = uncached;
    f.tokens.cacheRead = cacheRead;
    f.tokens.output = output;
    return f;
}

std::int64_t at(const QDate &d, int hour, int second = 0)
{
    return QDateTime(d, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch() + second;
}

// Hourly buckets at the given hours of every day of the period.
QList<UsageFact> hourly(const Shape &s, const QList<int> &hours, std::int64_t requests, std::int64_t uncached,
                        std::int64_t cacheRead, std::int64_t output)
{
    QList<UsageFact> out;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1))
        for (int h : hours)
            out << make(s, QStringLiteral("%1:%2:%3").arg(QString::fromLatin1(s.team), d.toString(Qt::ISODate)).arg(h),
                        at(d, h), BucketWidth::Hour, requests, uncached, cacheRead, output);
    return out;
}

QList<int> allHours()
{
    QList<int> h;
    for (int i = 0; i < 24; ++i)
        h << i;
    return h;
}

// Single requests, `perDay` a day spread over every hour, output chosen per request.
QList<UsageFact> requests(const Shape &s, int perDay, std::int64_t input,
                          const std::function<std::int64_t(int)> &outputOf)
{
    QList<UsageFact> out;
    int n = 0;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1))
        for (int i = 0; i < perDay; ++i, ++n)
            out << make(s, QStringLiteral("%1:r%2").arg(QString::fromLatin1(s.team)).arg(n), at(d, i % 24, i),
                        BucketWidth::Request, 1, input, 0, outputOf(n));
    return out;
}

const Opportunity *find(const SavingsReport &r, const QString &team, Strategy strategy)
{
    for (const WorkloadSavings &w : r.workloads)
        if (w.workload.group == team)
            for (const Opportunity &o : w.opportunities)
                if (o.strategy == strategy)
                    return &o;
    return nullptr;
}

} // namespace

class TestSavingsFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void profilesFromTheStore();
    void plantedOpportunitiesAreFoundExactly_data();
    void plantedOpportunitiesAreFoundExactly();
    void routingTargetIsTheCheapestAdequateModel();
    void combinedSavingsDoNotDoubleCount();
    void promptCachingBreakEven();
    void noFalseAlarms();
    void plannerReproducesEveryFigure();
    void tagDimensionAndScopes();
    void realisedSavings();
    void nightIsTheAnalystsNight();
    void demoOrganisation();

private:
    SavingsReport run(const QMap<Dimension, QStringList> &filters = {}, Dimension groupBy = Dimension::Team);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    SavingsReport m_report;
};

void TestSavingsFinder::initTestCase()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("savings.db"));
    QVERIFY(m_db);
    QList<UsageFact> facts;
    // Planted: a premium model classifying (500 tokens in, 40 out), single requests.
    facts << requests({"triage", "anthropic", "claude-sonnet-4-20250514"}, 200, 500, [](int) { return 40; });
    // Planted: a long output tail (5 % of requests write 21,000 tokens, the rest 1,000).
    facts << requests({"writer", "openai", "gpt-4.1"}, 680, 200,
                      [](int n) { return n % 20 == 19 ? 21000 : 1000; });
    // Planted: a nightly job at 02:00 on the standard tier.
    facts << hourly({"reports", "openai", "gpt-4o"}, {2}, 1000, 1'000'000, 0, 250'000);
    // Planted: 5,000 input tokens per request, nothing cached.
    facts << hourly({"rag", "anthropic", "claude-sonnet-4-20250514"}, allHours(), 10, 50'000, 0, 3'000);
    // Planted: an open-weight model with a large volume.
    facts << hourly({"bulk", "bedrock", "meta.llama3-1-405b-instruct-v1:0"}, allHours(), 1000, 2'000'000, 0, 500'000);
    // Planted: routing and batch on the same traffic (a nightly classifier on a premium model).
    facts << hourly({"nightly-classify", "anthropic", "claude-sonnet-4-20250514"}, {3}, 1000, 500'000, 0, 40'000);
    // Planted: repeated questions. 3,000 requests carry 2,400 different prompt keys; of the
    // 600 repeats, the gateway's cache already answered the last 150 (no tokens, no cost).
    {
        QList<UsageFact> faq = requests({"faq", "openai", "gpt-4o"}, 100, 1000, [](int) { return 400; });
        for (int n = 0; n < faq.size(); ++n) {
            UsageFact &f = faq[n];
            f.promptKey = 1000 + n % 2400;
            if (n >= 2850) {
                f.cacheHit = true;
                f.tokens = {};
                f.tokens.requests = 1;
            }
        }
        facts << faq;
    }
    // Realised: summaries moved from gpt-4o to gpt-4o-mini on 16 October, every hour of the day
    // 10 requests of 15,000 input and 2,000 output tokens. Nothing to propose for either model.
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1))
        for (int h = 0; h < 24; ++h)
            facts << make({"summaries", "openai", d.day() <= 15 ? "gpt-4o" : "gpt-4o-mini"},
                          QStringLiteral("summaries:%1:%2").arg(d.toString(Qt::ISODate)).arg(h), at(d, h),
                          BucketWidth::Hour, 10, 15'000, 0, 2'000);
    // No opportunity: a small model chatting, outputs 100–140 tokens.
    facts << requests({"chat", "openai", "gpt-4o-mini"}, 120, 800, [](int n) { return 100 + (n * 7) % 41; });
    // No opportunity: long answers on a premium model with its prompt already cached.
    facts << hourly({"support", "anthropic", "claude-sonnet-4-20250514"}, allHours(), 20, 26'000, 42'000, 8'400);
    // No opportunity: a nightly job already on the batch tier.
    facts << hourly({"evals", "openai", "gpt-4o", "batch"}, {1, 2}, 500, 800'000, 0, 200'000);

    QVERIFY(test::storeFacts(*m_db, facts, QStringLiteral("savings")).ok());
    m_report = run();
}

SavingsReport TestSavingsFinder::run(const QMap<Dimension, QStringList> &filters, Dimension groupBy)
{
    SavingsOptions o;
    o.from = kFirst;
    o.to = kLast;
    o.groupBy = groupBy;
    o.filters = filters;
    o.pricingDate = kPricing;
    o.utcOffsetSeconds = 0;
    auto r = findSavings(*m_db, pricing::PriceCatalog::builtin(), o);
    if (!r) {
        qWarning() << r.errorMessage();
        return {};
    }
    return *r;
}

void TestSavingsFinder::profilesFromTheStore()
{
    store::SqliteWorkloadReader reader(*m_db);
    query::UsageFilter f;
    f.from = kFirst;
    f.to = kLast;
    auto profiles = readProfiles(reader, f, Dimension::Team);
    QVERIFY2(profiles.ok(), qPrintable(profiles.errorMessage()));
    QCOMPARE(profiles->size(), 12);
    for (const WorkloadProfile &p : *profiles) {
        if (p.key.group == u"writer") {
            QVERIFY(p.perRequest());
            QCOMPARE(p.requests, 20400);
            QCOMPARE(p.outputPercentile(500), 1000);
            QCOMPARE(p.outputPercentile(950), 1000);
            QCOMPARE(p.outputPercentile(990), 21000);
            QCOMPARE(p.outputAbove(1000), std::int64_t(1020) * 20000);
        } else if (p.key.group == u"reports") {
            QVERIFY(!p.perRequest());
            QCOMPARE(p.requests, 30000);
            QCOMPARE(p.hoursShare(0, 5), 1.0);
            QCOMPARE(p.requestsByHour[2], 30000);
            QCOMPARE(p.output, 30 * 250'000);
        } else if (p.key.group == u"evals") {
            QCOMPARE(p.batchShare(), 1.0);
            QCOMPARE(p.keyedRequests, 0);
        } else if (p.key.group == u"summaries") {
            const bool mini = p.key.model.model == u"gpt-4o-mini";
            QCOMPARE(QDate(1970, 1, 1).addDays(p.firstDay), mini ? QDate(2026, 10, 16) : kFirst);
            QCOMPARE(QDate(1970, 1, 1).addDays(p.lastDay), mini ? kLast : QDate(2026, 10, 15));
        } else if (p.key.group == u"faq") {
            QCOMPARE(p.requests, 3000);
            QCOMPARE(p.keyedRequests, 3000);
            QCOMPARE(p.distinctKeys, 2400);
            QCOMPARE(p.gatewayCacheHits, 150);
            QCOMPARE(p.uncachedRepeats(), 450);
        }
    }
}

void TestSavingsFinder::plantedOpportunitiesAreFoundExactly_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<Money>("saving");
    QTest::addColumn<int>("confidence");
    // 6,000 requests × (500 × (3.00 − 0.25) + 40 × (15.00 − 1.25)) per million
    QTest::newRow("routing") << "triage" << int(Strategy::Routing) << usd("11.55") << int(Confidence::Medium);
    // 20,400 requests, 1,020 of them 20,000 tokens above the cap of 1,000 (the 95th
    // percentile): 20,400,000 of 40,800,000 output tokens (a reduction of exactly 0.5).
    // The cut output is 20,400,000 × 8.00 per million = 163.20.
    QTest::newRow("output control") << "writer" << int(Strategy::OutputControl) << usd("163.20")
                                    << int(Confidence::High);
    // 30 M input × (2.50 − 1.25) + 7.5 M output × (10.00 − 5.00), per million
    QTest::newRow("batch") << "reports" << int(Strategy::Batch) << usd("75") << int(Confidence::Medium);
    // 36 M input at 3.00 = 108; cached: 18 M × 3.00 + 14.4 M × 0.30 + 3.6 M × 3.75 = 71.82
    QTest::newRow("prompt caching") << "rag" << int(Strategy::PromptCaching) << usd("36.18")
                                    << int(Confidence::Medium);
    // 1.8 bn tokens × 2.40 per million = 4,320.00 against one instance: 5.67 × 730 = 4,139.10
    QTest::newRow("self-hosting") << "bulk" << int(Strategy::SelfHosting) << usd("180.90") << int(Confidence::Low);
    // 450 of 3,000 requests (0.15) more from the cache: 0.15 × 2,850 × (1,000 × 2.50 + 400 × 10.00)
    // per million = 2.77875, less embedding all 2.85 M input tokens at 0.02 per million (0.057).
    // Every request carries a key: high confidence.
    QTest::newRow("semantic cache") << "faq" << int(Strategy::SemanticCache) << usd("2.72175")
                                    << int(Confidence::High);
    // 15 M input × 2.75 + 1.2 M output × 13.75 per million
    QTest::newRow("routing (with batch)") << "nightly-classify" << int(Strategy::Routing) << usd("57.75")
                                          << int(Confidence::Low);
    // the whole cost halved: (15 × 3.00 + 1.2 × 15.00) ÷ 2
    QTest::newRow("batch (with routing)") << "nightly-classify" << int(Strategy::Batch) << usd("31.5")
                                          << int(Confidence::High); // at night and named so
}

void TestSavingsFinder::plantedOpportunitiesAreFoundExactly()
{
    QFETCH(QString, team);
    QFETCH(int, strategy);
    QFETCH(Money, saving);
    QFETCH(int, confidence);
    const Opportunity *o = find(m_report, team, Strategy(strategy));
    QVERIFY2(o, qPrintable(team));
    QCOMPARE(o->monthlySaving.nanos(), saving.nanos());
    QCOMPARE(int(o->confidence), confidence);
    QVERIFY(!o->evidence.isEmpty());
    QVERIFY(!o->assumptions.isEmpty());
    QVERIFY(!o->action.isEmpty());
    QCOMPARE(o->scenario.baseline.filters.value(Dimension::Team), QStringList{team});
}

void TestSavingsFinder::routingTargetIsTheCheapestAdequateModel()
{
    const Opportunity *o = find(m_report, QStringLiteral("triage"), Strategy::Routing);
    QVERIFY(o);
    QVERIFY(o->scenario.routing);
    QCOMPARE(o->scenario.routing->tiers.size(), 1);
    QCOMPARE(o->scenario.routing->tiers[0].share, planning::Share::one());
    QCOMPARE(o->scenario.routing->tiers[0].target.model, QStringLiteral("claude-3-haiku-20240307"));
    // Bedrock keeps the vendor: Claude on Bedrock goes to a Claude model on Bedrock.
    const auto bedrock = cheaperModelFor(pricing::PriceCatalog::builtin(),
                                         {QStringLiteral("bedrock"),
                                          QStringLiteral("us.anthropic.claude-sonnet-4-20250514-v1:0")},
                                         kPricing, 500, 40, 4);
    QVERIFY(bedrock);
    QVERIFY2(bedrock->model.contains(u"anthropic.claude") && bedrock->model.contains(u"haiku"),
             qPrintable(bedrock->model));
    // OpenAI: no reasoning model (gpt-5-nano) and no embedding model.
    const auto openai = cheaperModelFor(pricing::PriceCatalog::builtin(),
                                        {QStringLiteral("openai"), QStringLiteral("gpt-4o")}, kPricing, 500, 40, 4);
    QVERIFY(openai);
    QCOMPARE(openai->model, QStringLiteral("gpt-4.1-nano"));
    // Nothing cheaper enough for a small model.
    QVERIFY(!cheaperModelFor(pricing::PriceCatalog::builtin(),
                             {QStringLiteral("anthropic"), QStringLiteral("claude-3-haiku-20240307")}, kPricing, 500,
                             40, 4));
}

void TestSavingsFinder::combinedSavingsDoNotDoubleCount()
{
    const WorkloadSavings *both = nullptr;
    for (const WorkloadSavings &w : m_report.workloads)
        if (w.workload.group == u"nightly-classify")
            both = &w;
    QVERIFY(both);
    QCOMPARE(both->opportunities.size(), 2);
    QCOMPARE(both->opportunities[0].strategy, Strategy::Routing); // ranked by saving
    // Routing first, then batch on what is left: 63.00 − 5.25 ÷ 2.
    QCOMPARE(both->combinedSaving.nanos(), usd("60.375").nanos());
    QVERIFY(both->combined.routing && both->combined.batch);
    QVERIFY(both->combinedSaving < both->opportunities[0].monthlySaving + both->opportunities[1].monthlySaving);
    // The total adds each workload's combined figure once.
    Money total;
    for (const WorkloadSavings &w : m_report.workloads)
        total += w.combinedSaving;
    QCOMPARE(m_report.total.nanos(), total.nanos());
    QCOMPARE(m_report.total.nanos(),
             (usd("11.55") + usd("163.20") + usd("75") + usd("36.18") + usd("180.90") + usd("60.375")
              + usd("2.72175"))
                 .nanos());
    // Ranked by combined saving.
    for (qsizetype i = 1; i < m_report.workloads.size(); ++i)
        QVERIFY(m_report.workloads[i - 1].combinedSaving >= m_report.workloads[i].combinedSaving);
    QCOMPARE(m_report.workloadsExamined, 11); // not the model summaries left
}

void TestSavingsFinder::promptCachingBreakEven()
{
    const Opportunity *o = find(m_report, QStringLiteral("rag"), Strategy::PromptCaching);
    QVERIFY(o && o->breakEvenHitRate);
    // Saving(r) = −13.50 + 62.10 r: zero at r = 13.5 ÷ 62.1.
    QVERIFY(std::abs(*o->breakEvenHitRate - 13.5 / 62.1) < 1e-9);
}

void TestSavingsFinder::noFalseAlarms()
{
    for (const QString &team :
         {QStringLiteral("chat"), QStringLiteral("support"), QStringLiteral("evals"), QStringLiteral("summaries")})
        for (const WorkloadSavings &w : m_report.workloads)
            QVERIFY2(w.workload.group != team, qPrintable(team));
    const SavingsReport quiet = run({{Dimension::Team, {QStringLiteral("chat"), QStringLiteral("support"),
                                                        QStringLiteral("evals")}}});
    QCOMPARE(quiet.workloadsExamined, 3);
    QVERIFY(quiet.workloads.isEmpty());
    QCOMPARE(quiet.total, Money());
    QVERIFY(quiet.monthlyCost > Money());
    // Exactly the planted opportunities, nothing else.
    QCOMPARE(m_report.opportunityCount(), 8);
}

void TestSavingsFinder::plannerReproducesEveryFigure()
{
    for (const WorkloadSavings &w : m_report.workloads) {
        QList<std::pair<planning::Scenario, Money>> cases;
        for (const Opportunity &o : w.opportunities)
            cases.append({o.scenario, o.monthlySaving});
        cases.append({w.combined, w.combinedSaving});
        for (const auto &[scenario, saving] : cases) {
            // Through the scenario file, as the planner and `tokenledger-cli whatif` read it.
            auto reread = planning::Scenario::fromJson(scenario.toJson(), QStringLiteral("test"));
            QVERIFY2(reread.ok(), qPrintable(reread.errorMessage()));
            auto baseline = planning::buildBaseline(*m_db, reread->baseline);
            QVERIFY(baseline.ok());
            auto result = planning::evaluateScenario(*baseline, pricing::PriceCatalog::builtin(), *reread, kPricing);
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            QCOMPARE(result->totalSavings().nanos(), saving.nanos());
        }
    }
}

void TestSavingsFinder::tagDimensionAndScopes()
{
    const SavingsReport byTag = run({}, Dimension::Tags);
    QCOMPARE(byTag.total.nanos(), m_report.total.nanos());
    QCOMPARE(byTag.opportunityCount(), m_report.opportunityCount());
    const Opportunity *o = find(byTag, QStringLiteral("use_case:reports"), Strategy::Batch);
    QVERIFY(o);
    QCOMPARE(o->scenario.baseline.filters.value(Dimension::Tags), QStringList{QStringLiteral("use_case:reports")});
    QCOMPARE(o->scenario.baseline.filters.value(Dimension::Model), QStringList{QStringLiteral("gpt-4o")});
}

void TestSavingsFinder::realisedSavings()
{
    // The levers already in use, against the same traffic without them at current prices.
    // evals: 48 M input × (2.50 − 1.25) + 12 M output × (10.00 − 5.00) = 120.00 by batch.
    // support: 30.24 M cache reads × (3.00 − 0.30) = 81.648 by prompt caching.
    // summaries on gpt-4o-mini since 16 October: 5.4 M input × (2.50 − 0.15) + 0.72 M output
    // × (10.00 − 0.60) = 19.458 by the move from gpt-4o.
    QCOMPARE(m_report.realised.size(), 3);
    QCOMPARE(m_report.realised[0].workload.group, QStringLiteral("evals"));
    QCOMPARE(m_report.realised[0].strategy, Strategy::Batch);
    QCOMPARE(m_report.realised[0].monthlySaving.nanos(), usd("120").nanos());
    QCOMPARE(m_report.realised[1].workload.group, QStringLiteral("support"));
    QCOMPARE(m_report.realised[1].strategy, Strategy::PromptCaching);
    QCOMPARE(m_report.realised[1].monthlySaving.nanos(), usd("81.648").nanos());
    QCOMPARE(m_report.realised[2].workload.group, QStringLiteral("summaries"));
    QCOMPARE(m_report.realised[2].strategy, Strategy::Routing);
    QCOMPARE(m_report.realised[2].monthlySaving.nanos(), usd("19.458").nanos());
    QVERIFY(m_report.realised[2].previousModel);
    QCOMPARE(m_report.realised[2].previousModel->model, QStringLiteral("gpt-4o"));
    QCOMPARE(m_report.realised[2].since, QDate(2026, 10, 16));
    QCOMPARE(m_report.realisedTotal.nanos(), usd("221.106").nanos());
    bool noted = false;
    for (const QString &n : m_report.notes)
        noted = noted || n.contains(QStringLiteral("moved to another model"));
    QVERIFY(noted);
    for (const RealisedSaving &r : m_report.realised) {
        auto baseline = planning::buildBaseline(*m_db, r.counterfactual.baseline);
        QVERIFY(baseline.ok());
        auto result = planning::evaluateScenario(*baseline, pricing::PriceCatalog::builtin(), r.counterfactual, kPricing);
        QVERIFY(result.ok());
        QCOMPARE((Money() - result->totalSavings()).nanos(), r.monthlySaving.nanos());
    }
}

void TestSavingsFinder::nightIsTheAnalystsNight()
{
    // Overnight traffic in Central Europe (UTC+2 in summer): 22:00–03:59 UTC, evenly. Read as
    // UTC only four of its six hours fall into 00:00–05:59 and no four hours hold 80 %.
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir, QStringLiteral("night.db"));
    QVERIFY(db);
    const QList<UsageFact> facts =
        hourly({"overnight", "openai", "gpt-4o"}, {22, 23, 0, 1, 2, 3}, 100, 100'000, 0, 25'000);
    QVERIFY(test::storeFacts(*db, facts, QStringLiteral("night")).ok());
    SavingsOptions o;
    o.from = kFirst;
    o.to = kLast;
    o.groupBy = Dimension::Team;
    o.pricingDate = kPricing;
    o.utcOffsetSeconds = 0;
    auto utc = findSavings(*db, pricing::PriceCatalog::builtin(), o);
    QVERIFY2(utc.ok(), qPrintable(utc.errorMessage()));
    QVERIFY(!find(*utc, QStringLiteral("overnight"), Strategy::Batch));
    o.utcOffsetSeconds = 2 * 3600;
    auto berlin = findSavings(*db, pricing::PriceCatalog::builtin(), o);
    QVERIFY2(berlin.ok(), qPrintable(berlin.errorMessage()));
    const Opportunity *batch = find(*berlin, QStringLiteral("overnight"), Strategy::Batch);
    QVERIFY(batch);
    QCOMPARE(batch->evidence.first().label, QStringLiteral("Requests 00:00–05:59 UTC+02:00"));
    QCOMPARE(batch->evidence.first().value, QStringLiteral("100.0 %"));
    // 30 days × 6 hours × (100,000 input × (2.50 − 1.25) + 25,000 output × (10.00 − 5.00)) per million
    QCOMPARE(batch->monthlySaving.nanos(), usd("45").nanos());
}

void TestSavingsFinder::demoOrganisation()
{
    // The finder runs on the demo organisation and every figure comes from the engine.
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir, QStringLiteral("demo.db"));
    QVERIFY(db);
    demo::DemoOptions d;
    d.lastDay = kPricing;
    QVERIFY(demo::DemoOrganisation::load(*db, d).ok());
    SavingsOptions o;
    o.from = kPricing.addDays(-29);
    o.to = kPricing;
    o.pricingDate = kPricing;
    o.utcOffsetSeconds = 0;
    auto r = findSavings(*db, pricing::PriceCatalog::builtin(), o);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QVERIFY(r->workloadsExamined >= 8);
    Money total;
    for (const WorkloadSavings &w : r->workloads) {
        QVERIFY(!w.opportunities.isEmpty());
        total += w.combinedSaving;
        for (const Opportunity &op : w.opportunities)
            QVERIFY(op.monthlySaving >= o.rules.minimumMonthlySaving);
    }
    QCOMPARE(r->total.nanos(), total.nanos());
    // The batch tier is not proposed for the evaluation job that already uses it.
    QVERIFY(!find(*r, QStringLiteral("use_case:eval-batch"), Strategy::Batch));
    // The demo's three planted opportunities: a premium model classifying e-mail, nightly
    // reports on the standard tier, long contracts without prompt caching.
    const Opportunity *routing = find(*r, QStringLiteral("use_case:email-classification"), Strategy::Routing);
    QVERIFY(routing);
    QCOMPARE(routing->scenario.routing->tiers[0].share, planning::Share::one());
    QVERIFY(find(*r, QStringLiteral("use_case:nightly-reports"), Strategy::Batch));
    QCOMPARE(find(*r, QStringLiteral("use_case:nightly-reports"), Strategy::Batch)->confidence, Confidence::High);
    QVERIFY(find(*r, QStringLiteral("use_case:contract-review"), Strategy::PromptCaching));
    // The planner reproduces every figure from the scenario file.
    for (const WorkloadSavings &w : r->workloads) {
        QList<std::pair<planning::Scenario, Money>> cases = {{w.combined, w.combinedSaving}};
        for (const Opportunity &op : w.opportunities)
            cases.append({op.scenario, op.monthlySaving});
        for (const auto &[scenario, saving] : cases) {
            auto reread = planning::Scenario::fromJson(scenario.toJson(), QStringLiteral("demo"));
            QVERIFY(reread.ok());
            auto baseline = planning::buildBaseline(*db, reread->baseline);
            QVERIFY(baseline.ok());
            auto result = planning::evaluateScenario(*baseline, pricing::PriceCatalog::builtin(), *reread, kPricing);
            QVERIFY(result.ok());
            QCOMPARE(result->totalSavings().nanos(), saving.nanos());
        }
    }
    // And what it already does well is counted as realised, not proposed again.
    QVERIFY(!find(*r, QStringLiteral("use_case:code-assist"), Strategy::PromptCaching));
    QVERIFY(r->realisedTotal > Money());
}

QTEST_GUILESS_MAIN(TestSavingsFinder)
#include "tst_savings_finder.moc"
