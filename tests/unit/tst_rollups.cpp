// The rollups must always equal a direct aggregate of the facts: after random inserts, after
// duplicates, after a rolled-back import and after undoing an import.
#include "TestSupport.h"
#include "query/UsageQueries.h"
#include "store/BulkImport.h"
#include "store/FactStore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::store;
using namespace tl::query;

namespace {

UsageFact randomFact(QRandomGenerator &rng, int n)
{
    static const QStringList providers = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                          QStringLiteral("bedrock")};
    static const QStringList models = {QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet-4"),
                                       QStringLiteral("llama"), QStringLiteral("gpt-4o-mini")};
    static const QStringList teams = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QString()};
    static const QStringList tagSets = {QStringLiteral("use_case:chat"),
                                        QStringLiteral("feature:faq,use_case:chat"), QString()};
    UsageFact f;
    f.recordKey = QStringLiteral("test:%1").arg(n);
    // Ten days from 2026-11-01, any second.
    f.start = 1793491200 + static_cast<std::int64_t>(rng.bounded(10 * 86400));
    f.bucket = BucketWidth::Request;
    f.provider = providers[rng.bounded(int(providers.size()))];
    f.model = models[rng.bounded(int(models.size()))];
    f.modelFamily = f.model.left(5);
    f.team = teams[rng.bounded(int(teams.size()))];
    f.tags = tagSets[rng.bounded(int(tagSets.size()))];
    f.serviceTier = rng.bounded(4) == 0 ? QStringLiteral("batch") : QStringLiteral("standard");
    f.tokens.requests = 1;
    f.tokens.uncachedInput = rng.bounded(5000);
    f.tokens.cacheRead = rng.bounded(3000);
    f.tokens.cacheWrite5m = rng.bounded(500);
    f.tokens.cacheWrite1h = rng.bounded(200);
    f.tokens.output = rng.bounded(2000);
    f.tokens.reasoning = rng.bounded(100);
    if (rng.bounded(3) == 0) { // units of their own, parts of the figures above
        f.tokens.audioInput = rng.bounded(int(f.tokens.uncachedInput) + 1);
        f.tokens.imageCacheRead = rng.bounded(int(f.tokens.cacheRead) + 1);
        f.tokens.videoOutput = rng.bounded(int(f.tokens.output) + 1);
        f.tokens.codeExecutions = rng.bounded(3);
        f.tokens.webSearches = rng.bounded(4);
        f.unpricedUnits = rng.bounded(2) == 0 ? f.tokens.audioInput : 0;
    }
    f.cost.uncachedInput = Money::fromNanos(rng.bounded(10'000'000));
    f.cost.cacheRead = Money::fromNanos(rng.bounded(1'000'000));
    f.cost.cacheWrite = Money::fromNanos(rng.bounded(2'000'000));
    f.cost.output = Money::fromNanos(rng.bounded(30'000'000));
    if (rng.bounded(2) == 0)
        f.billedCost = f.cost.total() + Money::fromNanos(rng.bounded(1000));
    return f;
}

} // namespace

class TestRollups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rollupsEqualFactsAfterRandomInserts();
    void duplicatesAreSkipped();
    void recordKeysSharingAHashStayUnique();
    void timesBefore1970KeepTheirBuckets();
    void rolledBackImportLeavesNothing();
    void undoImportRestoresRollups();
    void hourlyAndDailyRollupsAgree();
    void filtersMatchFacts_data();
    void filtersMatchFacts();
    void groupedInsertsFindDuplicatesAndColliders();
    void hourlySeriesMatchFactsForEveryDimension();
    void dailyQueriesReadTheRollupThatKeepsTheirDimensions();
    void timeOrderedImportWritesPassedBucketsEarly();

