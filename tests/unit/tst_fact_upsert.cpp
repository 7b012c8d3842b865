// FactStore::upsertFacts: insert new keys, leave identical facts alone, replace changed ones,
// remove stale ones in scope, and keep the rollups equal to the facts throughout. Also the
// credential helpers: in-memory store, AWS secret encoding, and a keychain that fails fast
// where no session bus exists.
#include "TestSupport.h"

#include "providers/Connection.h"
#include "providers/ConnectionSecrets.h"
#include "providers/CredentialStore.h"
#include "store/FactStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tl;
using namespace tl::store;
using namespace tl::providers;

namespace {

UsageFact fact(const QString &key, std::int64_t start, std::int64_t input,
               std::optional<Money> billed = {})
{
    UsageFact f;
    f.recordKey = key;
    f.start = start;
    f.bucket = BucketWidth::Day;
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4o");
    f.tokens.uncachedInput = input;
    f.cost.uncachedInput = Money::fromNanos(input * 2500);
    f.billedCost = billed;
    return f;
}

std::int64_t one(Database &db, const char *sql)
{
    auto v = db.connection().queryInt(sql);
    return v ? *v : -1;
}

} // namespace

class TestFactUpsert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A removed connection's id is never given to a new one: the id names the records it
    // synced ("api:<id>:…") and its keychain entry.
    void connectionIdsAreNeverReused()
    {
        auto db = Database::openInMemory();
        QVERIFY(db.ok());
        providers::ConnectionStore connections(**db);
        providers::Connection c;
        c.provider = QStringLiteral("openai");
        c.name = QStringLiteral("first");
        c.baseUrl = QStringLiteral("https://api.openai.com");
        auto first = connections.save(c);
        QVERIFY(first.ok());
        QVERIFY(connections.remove(*first).ok());
        c.name = QStringLiteral("second");
        auto second = connections.save(c);
        QVERIFY(second.ok());
        QVERIFY(*second > *first);
    }

    void upsertInsertsReplacesKeepsAndRemoves()
    {
        auto db = Database::openInMemory();
        QVERIFY(db.ok());
        Database &d = **db;
        FactStore store(d);
        auto batch = store.beginBatch(QStringLiteral("openai-api"), QStringLiteral("conn"));
        QVERIFY(batch.ok());
        const std::int64_t day = 86400 * 20000;
        {
            Transaction tx(d.connection());
            const std::vector<UsageFact> first{
                fact(QStringLiteral("api:1:a"), day, 100),
                fact(QStringLiteral("api:1:b"), day, 200),
                fact(QStringLiteral("api:1:c"), day + 86400, 300, Money::fromCents(7))};
            auto s = store.upsertFacts(*batch, first);
            QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
            QCOMPARE(s->inserted, 3);
            QVERIFY(tx.commit().ok());
        }
        {
            Transaction tx(d.connection());
            // a unchanged, b changed, c gone (in scope), d new; a fact of another connection stays.
            auto other = store.upsertFacts(
                *batch, std::vector<UsageFact>{fact(QStringLiteral("api:2:z"), day, 5)});
            QVERIFY(other.ok());
            const std::vector<UsageFact> second{fact(QStringLiteral("api:1:a"), day, 100),
                                                fact(QStringLiteral("api:1:b"), day, 250),
                                                fact(QStringLiteral("api:1:d"), day, 1)};
            const FactStore::StaleScope scope{QStringLiteral("api:1:"), day, day + 2 * 86400};
            auto s = store.upsertFacts(*batch, second, &scope);
            QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
            QCOMPARE(s->unchanged, 1);
            QCOMPARE(s->replaced, 1);
            QCOMPARE(s->removed, 1);
            QCOMPARE(s->inserted, 1);
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(one(d, "SELECT count(*) FROM usage_fact"), 4);
        QCOMPARE(one(d, "SELECT sum(input_tokens) FROM usage_fact"), 100 + 250 + 1 + 5);
        QCOMPARE(one(d, "SELECT sum(input_tokens) FROM rollup_day"), 100 + 250 + 1 + 5);
        QCOMPARE(one(d, "SELECT sum(input_tokens) FROM rollup_hour"), 100 + 250 + 1 + 5);
        QCOMPARE(one(d, "SELECT sum(cost_input) FROM rollup_day"),
                 one(d, "SELECT sum(cost_input) FROM usage_fact"));
        QCOMPARE(one(d, "SELECT sum(facts) FROM rollup_day"), 4);
        QCOMPARE(one(d, "SELECT coalesce(sum(billed_cost), 0) FROM rollup_day"),
                 0); // c's billed cost went with it
    }

    void billedNullAndZeroDiffer()
    {
        auto db = Database::openInMemory();
        QVERIFY(db.ok());
        FactStore store(**db);
        auto batch = store.beginBatch(QStringLiteral("aws-api"), QStringLiteral("conn"));
        Transaction tx((*db)->connection());
        QVERIFY(store.upsertFacts(*batch, std::vector<UsageFact>{fact(QStringLiteral("k"), 0, 1)})
                    .ok());
        auto s = store.upsertFacts(
            *batch, std::vector<UsageFact>{fact(QStringLiteral("k"), 0, 1, Money())});
        QVERIFY(s.ok());
        QCOMPARE(s->replaced, 1);
        QCOMPARE(one(**db, "SELECT billed_facts FROM rollup_day"), 1);
    }

    void upsertNeedsATransaction()
    {
        auto db = Database::openInMemory();
        QVERIFY(db.ok());
        FactStore store(**db);
        QVERIFY(!store.upsertFacts(1, std::vector<UsageFact>{}).ok());
    }

    void credentialEncoding()
    {
        Credentials aws;
        aws.aws = {"AKID", "se/cret+", "tok"};
        const Credentials back =
            decodeCredentials(QStringLiteral("aws"), encodeCredentials(QStringLiteral("aws"), aws));
        QCOMPARE(back.aws.accessKeyId, QByteArray("AKID"));
        QCOMPARE(back.aws.secretAccessKey, QByteArray("se/cret+"));
        QCOMPARE(back.aws.sessionToken, QByteArray("tok"));
        QCOMPARE(decodeCredentials(QStringLiteral("openai"), "sk-admin-x\n").apiKey,
                 QByteArray("sk-admin-x"));
    }

    void storeFirstThenEnvironment()
    {
        MemoryCredentialStore store;
        providers::Connection c;
        c.id = 7;
        c.provider = QStringLiteral("anthropic");
        c.name = QStringLiteral("claude");
        qputenv("ANTHROPIC_ADMIN_KEY", "sk-ant-admin-from-env");
        QString source;
        const QString databaseId = QStringLiteral("0c6f4a52-test");
        auto r = resolveCredentials(&store, databaseId, c, &source);
        QVERIFY(r.ok());
        QCOMPARE(r->apiKey, QByteArray("sk-ant-admin-from-env"));
        QCOMPARE(source, QStringLiteral("ANTHROPIC_ADMIN_KEY"));
        Credentials stored;
        stored.apiKey = "sk-ant-admin-stored";
        QVERIFY(ConnectionSecrets(&store, databaseId).save(c, stored).ok());
        r = resolveCredentials(&store, databaseId, c, &source);
        QCOMPARE(r->apiKey, QByteArray("sk-ant-admin-stored"));
        QCOMPARE(source, QStringLiteral("keychain"));
        store.setUnavailable(QStringLiteral("keychain locked"));
        r = resolveCredentials(&store, databaseId, c, &source);
        QCOMPARE(r->apiKey, QByteArray("sk-ant-admin-from-env"));
        qunsetenv("ANTHROPIC_ADMIN_KEY");
        r = resolveCredentials(&store, databaseId, c, &source);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("ANTHROPIC_ADMIN_KEY")),
                 qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QLatin1String("keychain locked")));
    }

    // Issue 24: items name the database, and a key is only handed out for the provider and
    // base URL it was saved for.
    void keysNeverCrossDatabasesOrAddresses()
    {
        MemoryCredentialStore store;
        providers::Connection openai;
        openai.id = 1;
        openai.provider = QStringLiteral("openai");
        openai.name = QStringLiteral("openai");
        openai.baseUrl = QStringLiteral("https://api.openai.com/v1");
        providers::Connection anthropic = openai;
        anthropic.provider = QStringLiteral("anthropic");
        anthropic.name = QStringLiteral("claude");
        anthropic.baseUrl = QStringLiteral("https://api.anthropic.com");
        Credentials a, b;
        a.apiKey = "sk-admin-first";
        b.apiKey = "sk-ant-admin-second";
        ConnectionSecrets first(&store, QStringLiteral("db-one"));
        ConnectionSecrets second(&store, QStringLiteral("db-two"));
        QVERIFY(first.save(openai, a).ok());
        QVERIFY(second.save(anthropic, b).ok()); // the same connection id, another database
        QCOMPARE(store.keys().size(), 2);
        QCOMPARE((*first.load(openai))->apiKey, a.apiKey);
        QCOMPARE((*second.load(anthropic))->apiKey, b.apiKey);
        QVERIFY(!(*ConnectionSecrets(&store, QStringLiteral("db-three")).load(openai)));

        // Another database's item under this connection's name would be refused too.
        auto crossed = second.load(openai);
        QVERIFY(!crossed.ok());
        QVERIFY2(crossed.errorMessage().contains(QLatin1String("not sent")),
                 qPrintable(crossed.errorMessage()));
        providers::Connection elsewhere = openai;
        elsewhere.baseUrl = QStringLiteral("https://proxy.example.com/v1");
        auto refused = first.load(elsewhere);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.errorMessage().contains(QLatin1String("sk-admin-first")));
        QVERIFY(first.load(openai).ok());
        providers::Connection trailingSlash = openai;
        trailingSlash.baseUrl += u'/';
        QVERIFY(first.load(trailingSlash).ok()); // the same address

        // An edit of the base URL takes the key along; the old address no longer gets it.
        QVERIFY(first.rebind(openai, elsewhere).ok());
        QCOMPARE((*first.load(elsewhere))->apiKey, a.apiKey);
        QVERIFY(!first.load(openai).ok());

        QVERIFY(first.forget(elsewhere).ok());
        QVERIFY(!(*first.load(elsewhere)));
        QCOMPARE((*second.load(anthropic))->apiKey, b.apiKey);
    }

    void olderItemsMoveOnlyWhenTheyFit()
    {
        MemoryCredentialStore store;
        auto db = store::Database::openInMemory();
        QVERIFY(db.ok());
        providers::Connection openai;
        openai.provider = QStringLiteral("openai");
        openai.name = QStringLiteral("openai");
        openai.baseUrl = QStringLiteral("https://api.openai.com/v1");
        providers::Connection aws = openai;
        aws.provider = QStringLiteral("aws");
        aws.name = QStringLiteral("aws");
        aws.baseUrl = QStringLiteral("https://ce.us-east-1.amazonaws.com");
        openai.id = *providers::ConnectionStore(**db).save(openai);
        aws.id = *providers::ConnectionStore(**db).save(aws);
        QVERIFY(store.write(ConnectionSecrets::legacyItemKey(openai.id), "sk-admin-old").ok());
        QVERIFY(store.write(ConnectionSecrets::legacyItemKey(aws.id), "sk-ant-admin-not-aws").ok());

        auto id = prepareConnectionSecrets(**db, &store);
        QVERIFY(id.ok() && !id->isEmpty());
        ConnectionSecrets secrets(&store, *id);
        QCOMPARE((*secrets.load(openai))->apiKey, QByteArray("sk-admin-old"));
        QVERIFY(!store.keys().contains(ConnectionSecrets::legacyItemKey(openai.id)));
        QVERIFY(!(*secrets.load(aws)));                                         // did not fit
        QVERIFY(store.keys().contains(ConnectionSecrets::legacyItemKey(aws.id))); // left alone

        // Checked once: the database's id stays, and a later older item is not taken.
        QVERIFY(store.write(ConnectionSecrets::legacyItemKey(openai.id), "sk-admin-later").ok());
        QVERIFY(secrets.forget(openai).ok());
        auto again = prepareConnectionSecrets(**db, &store);
        QCOMPARE(*again, *id);
        QVERIFY(!(*secrets.load(openai)));

        // A database that had no connections when first opened never takes older items.
        auto fresh = store::Database::openInMemory();
        QVERIFY(fresh.ok());
        auto freshId = prepareConnectionSecrets(**fresh, &store);
        QVERIFY(freshId.ok() && *freshId != *id);
        providers::Connection later = openai;
        later.id = *providers::ConnectionStore(**fresh).save(later);
        QCOMPARE(later.id, openai.id);
        QVERIFY(prepareConnectionSecrets(**fresh, &store).ok());
        QVERIFY(!(*ConnectionSecrets(&store, *freshId).load(later)));
    }

    void keychainFailsFastWithoutASessionBus()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QTemporaryDir().path().toUtf8()); // no bus socket there
        KeychainCredentialStore keychain;
        QElapsedTimer t;
        t.start();
        auto r = keychain.read(QStringLiteral("connection-1"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QLatin1String("unavailable")));
        QVERIFY(!keychain.write(QStringLiteral("connection-1"), "secret").ok());
        QVERIFY2(t.elapsed() < 1000, "the keychain lookup should fail at once");
    }
};

QTEST_GUILESS_MAIN(TestFactUpsert)
#include "tst_fact_upsert.moc"
