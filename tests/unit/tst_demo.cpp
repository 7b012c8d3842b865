// The demo organisation: deterministic, believable, and stored consistently.
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "pricing/PriceCatalog.h"
#include "query/UsageQueries.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

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
#include "tst_demo.moc"