private:
    void insertRandom(int from, int count, std::int64_t *batchOut = nullptr);
    // `count` random facts of `users` users and `keys` API keys (seed `seed`), every
    // `fastEvery`-th tagged speed:fast (0: none), stored in one batch.
    void insertWithUsers(quint32 seed, int count, int users, int keys, int fastEvery = 0);
    void verifyConsistent(const UsageFilter &filter = {});

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void TestRollups::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTempDatabase(*m_dir);
    QVERIFY(m_db);
}

void TestRollups::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestRollups::insertRandom(int from, int count, std::int64_t *batchOut)
{
    QRandomGenerator rng(static_cast<quint32>(from * 7919 + count));
    FactStore store(*m_db);
    Transaction tx(m_db->connection());
    QVERIFY(tx.isActive());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("random"));
    QVERIFY(batch.ok());
    std::vector<UsageFact> facts;
    for (int i = 0; i < count; ++i)
        facts.push_back(randomFact(rng, from + i));
    // Several chunks, as importers do.
    std::size_t done = 0;
    while (done < facts.size()) {
        const std::size_t n = std::min<std::size_t>(97, facts.size() - done);
        auto r = store.insertFacts(*batch, std::span<const UsageFact>(facts.data() + done, n));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        done += n;
    }
    QVERIFY(store.finishBatch(*batch, QStringLiteral("done"), count, count, 0, 0).ok());
    QVERIFY(tx.commit().ok());
    if (batchOut)
        *batchOut = *batch;
}

void TestRollups::insertWithUsers(quint32 seed, int count, int users, int keys, int fastEvery)
{
    QRandomGenerator rng(seed);
    std::vector<UsageFact> facts;
    for (int i = 0; i < count; ++i) {
        UsageFact f = randomFact(rng, i);
        f.user = QStringLiteral("user-%1").arg(i % users);
        f.apiKey = QStringLiteral("key-%1").arg(i % keys);
        if (fastEvery > 0 && i % fastEvery == 0)
            f.tags = f.tags.isEmpty() ? QStringLiteral("speed:fast") : f.tags + QStringLiteral(",speed:fast");
        facts.push_back(f);
    }
    FactStore store(*m_db);
    Transaction tx(m_db->connection());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("with users"));
    QVERIFY(batch.ok());
    QVERIFY(store.insertFacts(*batch, facts).ok());
    QVERIFY(tx.commit().ok());
}

void TestRollups::verifyConsistent(const UsageFilter &filter)
{
    UsageQueries q(*m_db);
    auto fromRollup = q.summary(filter);
    auto fromFacts = q.totalsFromFacts(filter);
    QVERIFY(fromRollup.ok());
    QVERIFY(fromFacts.ok());
    QCOMPARE(fromRollup->totals.facts, fromFacts->facts);
    QVERIFY(fromRollup->totals.tokens == fromFacts->tokens);
    QVERIFY(fromRollup->totals.cost == fromFacts->cost);
    QCOMPARE(fromRollup->totals.billed, fromFacts->billed);
    QCOMPARE(fromRollup->totals.billedFacts, fromFacts->billedFacts);
    QCOMPARE(fromRollup->totals.unpricedUnits, fromFacts->unpricedUnits);
    QCOMPARE(fromRollup->totals.tokens.codeExecutions, fromFacts->tokens.codeExecutions);
    QCOMPARE(fromRollup->totals.tokens.audioInput, fromFacts->tokens.audioInput);
}

void TestRollups::rollupsEqualFactsAfterRandomInserts()
{
    insertRandom(0, 1500);
    insertRandom(1500, 700);
    verifyConsistent();
    UsageQueries q(*m_db);
    auto totals = q.totalsFromFacts({});
    QCOMPARE(totals->facts, std::int64_t(2200));
    // Grouped sums add up to the total exactly.
    auto grouped = q.summary({}, {Dimension::Model, Dimension::Team});
    QVERIFY(grouped.ok());
    Money sum;
    std::int64_t requests = 0;
    for (const UsageGroup &g : grouped->groups) {
        sum += g.totals.cost.total();
        requests += g.totals.tokens.requests;
    }
    QCOMPARE(sum, grouped->totals.cost.total());
    QCOMPARE(requests, std::int64_t(2200));
}

