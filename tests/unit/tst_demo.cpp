// The demo organisation: deterministic, believable, and stored consistently.
#include "TestSupport.h"
#include "budgets/BudgetCheck.h"
#include "demo/DemoOrganisation.h"
#include "demo/DemoStory.h"
#include "planning/Baseline.h"
#include "planning/WhatIfEngine.h"
#include "pricing/PriceCatalog.h"
#include "query/UsageQueries.h"
#include "store/SqliteBudgetStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <algorithm>

using namespace tl;
using namespace tl::demo;
using namespace tl::query;

namespace {
const QDate kLastDay(2026, 11, 26);

DemoOptions options()
{
    DemoOptions o;
    o.lastDay = kLastDay;
    return o;
}

struct Collected
{
    std::vector<UsageFact> facts;
};

Collected collect(const DemoOptions &o)
{
    Collected c;
    DemoOrganisation(o).generate(pricing::PriceCatalog::builtin(), [&](std::span<const UsageFact> day) {
        c.facts.insert(c.facts.end(), day.begin(), day.end());
    });
    return c;
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isDeterministic();
    void coversTheOrganisation();
    void everyFactIsPriced();
    void hasSpikeAndGrowth();
    void cutoffOnlyDropsLaterHours();
    void loadIsIdempotentAndMarksDemo();
    void storyHasBudgetsAlertsAndScenarios();
};

void TestDemo::isDeterministic()
{
    const auto a = collect(options());
    const auto b = collect(options());
    QCOMPARE(a.facts.size(), b.facts.size());
    for (std::size_t i = 0; i < a.facts.size(); ++i) {
        QCOMPARE(a.facts[i].recordKey, b.facts[i].recordKey);
        QVERIFY(a.facts[i].tokens == b.facts[i].tokens);
        QVERIFY(a.facts[i].cost == b.facts[i].cost);
    }
    DemoOptions other = options();
    other.seed = 7;
    const auto c = collect(other);
    QVERIFY(c.facts.size() > 0);
    QVERIFY(!(c.facts[0].tokens == a.facts[0].tokens));
}

void TestDemo::coversTheOrganisation()
{
    const auto c = collect(options());
    QSet<QString> teams, providers, tags, tiers;
    QDate first = kLastDay, last;
    std::int64_t cacheRead = 0, cacheWrite5m = 0, cacheWrite1h = 0;
    for (const UsageFact &f : c.facts) {
        teams << f.team;
        providers << f.provider;
        tags << f.tags;
        tiers << f.serviceTier;
        cacheRead += f.tokens.cacheRead;
        cacheWrite5m += f.tokens.cacheWrite5m;
        cacheWrite1h += f.tokens.cacheWrite1h;
        const QDate d = QDateTime::fromSecsSinceEpoch(f.start, QTimeZone::utc()).date();
        first = std::min(first, d);
        last = last.isValid() ? std::max(last, d) : d;
        QVERIFY(f.tokens.requests > 0);
        QCOMPARE(f.bucket, BucketWidth::Hour);
    }
    QCOMPARE(teams.size(), 5);
    QCOMPARE(providers, (QSet<QString>{QStringLiteral("openai"), QStringLiteral("anthropic"),
                                       QStringLiteral("bedrock")}));
    QVERIFY(tags.size() >= 8);
    QVERIFY(tiers.contains(QStringLiteral("batch")));
    QVERIFY(cacheRead > 0 && cacheWrite5m > 0 && cacheWrite1h > 0);
    QCOMPARE(first, kLastDay.addDays(-89));
    QCOMPARE(last, kLastDay);
}

void TestDemo::everyFactIsPriced()
{
    const auto c = collect(options());
    for (const UsageFact &f : c.facts) {
        QVERIFY2(pricing::PriceCatalog::builtin().find(f.provider, f.model, kLastDay),
                 qPrintable(f.provider + u'/' + f.model));
        QVERIFY2(!f.cost.total().isZero() || f.tokens.output == 0, qPrintable(f.model));
        // Billed cost, where present, matches computed within a micro-dollar (rounding).
        if (f.billedCost)
            QVERIFY(qAbs((*f.billedCost - f.cost.total()).nanos()) <= 500);
    }
}

void TestDemo::hasSpikeAndGrowth()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QVERIFY(DemoOrganisation::load(*db, options()).ok());
    UsageQueries q(*db);
    const QDate spike = DemoOrganisation(options()).spikeDay();
    auto series = q.timeSeries({spike.addDays(-14), spike, {}}, Granularity::Day, Dimension::Team, 10);
    QVERIFY(series.ok());
    // The spike day stands far above the same weekday one and two weeks before.
    auto dayTotal = [&](int bucket) {
        Money m;
        for (const auto &row : series->values)
            m += row[bucket];
        return m;
    };
    const Money spikeSpend = dayTotal(14);
    QVERIFY2(spikeSpend.toDouble() > 1.5 * dayTotal(7).toDouble(), qPrintable(spikeSpend.toDecimalString()));
    QVERIFY(spikeSpend.toDouble() > 1.5 * dayTotal(0).toDouble());
    // Growth: the last 30 days cost clearly more than the first 30.
    auto early = q.summary({kLastDay.addDays(-89), kLastDay.addDays(-60), {}});
    auto late = q.summary({kLastDay.addDays(-29), kLastDay, {}});
    QVERIFY(late->totals.cost.total().toDouble() > 1.2 * early->totals.cost.total().toDouble());
}

