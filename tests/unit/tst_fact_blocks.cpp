// Facts of file imports stored in blocks (schema 17): the block codec, the fact_block_facts
// table behind the usage_fact view, and FactStore's block path — deduplication by key (also
// against facts stored as rows, twice in one statement's group, and keys sharing a hash), undo,
// removing single facts, re-pricing — each checked against the same facts stored as rows.
#include "TestSupport.h"
#include "query/UsageQueries.h"
#include "store/FactBlock.h"
#include "store/FactBlockWriter.h"
#include "store/FactStore.h"
#include "store/RecordKeyHash.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace tl;
using namespace tl::store;

namespace {

UsageFact randomFact(QRandomGenerator &rng, int n)
{
    static const QStringList models = {QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet-4"),
                                       QStringLiteral("gpt-4o-mini")};
    static const QStringList users = {QStringLiteral("ann"), QStringLiteral("bo"), QString(), QStringLiteral("cy")};
    UsageFact f;
    f.recordKey = QStringLiteral("litellm:req-%1").arg(n);
    f.start = 1793491200 + static_cast<std::int64_t>(rng.bounded(5 * 86400)) - (n % 7 == 0 ? 86400 * 400 : 0);
    f.bucket = BucketWidth::Request;
    f.provider = n % 2 ? QStringLiteral("openai") : QStringLiteral("anthropic");
    f.model = models[rng.bounded(int(models.size()))];
    f.user = users[rng.bounded(int(users.size()))];
    f.team = QStringLiteral("team-%1").arg(rng.bounded(3));
    f.tokens.requests = 1;
    f.tokens.uncachedInput = rng.bounded(5000);
    f.tokens.cacheRead = rng.bounded(3000);
    f.tokens.output = rng.bounded(2000);
    if (rng.bounded(3) == 0) {
        f.tokens.audioInput = rng.bounded(int(f.tokens.uncachedInput) + 1);
        f.tokens.codeExecutions = rng.bounded(3);
        f.unpricedUnits = f.tokens.audioInput;
    }
    f.cost.uncachedInput = Money::fromNanos(rng.bounded(10'000'000));
    f.cost.output = Money::fromNanos(rng.bounded(30'000'000) - (n % 11 == 0 ? 40'000'000 : 0)); // credits too
    if (rng.bounded(2) == 0)
        f.billedCost = f.cost.total() + Money::fromNanos(rng.bounded(1000));
    if (rng.bounded(40) == 0) // such facts are stored as rows
        f.billedListCost = Money::fromNanos(0);
    f.promptKey = rng.bounded(4) == 0 ? std::int64_t(rng.generate64()) : 0;
    f.cacheHit = rng.bounded(8) == 0;
    f.priced = rng.bounded(10) != 0;
    return f;
}

std::vector<UsageFact> randomFacts(int from, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<UsageFact> facts;
    for (int i = 0; i < count; ++i)
        facts.push_back(randomFact(rng, from + i));
    return facts;
}

// Every column of usage_fact but the id, row by row in key order, as text.
QStringList contents(Database &db, const QString &where = QStringLiteral("1"))
{
    auto st = db.connection().prepare(
        QStringLiteral("SELECT * FROM usage_fact WHERE %1 ORDER BY record_key").arg(where));
    if (!st)
        return {QStringLiteral("error: ") + st.errorMessage()};
    QStringList rows;
    while (st->step() == Statement::Step::Row) {
        QStringList cells;
        for (int c = 1; c < st->columnCount(); ++c)
            cells << (st->columnIsNull(c) ? QStringLiteral("NULL") : st->columnText(c));
        rows << cells.join(u'|');
    }
    if (Status s = st->status(); !s)
        rows << QStringLiteral("error: ") + s.errorMessage();
    return rows;
}

std::int64_t one(Database &db, const QString &sql)
{
    auto v = db.connection().queryInt(sql.toUtf8().constData());
    return v ? *v : -1;
}

} // namespace

class TestFactBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_rows = test::openTempDatabase(*m_dir, QStringLiteral("rows.db"));
        m_blocks = test::openTempDatabase(*m_dir, QStringLiteral("blocks.db"));
        QVERIFY(m_rows && m_blocks);
    }
    void cleanup()
    {
        m_rows.reset();
        m_blocks.reset();
        m_dir.reset();
    }

    void codecKeepsEveryValue()
    {
        factblock::Columns facts;
        const std::int64_t extremes[] = {0, 1, -1, 127, 128, -129, std::numeric_limits<std::int64_t>::max(),
                                         std::numeric_limits<std::int64_t>::min() + 1, 1793491200};
        QRandomGenerator rng(3);
        for (int i = 0; i < 300; ++i) {
            for (int c = 0; c < factblock::kIntColumns; ++c) {
                std::int64_t v = i < 9 ? extremes[i] : std::int64_t(rng.generate64()) >> rng.bounded(64);
                if (factblock::isNullable(c) && i % 5 == 0)
                    v = factblock::kNull;
                facts.ints[c].push_back(v);
            }
            facts.appendKey(i % 50 == 49 ? QByteArray() : QStringLiteral("key-%1-ü").arg(i).toUtf8());
        }
        const QByteArray blob = factblock::encode(facts);
        factblock::Decoded decoded;
        QVERIFY2(decoded.open(blob), qPrintable(decoded.error()));
        QCOMPARE(decoded.size(), 300);
        factblock::Columns back;
        QVERIFY(decoded.decodeAll(back));
        for (int c = 0; c < factblock::kIntColumns; ++c)
            QVERIFY2(back.ints[c] == facts.ints[c], factblock::kIntColumnNames[c]);
        QCOMPARE(back.keyBytes, facts.keyBytes);
        QVERIFY(back.keyEnds == facts.keyEnds);

        // A damaged block says so and decodes to nothing wrong: cut anywhere, or a version
        // this build does not know.
        for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(5), blob.size() / 2, blob.size() - 1}) {
            factblock::Decoded damaged;
            if (damaged.open(blob.left(cut))) {
                for (int c = 0; c < factblock::kIntColumns; ++c)
                    QCOMPARE(damaged.column(c).size(), std::size_t(damaged.size()));
            }
            QVERIFY2(!damaged.error().isEmpty(), qPrintable(QString::number(cut)));
        }
        QByteArray otherVersion = blob;
        otherVersion[0] = 9;
        factblock::Decoded newer;
        QVERIFY(!newer.open(otherVersion));
        QVERIFY(newer.error().contains(QStringLiteral("damaged")));
    }

    // Version 2: a column whose stored values are all the same is written once (the start
    // times of a block at a steady pace, a token kind the file never has, NULL billed costs),
    // a key as what differs from the key before. Blocks of version 1, a value per fact in every
    // column and every key whole, still read as they did.
    void codecStoresASameValueOnce()
    {
        for (int n : {1, 2, 3, 100, factblock::kMaxFacts}) {
            factblock::Columns facts;
            for (int i = 0; i < n; ++i) {
                for (int c = 0; c < factblock::kIntColumns; ++c) {
                    std::int64_t v = 0;
                    if (c == factblock::StartTs)
                        v = 60 * std::int64_t(i + 1); // stored as differences: all 60
                    else if (c == factblock::BucketSecs)
                        v = 3600;
                    else if (factblock::isNullable(c))
                        v = factblock::kNull;
                    else if (c == factblock::FirstDimension)
                        v = 7;
                    else if (c == factblock::FirstToken + 1)
                        v = i % 3; // varies
                    else if (c == factblock::CostInput)
                        v = -5;
                    facts.ints[c].push_back(v);
                }
                facts.appendKey(QStringLiteral("litellm:request-%1").arg(i, 6, 10, QChar(u'0')).toUtf8());
            }
            const QByteArray blob = factblock::encode(facts);
            factblock::Decoded decoded;
            QVERIFY2(decoded.open(blob), qPrintable(decoded.error()));
            QCOMPARE(decoded.size(), n);
            factblock::Columns back;
            QVERIFY2(decoded.decodeAll(back), qPrintable(decoded.error()));
            for (int c = 0; c < factblock::kIntColumns; ++c)
                QVERIFY2(back.ints[c] == facts.ints[c], factblock::kIntColumnNames[c]);
            QCOMPARE(back.keyBytes, facts.keyBytes);
            // 42 of the 43 columns stored once, and each key as what differs from the one
            // before (a byte or two of its 21): about 5 bytes a fact where version 1 took 65.
            if (n >= 100)
                QVERIFY2(blob.size() < 6 * n + 200, qPrintable(QString::number(blob.size())));
        }

        // Version 1, written by hand: three facts, every stream three values; the first column
        // all zero, which version 2 would store once. Then a version 1 stream of one value for
        // three facts, which is damaged there (and only there).
        auto putVarint = [](QByteArray &out, std::uint64_t v) {
            while (v >= 0x80) {
                out.append(char((v & 0x7f) | 0x80));
                v >>= 7;
            }
            out.append(char(v));
        };
        auto versionOne = [&](bool shortStream) -> QByteArray {
            QByteArray keys, streams;
            for (const char *key : {"a", "bb", "c"}) {
                putVarint(keys, std::strlen(key));
                keys.append(key);
            }
            QList<qsizetype> lengths{keys.size()};
            for (int c = 0; c < factblock::kIntColumns; ++c) {
                const qsizetype before = streams.size();
                for (int i = 0; i < 3; ++i) {
                    if (shortStream && c == factblock::FirstToken && i > 0)
                        break;
                    putVarint(streams, c == 0 ? 0 : std::uint64_t(2 * (c + i))); // zigzag of c + i
                }
                lengths << streams.size() - before;
            }
            QByteArray blob(1, char(1));
            putVarint(blob, 3);
            for (qsizetype length : lengths)
                putVarint(blob, std::uint64_t(length));
            return blob + keys + streams;
        };
        factblock::Decoded one;
        QVERIFY2(one.open(versionOne(false)), qPrintable(one.error()));
        QCOMPARE(one.size(), 3);
        QCOMPARE(one.column(factblock::StartTs), (std::vector<std::int64_t>{0, 0, 0}));
        QCOMPARE(one.column(factblock::FirstToken),
                 (std::vector<std::int64_t>{factblock::FirstToken, factblock::FirstToken + 1,
                                            factblock::FirstToken + 2}));
        QCOMPARE(one.key(1), QByteArrayView("bb"));
        QVERIFY(one.error().isEmpty());
        factblock::Decoded shortOne;
        QVERIFY(shortOne.open(versionOne(true)));
        QCOMPARE(shortOne.column(factblock::FirstToken).size(), std::size_t(3));
        QVERIFY(shortOne.error().contains(QStringLiteral("damaged")));
    }

    // The same facts stored as rows and in blocks read back the same through usage_fact, with
    // every filter the block table narrows by, and the rollups equal the facts.
    void blocksReadLikeRows()
    {
        const auto facts = randomFacts(0, 9000, 1); // three blocks
        const std::int64_t rowsBatch = storeRows(*m_rows, facts);
        const std::int64_t blocksBatch = storeBlocks(*m_blocks, facts);
        QCOMPARE(rowsBatch, blocksBatch);
        // Facts with a list price are rows (the reconciliation reads them from fact_row alone).
        const auto listed = std::int64_t(
            std::count_if(facts.begin(), facts.end(), [](const UsageFact &f) { return f.billedListCost.has_value(); }));
        QVERIFY(listed > 100);
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_row")), listed);
        QVERIFY(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_block")) >= 3);
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_key")), std::int64_t(9000));
        const QStringList all = contents(*m_rows);
        QCOMPARE(all.size(), 9000);
        QCOMPARE(contents(*m_blocks), all);
        const std::int64_t t = 1793491200 + 2 * 86400 + 1234;
        for (const QString &where :
             {QStringLiteral("start_ts >= %1").arg(t), QStringLiteral("start_ts > %1").arg(t),
              QStringLiteral("start_ts < %1").arg(t), QStringLiteral("start_ts <= %1").arg(t),
              QStringLiteral("start_ts BETWEEN %1 AND %2").arg(t).arg(t + 3600),
              QStringLiteral("start_ts >= %1.5 AND start_ts < %2").arg(t).arg(t + 86400),
              QStringLiteral("start_ts = (SELECT start_ts FROM usage_fact ORDER BY record_key LIMIT 1 OFFSET 77)"),
              QStringLiteral("start_ts >= '%1'").arg(t), QStringLiteral("batch_id = %1").arg(rowsBatch),
              QStringLiteral("batch_id = %1").arg(rowsBatch + 1), QStringLiteral("user_id IS NOT NULL AND requests = 1"),
              QStringLiteral("billed_cost IS NULL"), QStringLiteral("start_ts < 0 OR start_ts > 1793491200 + 3 * 86400")}) {
            const QStringList expected = contents(*m_rows, where);
            QCOMPARE(contents(*m_blocks, where), expected);
        }
        // By id: each block fact is found by the id the view shows for it.
        auto ids = m_blocks->connection().prepare("SELECT id, record_key FROM usage_fact WHERE record_key IN "
                                                  "('litellm:req-0', 'litellm:req-4500', 'litellm:req-8999')");
        QVERIFY(ids.ok());
        int found = 0;
        while (ids->step() == Statement::Step::Row) {
            QVERIFY(factblock::isBlockFactId(ids->columnInt64(0)));
            auto byId = m_blocks->connection().prepare("SELECT record_key FROM usage_fact WHERE id = ?");
            QVERIFY(byId.ok());
            byId->bind(1, ids->columnInt64(0));
            QCOMPARE(byId->step(), Statement::Step::Row);
            QCOMPARE(byId->columnText(0), ids->columnText(1));
            QCOMPARE(byId->step(), Statement::Step::Done);
            ++found;
        }
        QCOMPARE(found, 3);
        verifyConsistent(*m_blocks);
    }

    // The query layer reads blocks as it reads rows: spend by the hour per user (which the
    // hourly rollup cannot answer, so it reads the facts of those hours) and by user over a
    // period, with and without a filter, from both databases.
    void queriesReadBlocksLikeRows()
    {
        const auto facts = randomFacts(0, 9000, 12);
        storeRows(*m_rows, facts);
        storeBlocks(*m_blocks, facts);
        query::UsageFilter filter;
        filter.from = QDate(2026, 11, 2);
        filter.to = QDate(2026, 11, 3);
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                filter.add(Dimension::User, QStringLiteral("ann"));
            query::UsageQueries rows(*m_rows);
            query::UsageQueries blocks(*m_blocks);
            auto a = rows.timeSeries(filter, query::Granularity::Hour, Dimension::User, 3);
            auto b = blocks.timeSeries(filter, query::Granularity::Hour, Dimension::User, 3);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b->buckets, a->buckets);
            QCOMPARE(b->series, a->series);
            QVERIFY(b->values == a->values);
            QVERIFY(a->total() > Money());
            auto c = rows.summary(filter, {Dimension::User, Dimension::Model});
            auto d = blocks.summary(filter, {Dimension::User, Dimension::Model});
            QVERIFY(c.ok() && d.ok());
            QCOMPARE(d->groups.size(), c->groups.size());
            QVERIFY(d->totals.cost == c->totals.cost);
            QCOMPARE(d->totals.facts, c->totals.facts);
        }
    }

    // A re-import stores nothing again; within a file a key counts once; a key stored as a row
    // (before schema 17, or by a team ledger) is a duplicate for a block import too, and a key
    // of a block is one for a row insert.
    void duplicatesAreFoundEverywhere()
    {
        auto facts = randomFacts(0, 5000, 2);
        facts[10] = facts[11];   // twice in one group
        facts[200] = facts[100]; // twice, in two groups of one block
        facts[4990] = facts[3];  // twice, in two blocks
        const auto rowFacts = randomFacts(100000, 20, 9);
        storeRows(*m_blocks, rowFacts);
        facts[300] = rowFacts[4]; // stored as a row before
        facts[4999] = rowFacts[5];
        InsertStats stats;
        storeBlocks(*m_blocks, facts, &stats);
        QCOMPARE(stats.inserted, std::int64_t(4995));
        QCOMPARE(stats.duplicates, std::int64_t(5));
        storeBlocks(*m_blocks, facts, &stats);
        QCOMPARE(stats.inserted, std::int64_t(0));
        QCOMPARE(stats.duplicates, std::int64_t(5000));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM usage_fact")), std::int64_t(5015));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(DISTINCT record_key) FROM usage_fact")), std::int64_t(5015));

        // Rows: a team ledger's facts go in as rows; the keys blocks hold are skipped.
        std::vector<UsageFact> ledger = {facts[0], facts[4000], randomFact(*QRandomGenerator::global(), 777777)};
        storeRows(*m_blocks, ledger, &stats);
        QCOMPARE(stats.inserted, std::int64_t(1));
        QCOMPARE(stats.duplicates, std::int64_t(2));
        FactStore store(*m_blocks);
        auto id = store.factIdForRecordKey(facts[4000].recordKey);
        QVERIFY(id.ok() && id->has_value() && factblock::isBlockFactId(**id));
        verifyConsistent(*m_blocks);
    }

    // Keys are staged and written to fact_key kFewestStagedKeys at a time at first (more once
    // many are written, FactBlockWriter::stageLimit()); into a database without
    // keys, a batch then looks up only the keys its filter says it may have written. A key
    // repeated after its first copy was written is still found, as is one still staged; a
    // second import of the same facts stores nothing.
    void keysFoundAfterTheStageIsWritten()
    {
        const int count = int(FactBlockWriter::kFewestStagedKeys) + 3000;
        auto facts = randomFacts(0, count, 4);
        for (UsageFact &f : facts)
            f.billedListCost.reset(); // no rows: the filter alone says what may be in fact_key
        facts[count - 1] = facts[5];            // written with the first stage
        facts[count - 2] = facts[count - 2500]; // still staged
        InsertStats stats;
        storeBlocks(*m_blocks, facts, &stats);
        QCOMPARE(stats.inserted, std::int64_t(count - 2));
        QCOMPARE(stats.duplicates, std::int64_t(2));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_key")), std::int64_t(count - 2));
        storeBlocks(*m_blocks, facts, &stats);
        QCOMPARE(stats.inserted, std::int64_t(0));
        QCOMPARE(stats.duplicates, std::int64_t(count));
        verifyConsistent(*m_blocks);
    }

    // Two keys with one hash: the second is stored as a row without its hash, found again and
    // skipped on a re-import, in a block import as in a row import.
    void keysSharingAHashStayApart()
    {
        auto facts = randomFacts(0, 300, 4);
        storeBlocks(*m_blocks, facts);
        // Give fact_key the hash of a new key as if litellm:req-9 had it: the new key then
        // finds its hash taken by a block fact with another key.
        const QString collider = QStringLiteral("litellm:collider");
        const std::int64_t colliderHash = recordKeyHash(collider.toUtf8());
        QVERIFY(m_blocks->connection()
                    .exec(QStringLiteral("UPDATE fact_key SET key_hash = %1 WHERE key_hash = %2")
                              .arg(colliderHash)
                              .arg(recordKeyHash(QByteArrayLiteral("litellm:req-9"))))
                    .ok());
        auto more = randomFacts(1000, 200, 5);
        more[70].recordKey = collider;
        more[71].recordKey = collider; // and twice
        InsertStats stats;
        storeBlocks(*m_blocks, more, &stats);
        QCOMPARE(stats.inserted, std::int64_t(199));
        QCOMPARE(stats.duplicates, std::int64_t(1));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_row WHERE key_hash IS NULL")), std::int64_t(1));
        storeBlocks(*m_blocks, more, &stats);
        QCOMPARE(stats.inserted, std::int64_t(0));
        QCOMPARE(stats.duplicates, std::int64_t(200));
        FactStore store(*m_blocks);
        auto id = store.factIdForRecordKey(collider);
        QVERIFY(id.ok() && id->has_value() && !factblock::isBlockFactId(**id));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM usage_fact WHERE record_key = '%1'").arg(collider)),
                 std::int64_t(1));
        verifyConsistent(*m_blocks, false);
    }

    // Undo removes a batch's blocks and keys; the same file then imports again. Removing single
    // facts (a ledger's tombstones) keeps the other facts' ids; a block whose facts are all
    // removed goes.
    void undoAndRemove()
    {
        const auto first = randomFacts(0, 5000, 6);
        const auto second = randomFacts(10000, 100, 7);
        const std::int64_t firstBatch = storeBlocks(*m_blocks, first);
        storeBlocks(*m_blocks, second);
        FactStore store(*m_blocks);
        QVERIFY(store.undoBatch(firstBatch).ok());
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM usage_fact")), std::int64_t(100));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_key")), std::int64_t(100));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_block")), std::int64_t(1));
        verifyConsistent(*m_blocks);
        InsertStats stats;
        storeBlocks(*m_blocks, first, &stats);
        QCOMPARE(stats.inserted, std::int64_t(5000));

        auto idOf = [&](const QString &key) {
            auto id = store.factIdForRecordKey(key);
            return id.ok() && id->has_value() ? **id : std::int64_t(-1);
        };
        const std::int64_t keptId = idOf(second[50].recordKey);
        std::vector<QString> gone;
        for (int i = 0; i < 100; ++i) {
            if (i != 50)
                gone.push_back(second[std::size_t(i)].recordKey);
        }
        gone.push_back(first[17].recordKey);
        gone.push_back(QStringLiteral("litellm:never-stored"));
        {
            Transaction tx(m_blocks->connection());
            auto removed = store.removeFactsByKey(gone);
            QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
            QCOMPARE(*removed, std::int64_t(100));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(idOf(second[50].recordKey), keptId);
        QCOMPARE(idOf(first[17].recordKey), std::int64_t(-1));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM usage_fact")), std::int64_t(5000));
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_key")), std::int64_t(5000));
        verifyConsistent(*m_blocks);
        {
            Transaction tx(m_blocks->connection());
            const std::vector<QString> last = {second[50].recordKey};
            QVERIFY(store.removeFactsByKey(last).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(one(*m_blocks, QStringLiteral("SELECT count(*) FROM fact_block WHERE batch_id = %1").arg(firstBatch + 1)),
                 std::int64_t(0));
        verifyConsistent(*m_blocks);
    }

    // Re-pricing reaches facts in blocks as it reaches rows, and the rollups follow.
    void repriceChangesBlockFacts()
    {
        const auto facts = randomFacts(0, 5000, 8);
        storeRows(*m_rows, facts);
        storeBlocks(*m_blocks, facts);
        auto price = [](UsageFact &f) {
            f.cost = CostBreakdown{Money::fromNanos(f.tokens.uncachedInput * 3), Money::fromNanos(f.tokens.cacheRead),
                                   Money(), Money::fromNanos(f.tokens.output * 12)};
            f.priced = f.model != QStringLiteral("gpt-4o-mini");
            f.unpricedUnits = 0;
        };
        for (Database *db : {m_rows.get(), m_blocks.get()}) {
            FactStore store(*db);
            auto stats = store.reprice(price);
            QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
            QCOMPARE(stats->facts, std::int64_t(5000));
            QVERIFY(stats->changed > 4000);
            verifyConsistent(*db);
        }
        QCOMPARE(contents(*m_blocks), contents(*m_rows));
    }

    // A damaged block makes the read fail with a message, not a wrong total.
    void damagedBlockIsAnError()
    {
        storeBlocks(*m_blocks, randomFacts(0, 100, 10));
        QVERIFY(m_blocks->connection().exec("UPDATE fact_block SET data = substr(data, 1, 40)").ok());
        auto st = m_blocks->connection().prepare("SELECT sum(input_tokens) FROM usage_fact");
        QVERIFY(st.ok());
        QCOMPARE(st->step(), Statement::Step::Error);
        QVERIFY2(st->errorMessage().contains(QStringLiteral("damaged")), qPrintable(st->errorMessage()));
    }

private:
    std::int64_t storeRows(Database &db, std::span<const UsageFact> facts, InsertStats *out = nullptr)
    {
        return store(db, facts, false, out);
    }
    std::int64_t storeBlocks(Database &db, std::span<const UsageFact> facts, InsertStats *out = nullptr)
    {
        return store(db, facts, true, out);
    }
    // One import batch in chunks of 997 facts, as the import's parser hands them over.
    std::int64_t store(Database &db, std::span<const UsageFact> facts, bool blocks, InsertStats *out)
    {
        FactStore store(db);
        Transaction tx(db.connection());
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("file"));
        if (!batch)
            return -1;
        FactPreparer preparer;
        std::vector<std::int64_t> dimIds;
        InsertStats total;
        for (std::size_t done = 0; done < facts.size();) {
            const auto chunk = facts.subspan(done, std::min<std::size_t>(997, facts.size() - done));
            auto r = store.insertPrepared(*batch, chunk, preparer.prepare(chunk), dimIds, blocks);
            if (!r) {
                qWarning() << r.errorMessage();
                return -1;
            }
            total.inserted += r->inserted;
            total.duplicates += r->duplicates;
            done += chunk.size();
        }
        if (!store.flushRollups() || !tx.commit())
            return -1;
        if (out)
            *out = total;
        return *batch;
    }

    // `keysMatch`: fact_key holds exactly the facts' hashed keys (not so where a test gave it
    // a hash of its own).
    void verifyConsistent(Database &db, bool keysMatch = true)
    {
        query::UsageQueries q(db);
        auto fromRollup = q.summary({});
        auto fromFacts = q.totalsFromFacts({});
        QVERIFY(fromRollup.ok() && fromFacts.ok());
        QCOMPARE(fromRollup->totals.facts, fromFacts->facts);
        QVERIFY(fromRollup->totals.tokens == fromFacts->tokens);
        QVERIFY(fromRollup->totals.cost == fromFacts->cost);
        QCOMPARE(fromRollup->totals.billed, fromFacts->billed);
        QCOMPARE(fromRollup->totals.unpricedUnits, fromFacts->unpricedUnits);
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM usage_fact")), fromFacts->facts);
        if (!keysMatch)
            return;
        // fact_key holds exactly the hashed keys of both kinds of facts.
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM fact_key")),
                 one(db, QStringLiteral("SELECT count(*) FROM usage_fact WHERE key_hash IS NOT NULL")));
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM usage_fact f JOIN fact_key k ON k.key_hash = f.key_hash")),
                 one(db, QStringLiteral("SELECT count(*) FROM fact_key")));
        // … each naming the block that holds its fact (0: a row).
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM fact_block_facts f JOIN fact_key k ON k.key_hash = "
                                        "f.key_hash WHERE k.block_id <> (f.id - %1) >> 16")
                             .arg(factblock::kIdBase)),
                 std::int64_t(0));
        QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM fact_row f JOIN fact_key k ON k.key_hash = f.key_hash "
                                        "WHERE k.block_id <> 0")),
                 std::int64_t(0));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_rows;
    std::unique_ptr<Database> m_blocks;
};

QTEST_GUILESS_MAIN(TestFactBlocks)
#include "tst_fact_blocks.moc"