void TestRollups::duplicatesAreSkipped()
{
    insertRandom(0, 300);
    FactStore store(*m_db);
    QRandomGenerator rng(static_cast<quint32>(0 * 7919 + 300)); // same seed: the same facts
    std::vector<UsageFact> again;
    for (int i = 0; i < 300; ++i)
        again.push_back(randomFact(rng, i));
    Transaction tx(m_db->connection());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("again"));
    auto r = store.insertFacts(*batch, again);
    QVERIFY(r.ok());
    QCOMPARE(r->inserted, std::int64_t(0));
    QCOMPARE(r->duplicates, std::int64_t(300));
    QVERIFY(tx.commit().ok());
    verifyConsistent();
    QCOMPARE(UsageQueries(*m_db).totalsFromFacts({})->facts, std::int64_t(300));
}

void TestRollups::timesBefore1970KeepTheirBuckets()
{
    // 1969-12-31T23:30:00Z: hour -1, day -1, on insert, on a rebuild (re-price) and on undo.
    FactStore store(*m_db);
    std::int64_t batch = 0;
    {
        Transaction tx(m_db->connection());
        auto b = store.beginBatch(QStringLiteral("test"), QStringLiteral("old"));
        QVERIFY(b.ok());
        batch = *b;
        UsageFact f;
        f.recordKey = QStringLiteral("test:old");
        f.start = -1800;
        f.bucket = BucketWidth::Request;
        f.provider = QStringLiteral("openai");
        f.model = QStringLiteral("gpt-4o");
        f.tokens.requests = 1;
        f.tokens.uncachedInput = 10;
        QVERIFY(store.insertFacts(batch, std::span<const UsageFact>(&f, 1)).ok());
        QVERIFY(tx.commit().ok());
    }
    auto buckets = [&] {
        return QStringLiteral("%1 %2 %3")
            .arg(*m_db->connection().queryInt("SELECT count(*) FROM rollup_hour"))
            .arg(*m_db->connection().queryInt("SELECT coalesce(min(hour), 0) FROM rollup_hour"))
            .arg(*m_db->connection().queryInt("SELECT coalesce(min(day), 0) FROM rollup_day"));
    };
    QCOMPARE(buckets(), QStringLiteral("1 -1 -1"));
    {
        Transaction tx(m_db->connection());
        QVERIFY(store.rebuildRollups().ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(buckets(), QStringLiteral("1 -1 -1"));
    verifyConsistent();
    {
        Transaction tx(m_db->connection());
        QVERIFY(store.undoBatch(batch).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM rollup_hour"), std::int64_t(0));
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM rollup_day"), std::int64_t(0));
}

void TestRollups::recordKeysSharingAHashStayUnique()
{
    // Facts are indexed by a 64-bit hash of their record key. Two keys with one hash cannot be
    // found by chance, so a stored fact is given the hash of another key instead: that key
    // must still be stored once, found again, and skipped on every later import, also after
    // the fact holding its hash is undone.
    std::int64_t firstBatch = 0;
    insertRandom(0, 50, &firstBatch);
    insertRandom(50, 10);
    const QString collider = QStringLiteral("test:collider");
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("UPDATE fact_row SET key_hash = tl_record_key_hash('%1') "
                                     "WHERE record_key = 'test:7'").arg(collider))
                .ok());
    QRandomGenerator rng(5);
    UsageFact f = randomFact(rng, 0);
    f.recordKey = collider;
    FactStore store(*m_db);
    auto insertCollider = [&](std::int64_t expectInserted) {
        Transaction tx(m_db->connection());
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("collider"));
        QVERIFY(batch.ok());
        auto r = store.insertFacts(*batch, std::span<const UsageFact>(&f, 1));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->inserted, expectInserted);
        QCOMPARE(r->duplicates, 1 - expectInserted);
        QVERIFY(tx.commit().ok());
    };
    insertCollider(1);
    auto unhashed = m_db->connection().queryInt("SELECT count(*) FROM usage_fact WHERE key_hash IS NULL");
    QCOMPARE(*unhashed, std::int64_t(1));
    auto id = store.factIdForRecordKey(collider);
    QVERIFY(id.ok() && id->has_value());
    auto storedKey = m_db->connection().prepare("SELECT record_key FROM usage_fact WHERE id = ?");
    QVERIFY(storedKey.ok());
    storedKey->bind(1, **id);
    QCOMPARE(storedKey->step(), Statement::Step::Row);
    QCOMPARE(storedKey->columnText(0), collider);
    insertCollider(0);

    // The fact holding the hash goes away; the key is still known.
    QVERIFY(store.undoBatch(firstBatch).ok());
    insertCollider(0);
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM usage_fact WHERE record_key = 'test:collider'"),
             std::int64_t(1));
    auto other = store.factIdForRecordKey(QStringLiteral("test:55"));
    QVERIFY(other.ok() && other->has_value());
    auto gone = store.factIdForRecordKey(QStringLiteral("test:3"));
    QVERIFY(gone.ok() && !gone->has_value());
    verifyConsistent();
}