void TestDemo::cutoffOnlyDropsLaterHours()
{
    DemoOptions cut = options();
    cut.cutoff = QDateTime(kLastDay, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto full = collect(options());
    const auto part = collect(cut);
    QVERIFY(part.facts.size() < full.facts.size());
    std::size_t j = 0;
    for (const UsageFact &f : full.facts) {
        if (f.start >= *cut.cutoff)
            continue;
        QVERIFY(j < part.facts.size());
        QCOMPARE(part.facts[j].recordKey, f.recordKey);
        QVERIFY(part.facts[j].tokens == f.tokens);
        ++j;
    }
    QCOMPARE(j, part.facts.size());
}

void TestDemo::loadIsIdempotentAndMarksDemo()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    auto first = DemoOrganisation::load(*db, options());
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QVERIFY(*first > 15000);
    QCOMPARE(db->setting(QStringLiteral("demo")), QStringLiteral("1"));
    const auto before = UsageQueries(*db).summary({});
    auto second = DemoOrganisation::load(*db, options());
    QVERIFY(second.ok());
    QCOMPARE(*second, std::int64_t(0));
    QVERIFY(UsageQueries(*db).summary({})->totals == before->totals);
    // Every record found a price.
    QCOMPARE(UsageQueries(*db).summary({})->totals.unpricedFacts, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestDemo)
void TestDemo::storyHasBudgetsAlertsAndScenarios()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QVERIFY(DemoOrganisation::load(*db, options()).ok());
    const QDateTime now(kLastDay, QTime(23, 59, 59), QTimeZone::utc());
    const QTimeZone utc = QTimeZone::utc();
    QVERIFY(DemoStory::apply(*db, now, utc).ok());

    // Three budgets: the organisation close to its limit, support over it, platform inside.
    store::SqliteBudgetStore budgetStore(*db);
    auto statuses = budgets::evaluateStoredBudgets(*db, now, utc);
    QVERIFY(statuses.ok());
    QCOMPARE(statuses->size(), 3);
    const QStringList names = DemoStory::budgetNames();
    auto named = [&](const QString &name) -> const budgets::BudgetStatus & {
        return *std::find_if(statuses->cbegin(), statuses->cend(),
                             [&](const budgets::BudgetStatus &st) { return st.budget.name == name; });
    };
    QVERIFY(std::all_of(names.cbegin(), names.cend(), [&](const QString &name) {
        return std::any_of(statuses->cbegin(), statuses->cend(),
                           [&](const budgets::BudgetStatus &st) { return st.budget.name == name; });
    }));
    const budgets::BudgetStatus &org = named(names[0]);
    const budgets::BudgetStatus &support = named(names[1]);
    const budgets::BudgetStatus &platform = named(names[2]);
    QVERIFY(org.perMilleForecast() >= 850 && org.perMilleForecast() < 1000);
    QVERIFY(support.forecastOverrun);
    QVERIFY(!platform.forecastOverrun && platform.perMilleForecast() < 800);

    // The alert history: the support team's spike, older alerts acknowledged, recent ones not,
    // every one notified when it was raised.
    auto alerts = budgetStore.alerts();
    QVERIFY(alerts.ok());
    bool spike = false, acknowledged = false, open = false;
    for (const budgets::Alert &a : *alerts) {
        QVERIFY(a.notifiedAt.isValid());
        QVERIFY(a.raisedAt < now);
        spike = spike || (a.kind == budgets::AlertKind::Spike && a.budgetName == names[1]);
        (a.isAcknowledged() ? acknowledged : open) = true;
    }
    QVERIFY(spike && acknowledged && open);

    // Applying it again adds nothing.
    const qsizetype alertCount = alerts->size();
    QVERIFY(DemoStory::apply(*db, now, utc).ok());
    QCOMPARE(budgetStore.budgets()->size(), 3);
    QCOMPARE(budgetStore.alerts()->size(), alertCount);

    // The scenarios: the savings plan saves 40–70 % of its workloads' cost with every lever it
    // uses saving; self-hosting at this volume costs more, its break-even far above the volume.
    const QList<planning::Scenario> scenarios = DemoStory::storedScenarios(*db);
    QCOMPARE(scenarios.size(), 2);
    const pricing::PriceCatalog &catalog = pricing::PriceCatalog::builtin();
    auto planBaseline = planning::buildBaseline(*db, scenarios[0].baseline);
    QVERIFY(planBaseline.ok());
    auto plan = planning::evaluateScenario(*planBaseline, catalog, scenarios[0], kLastDay);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    const double saved = plan->totalSavings().toDouble() / plan->baselineCost.toDouble();
    QVERIFY2(saved > 0.4 && saved < 0.7, qPrintable(QString::number(saved)));
    for (const planning::LeverResult &lever : plan->levers)
        QVERIFY(!lever.savings().isNegative());
    auto selfBaseline = planning::buildBaseline(*db, scenarios[1].baseline);
    QVERIFY(selfBaseline.ok());
    auto self = planning::evaluateScenario(*selfBaseline, catalog, scenarios[1], kLastDay);
    QVERIFY2(self.ok(), qPrintable(self.errorMessage()));
    QVERIFY(self->totalSavings().isNegative());
    QVERIFY(self->selfHosting && self->selfHosting->breakEvenTokensPerMonth);
    QVERIFY(self->selfHosting->breakEvenTokensPerMonth->toDouble() > 10 * self->selfHosting->tokensPerMonth.toDouble());
}

#include "tst_demo.moc"