void TestRollups::rolledBackImportLeavesNothing()
{
    insertRandom(0, 200);
    const auto before = UsageQueries(*m_db).summary({});
    {
        FactStore store(*m_db);
        QRandomGenerator rng(99);
        std::vector<UsageFact> facts;
        for (int i = 0; i < 200; ++i) {
            UsageFact f = randomFact(rng, 10000 + i);
            f.team = QStringLiteral("brand-new-team-%1").arg(i); // new dimension values too
            facts.push_back(f);
        }
        Transaction tx(m_db->connection());
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("cancelled"));
        QVERIFY(store.insertFacts(*batch, facts).ok());
        // cancelled: no commit

        tx.rollback();
        // The same store keeps working after the rollback (its id cache must not go stale).
        Transaction tx2(m_db->connection());
        auto batch2 = store.beginBatch(QStringLiteral("test"), QStringLiteral("after"));
        UsageFact f = randomFact(rng, 50000);
        f.team = QStringLiteral("brand-new-team-0");
        auto r = store.insertFacts(*batch2, std::span<const UsageFact>(&f, 1));
        QVERIFY(r.ok());
        QVERIFY(tx2.commit().ok());
        auto teams = UsageQueries(*m_db).summary({}, {Dimension::Team});
        bool found = false;
        for (const auto &g : teams->groups)
            found = found || g.key.first() == u"brand-new-team-0";
        QVERIFY(found);
    }
    verifyConsistent();
    const auto after = UsageQueries(*m_db).summary({});
    QCOMPARE(after->totals.facts, before->totals.facts + 1);
}

void TestRollups::undoImportRestoresRollups()
{
    insertRandom(0, 400);
    const auto before = UsageQueries(*m_db).summary({});
    std::int64_t second = 0;
    insertRandom(400, 600, &second);
    verifyConsistent();
    FactStore store(*m_db);
    QVERIFY(store.undoBatch(second).ok());
    verifyConsistent();
    const auto after = UsageQueries(*m_db).summary({});
    QVERIFY(after->totals == before->totals);
    // No empty rollup rows remain.
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM rollup_day WHERE facts = 0"), std::int64_t(0));
    auto batches = store.batches();
    QCOMPARE(batches->last().status, QStringLiteral("undone"));
}

void TestRollups::hourlyAndDailyRollupsAgree()
{
    insertRandom(0, 800);
    const char *sql = "SELECT (SELECT sum(cost_output) FROM rollup_hour) - (SELECT sum(cost_output) "
                      "FROM rollup_day), (SELECT sum(requests) FROM rollup_hour) - (SELECT "
                      "sum(requests) FROM rollup_day)";
    auto st = m_db->connection().prepare(sql);
    QCOMPARE(st->step(), Statement::Step::Row);
    QCOMPARE(st->columnInt64(0), std::int64_t(0));
    QCOMPARE(st->columnInt64(1), std::int64_t(0));
    // Every hour bucket lies inside its day bucket.
    QCOMPARE(*m_db->connection().queryInt(
                 "SELECT count(*) FROM rollup_hour h WHERE NOT EXISTS (SELECT 1 FROM rollup_day d "
                 "WHERE d.day = h.hour / 24 AND d.model_id = h.model_id)"),
             std::int64_t(0));
}

void TestRollups::filtersMatchFacts_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("all") << QString() << QString() << QString() << QString();
    QTest::newRow("provider") << "provider" << "openai" << QString() << QString();
    QTest::newRow("model+days") << "model" << "gpt-4o" << "2026-11-03" << "2026-11-05";
    QTest::newRow("team-empty") << "team" << "" << QString() << QString();
    QTest::newRow("tag inside set") << "tag" << "feature:faq" << QString() << QString();
    QTest::newRow("tag in two sets") << "tag" << "use_case:chat" << "2026-11-02" << "2026-11-02";
    QTest::newRow("unknown value") << "model" << "nope" << QString() << QString();
    QTest::newRow("tier") << "tier" << "batch" << "2026-11-01" << "2026-11-09";
}

void TestRollups::filtersMatchFacts()
{
    QFETCH(QString, dimension);
    QFETCH(QString, value);
    QFETCH(QString, from);
    QFETCH(QString, to);
    insertRandom(0, 1200);
    UsageFilter filter;
    filter.from = QDate::fromString(from, Qt::ISODate);
    filter.to = QDate::fromString(to, Qt::ISODate);
    if (!dimension.isEmpty())
        filter.add(*dimensionFromName(dimension), value);
    verifyConsistent(filter);
}

void TestRollups::groupedInsertsFindDuplicatesAndColliders()
{
    // FactStore stores many facts per INSERT statement; when a statement stores fewer rows than
    // it has, each fact of the group is looked up. A group here holds a fact stored before, a
    // key twice, and a key whose hash another stored key already has.
    insertRandom(0, 100);
    const QString collider = QStringLiteral("test:grouped-collider");
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("UPDATE fact_row SET key_hash = tl_record_key_hash('%1') "
                                     "WHERE record_key = 'test:9'").arg(collider))
                .ok());
    QRandomGenerator rng(11);
    std::vector<UsageFact> facts;
    for (int i = 0; i < 200; ++i)
        facts.push_back(randomFact(rng, 1000 + i));
    facts[3] = randomFact(rng, 42);            // stored by insertRandom
    facts[5] = facts[4];                       // the same new key twice in one group
    facts[170].recordKey = collider;           // its hash belongs to test:9
    facts[150] = randomFact(rng, 43);          // stored before, in a later group
    FactStore store(*m_db);
    {
        Transaction tx(m_db->connection());
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("grouped"));
        QVERIFY(batch.ok());
        auto r = store.insertFacts(*batch, facts);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->inserted, std::int64_t(197));
        QCOMPARE(r->duplicates, std::int64_t(3));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(297));
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM usage_fact WHERE key_hash IS NULL"),
             std::int64_t(1));
    QCOMPARE(*m_db->connection().queryInt("SELECT count(DISTINCT record_key) FROM usage_fact"),
             std::int64_t(297));
    verifyConsistent();
    // Importing the same facts again stores nothing (the unhashed key is found too).
    {
        Transaction tx(m_db->connection());
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("grouped again"));
        auto r = store.insertFacts(*batch, facts);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->inserted, std::int64_t(0));
        QCOMPARE(r->duplicates, std::int64_t(200));
        QVERIFY(tx.commit().ok());
    }
    verifyConsistent();
}

void TestRollups::hourlySeriesMatchFactsForEveryDimension()
{
    // rollup_hour keeps neither user, API key nor tags; an hourly series filtered by one of them
    // reads the facts. Either way its sum equals the facts' cost under the same filter.
    insertWithUsers(3, 600, 7, 5);
    UsageQueries q(*m_db);
    const std::pair<Dimension, QString> filters[] = {
        {Dimension::User, QStringLiteral("user-3")}, {Dimension::ApiKey, QStringLiteral("key-1")},
        {Dimension::Tags, QStringLiteral("feature:faq")}, {Dimension::Team, QStringLiteral("b")},
        {Dimension::Model, QStringLiteral("gpt-4o")}};
    for (const auto &[dimension, value] : filters) {
        UsageFilter filter;
        filter.from = QDate(2026, 11, 2);
        filter.to = QDate(2026, 11, 6);
        filter.add(dimension, value);
        for (Dimension stackBy : {Dimension::Model, Dimension::User, Dimension::Tags}) {
            auto series = q.timeSeries(filter, Granularity::Hour, stackBy, 100);
            QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
            QCOMPARE(series->granularity, Granularity::Hour);
            auto direct = q.totalsFromFacts(filter);
            QVERIFY(direct.ok());
            QVERIFY(direct->facts > 0);
            QCOMPARE(series->total(), direct->cost.total());
        }
    }
}

void TestRollups::dailyQueriesReadTheRollupThatKeepsTheirDimensions()
{
    // rollup_day keeps the user and the API key but not the tags, rollup_tag_day the tags but
    // neither the user nor the API key (018_daily_rollup_keys.sql); a query needing both reads
    // the facts of its days. Whichever it reads, its groups equal the facts'.
    insertWithUsers(5, 900, 6, 4, 5);
    Connection &c = m_db->connection();
    // Each daily rollup holds every fact once: the same totals as the facts.
    for (const char *table : {"rollup_day", "rollup_tag_day", "rollup_hour"}) {
        const std::string sql = std::string("SELECT sum(facts) * 1000003 + sum(cost_output) FROM ") + table;
        auto sums = c.queryInt(sql.c_str());
        QVERIFY(sums.ok());
        QCOMPARE(*sums, *c.queryInt("SELECT count(*) * 1000003 + sum(cost_output) FROM usage_fact"));
    }
    // Fewer rows than facts here, and no tag set in rollup_day, no user in rollup_tag_day.
    QVERIFY(*c.queryInt("SELECT count(*) FROM rollup_tag_day") < 900);
    QVERIFY(!c.queryInt("SELECT tags_id FROM rollup_day").ok());
    QVERIFY(!c.queryInt("SELECT user_id FROM rollup_tag_day").ok());

    UsageQueries q(*m_db);
    struct Case
    {
        std::optional<std::pair<Dimension, QString>> filter;
        Dimension groupBy;
    };
    const Case cases[] = {
        {{}, Dimension::Tags},                                                // rollup_tag_day
        {{{Dimension::Tags, QStringLiteral("feature:faq")}}, Dimension::Team}, // rollup_tag_day
        {{{Dimension::User, QStringLiteral("user-2")}}, Dimension::ApiKey},    // rollup_day
        {{{Dimension::User, QStringLiteral("user-2")}}, Dimension::Tags},      // the facts
        {{{Dimension::Tags, QStringLiteral("use_case:chat")}}, Dimension::User}, // the facts
        {{{Dimension::ApiKey, QStringLiteral("key-3")}}, Dimension::Speed},  // the facts
        {{{Dimension::Speed, QStringLiteral("fast")}}, Dimension::Model},    // rollup_tag_day
    };
    for (const Case &each : cases) {
        UsageFilter filter;
        filter.from = QDate(2026, 11, 2);
        filter.to = QDate(2026, 11, 8);
        if (each.filter)
            filter.add(each.filter->first, each.filter->second);
        auto summary = q.summary(filter, {each.groupBy});
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        auto direct = q.totalsFromFacts(filter);
        QVERIFY(direct.ok());
        QVERIFY(direct->facts > 0);
        QCOMPARE(summary->totals, *direct);
        QVERIFY(summary->groups.size() > 1);
        UsageTotals ofGroups;
        for (const UsageGroup &group : std::as_const(summary->groups))
            ofGroups += group.totals;
        QCOMPARE(ofGroups, *direct);
        for (const UsageGroup &group : std::as_const(summary->groups)) {
            if (each.groupBy == Dimension::Tags)
                continue; // a group is a whole tag set; a tag filter matches sets holding that tag
            UsageFilter one = filter;
            one.add(each.groupBy, group.key.value(0));
            auto groupFacts = q.totalsFromFacts(one);
            QVERIFY(groupFacts.ok());
            QVERIFY2(group.totals == *groupFacts,
                     qPrintable(QStringLiteral("group by %1 = '%2': %3 facts, the facts say %4")
                                    .arg(int(each.groupBy)).arg(group.key.value(0)).arg(group.totals.facts).arg(groupFacts->facts)));
        }
        auto series = q.timeSeries(filter, Granularity::Day, each.groupBy, 100);
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->total(), direct->cost.total());
    }
}

void TestRollups::timeOrderedImportWritesPassedBucketsEarly()
{
    // A time-ordered file in chunks: the buckets before a chunk's earliest record are written
    // while the import runs. Some records come late (a bucket already written gets more), one
    // chunk reaches back to the first day; the totals still equal the facts.
    QRandomGenerator rng(42);
    std::vector<UsageFact> facts;
    for (int i = 0; i < 3000; ++i) {
        UsageFact f = randomFact(rng, i);
        f.start = 1793491200 + std::int64_t(i) * 240; // 3000 records over a bit more than 8 days
        if (i % 50 == 49)
            f.start -= 86400 + 3600; // late: a day and an hour behind
        facts.push_back(f);
    }
    facts[2500].start = 1793491200 + 5; // the first hour again, well after it was written
    // As a file import stores them: one preparer, chunk after chunk, one transaction.
    BulkImport scope(*m_db);
    QVERIFY(scope.begin(QStringLiteral("test"), QStringLiteral("ordered.jsonl"), 0).ok());
    FactPreparer preparer;
    std::int64_t hourRowsMidway = -1;
    std::int64_t dayRowsMidway = -1;
    for (std::size_t done = 0; done < facts.size(); done += 200) {
        const std::span<const UsageFact> chunk(facts.data() + done, 200);
        auto r = scope.insert(chunk, preparer.prepare(chunk));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->inserted, std::int64_t(200));
        if (done == 1400) {
            hourRowsMidway = *m_db->connection().queryInt("SELECT count(*) FROM rollup_hour");
            dayRowsMidway = *m_db->connection().queryInt("SELECT count(DISTINCT day) FROM rollup_day");
        }
    }
    QVERIFY(scope.finish(3000, 3000, 0, 0, {}).ok());
    // Midway (1,600 records, four and a half days, the latest late one on the third day) the
    // first two days, the day before them (late records) and their hours were stored.
    QVERIFY2(hourRowsMidway > 100, qPrintable(QString::number(hourRowsMidway)));
    QCOMPARE(dayRowsMidway, std::int64_t(3));
    verifyConsistent();
    for (const Dimension d : {Dimension::Model, Dimension::Team, Dimension::Tags}) {
        UsageFilter filter;
        filter.add(d, d == Dimension::Model ? QStringLiteral("gpt-4o")
                      : d == Dimension::Team ? QStringLiteral("a")
                                             : QStringLiteral("use_case:chat"));
        verifyConsistent(filter);
    }
    QCOMPARE(*m_db->connection().queryInt("SELECT sum(facts) FROM rollup_hour"), std::int64_t(3000));
    QCOMPARE(*m_db->connection().queryInt("SELECT sum(facts) FROM rollup_tag_day"), std::int64_t(3000));
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
