// The desktop's subscription to a team ledger (services/LedgerSubscriptionService) against a
// real PostgreSQL that the test starts itself (PostgresServer): new data arrives through
// LISTEN/NOTIFY without a pull by hand, two subscribed desktops end with identical totals, and
// a dropped LISTEN connection is opened again and still brings the next change. Skips where
// PostgreSQL is not installed.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "providers/CredentialStore.h"
#include "services/LedgerSubscriptionService.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace tl;
using services::LedgerSubscriptionService;

namespace {

// LiteLLM spend-log lines: `count` requests from number `first` on, over three teams in June 2025.
QByteArray liteLlmLines(int first, int count)
{
    static const char *teams[] = {"search", "support", "research"};
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += QStringLiteral("{\"request_id\":\"sub-%1\",\"prompt_tokens\":%2,\"completion_tokens\":%3,"
                              "\"startTime\":\"2025-06-%4T%5:00:00Z\",\"model\":\"gpt-4o-mini\","
                              "\"custom_llm_provider\":\"openai\",\"user\":\"user%6\",\"team_id\":\"%7\"}\n")
                   .arg(i)
                   .arg(100 + i % 900)
                   .arg(10 + i % 300)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 24, 2, 10, QLatin1Char('0'))
                   .arg(i % 7)
                   .arg(QLatin1String(teams[i % 3]))
                   .toUtf8();
    return out;
}

qint64 factCount(store::Database &db)
{
    auto n = db.connection().queryInt("SELECT count(*) FROM usage_fact");
    return n ? *n : -1;
}

// A desktop: its database and its subscription service.
struct Desktop
{
    std::unique_ptr<store::Database> db;
    std::shared_ptr<providers::MemoryCredentialStore> keychain = std::make_shared<providers::MemoryCredentialStore>();
    std::unique_ptr<LedgerSubscriptionService> service;
    QList<LedgerSubscriptionService::Link> links; // every link state it went through
};

} // namespace

class TestLedgerSubscription : public QObject
{
    Q_OBJECT
    test::PostgresServer m_pg;
    QTemporaryDir m_dir;
    QString m_url;
    int m_files = 0;

    QString dbName() const { return QStringLiteral("subscribed"); }

    // A collector's import of `count` new records into the ledger.
    void collectorImports(int first, int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("collector-%1.jsonl").arg(++m_files));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(liteLlmLines(first, count));
        f.close();
        auto r = test::runCli({QStringLiteral("--ledger"), m_url, QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), count);
    }

    std::unique_ptr<Desktop> subscribedDesktop(const QString &name)
    {
        auto d = std::make_unique<Desktop>();
        d->db = test::openTempDatabase(m_dir, name);
        if (!d->db)
            return nullptr;
        d->service = std::make_unique<LedgerSubscriptionService>(d->keychain);
        d->service->setReconnectDelays(200, 1000);
        d->service->setDatabase(d->db.get());
        Desktop *raw = d.get();
        connect(d->service.get(), &LedgerSubscriptionService::stateChanged, this,
                [raw] { raw->links.append(raw->service->link()); });
        if (Status s = d->service->subscribe(m_url, "a password for the keychain"); !s) {
            qWarning() << s.error().message;
            return nullptr;
        }
        return d;
    }

    QJsonObject summary(const QString &db)
    {
        auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--from"),
                               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--group-by"), QStringLiteral("team"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QJsonObject j = QJsonDocument::fromJson(r.out).object();
        j.remove(QStringLiteral("database"));
        return j;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (test::PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); ./build.sh deps installs it");
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        QVERIFY2(m_pg.createDatabase(dbName(), &why), qPrintable(why));
        m_url = m_pg.url(dbName());
        auto init = test::runCli({QStringLiteral("--ledger"), m_url, QStringLiteral("ledger"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void refusesUnsafeUrls()
    {
        auto db = test::openTempDatabase(m_dir, QStringLiteral("refused.db"));
        QVERIFY(db);
        auto keychain = std::make_shared<providers::MemoryCredentialStore>();
        LedgerSubscriptionService service(keychain);
        service.setDatabase(db.get());
        Status withPassword = service.subscribe(QStringLiteral("postgresql://alice:s3cr3t@127.0.0.1/ledger"), "x");
        QVERIFY(!withPassword);
        QVERIFY(withPassword.error().message.contains(QLatin1String("password")));
        QVERIFY(!withPassword.error().message.contains(QLatin1String("s3cr3t")));
        Status noTls = service.subscribe(QStringLiteral("postgresql://alice@db.example.com/l?sslmode=disable"), "x");
        QVERIFY(!noTls);
        QVERIFY(noTls.error().message.contains(QLatin1String("TLS")));
        QVERIFY(!service.isSubscribed());
        QVERIFY(keychain->keys().isEmpty());
        QVERIFY(db->setting(QStringLiteral("ledger-subscription-url")).isEmpty());
        QCOMPARE(LedgerSubscriptionService::userOf(QStringLiteral("postgresql://alice@db.example.com/team")).value(),
                 QStringLiteral("alice"));
    }

    void newDataArrivesWithoutAPullByHand()
    {
        collectorImports(0, 400);
        auto a = subscribedDesktop(QStringLiteral("desk-a.db"));
        QVERIFY(a);
        // The URL is a setting of the database, the password only in the keychain.
        QCOMPARE(a->db->setting(QStringLiteral("ledger-subscription-url")), m_url);
        QCOMPARE(a->keychain->read(a->service->passwordItem()).value().value_or(QByteArray()),
                 QByteArray("a password for the keychain"));
        QCOMPARE(a->db->connection().queryInt("SELECT count(*) FROM setting WHERE value LIKE '%password for%'").value(), 0);
        // Subscribing pulls what the ledger has.
        QTRY_COMPARE_WITH_TIMEOUT(a->service->totalRecords(), 400, test::kSlowMachineMs);
        QCOMPARE(factCount(*a->db), 400);
        QTRY_COMPARE_WITH_TIMEOUT(a->service->link(), LedgerSubscriptionService::Link::Listening, test::kSlowMachineMs);

        // A collector writes; the notice brings it in, nobody calls pull.
        QSignalSpy pulls(a->service.get(), &LedgerSubscriptionService::pullFinished);
        collectorImports(400, 250);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*a->db), 650, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(a->service->totalRecords(), 650, test::kSlowMachineMs);
        QCOMPARE(a->service->lastPullRecords(), 250);
        QVERIFY(a->service->lastError().isEmpty());
        QVERIFY(a->service->lastPullAt().isValid());
        QVERIFY(!pulls.isEmpty());
        QCOMPARE(pulls.last().at(0).toBool(), true);
        QCOMPARE(pulls.last().at(1).toBool(), true);

        // A second desktop subscribed to the same ledger ends with identical totals.
        auto b = subscribedDesktop(QStringLiteral("desk-b.db"));
        QVERIFY(b);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*b->db), 650, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(b->service->link(), LedgerSubscriptionService::Link::Listening, test::kSlowMachineMs);
        collectorImports(650, 100);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*a->db), 750, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*b->db), 750, test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!a->service->isPulling() && !b->service->isPulling(), test::kSlowMachineMs);
        const QJsonObject sa = summary(a->db->path());
        const QJsonObject sb = summary(b->db->path());
        QCOMPARE(sa.value(QStringLiteral("requests")).toInt(), 750);
        QCOMPARE(sa, sb);

        // The LISTEN session is ended by the server: the service says so, connects again and
        // still gets the next change.
        const int pid = a->service->listenerBackendPid();
        QVERIFY(pid > 0);
        a->links.clear();
        QCOMPARE(m_pg.psql(dbName(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)), QStringLiteral("t"));
        QTRY_VERIFY_WITH_TIMEOUT(a->links.contains(LedgerSubscriptionService::Link::Reconnecting), test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(a->service->listenerBackendPid() > 0 && a->service->listenerBackendPid() != pid,
                                 test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(a->service->link(), LedgerSubscriptionService::Link::Listening, test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!a->service->isPulling(), test::kSlowMachineMs);
        collectorImports(750, 30);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*a->db), 780, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(a->service->totalRecords(), 780, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*b->db), 780, test::kSlowMachineMs);

        // Unsubscribed: the URL and the password go, the data stays, nothing more arrives.
        QVERIFY(a->service->unsubscribe());
        QVERIFY(a->keychain->keys().isEmpty());
        QVERIFY(a->db->setting(QStringLiteral("ledger-subscription-url")).isEmpty());
        QCOMPARE(a->service->link(), LedgerSubscriptionService::Link::Off);
        collectorImports(780, 20);
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*b->db), 800, test::kSlowMachineMs);
        QCOMPARE(factCount(*a->db), 780);
    }

    void burstsOfNoticesBecomeFewPulls()
    {
        auto c = subscribedDesktop(QStringLiteral("desk-c.db"));
        QVERIFY(c);
        QTRY_COMPARE_WITH_TIMEOUT(c->service->link(), LedgerSubscriptionService::Link::Listening, test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(c->service->lastPullAt().isValid() && !c->service->isPulling(), test::kSlowMachineMs);
        QSignalSpy pulls(c->service.get(), &LedgerSubscriptionService::pullFinished);
        // Twenty notices at once (as twenty small writes would send): one pull runs, one is
        // queued behind it, no more.
        QString sql;
        for (int i = 0; i < 20; ++i)
            sql += QStringLiteral("SELECT pg_notify('tokenledger_changes', '%1');").arg(i);
        m_pg.psql(dbName(), sql);
        QTRY_VERIFY_WITH_TIMEOUT(pulls.count() >= 1, test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!c->service->isPulling(), test::kSlowMachineMs);
        QTest::qWait(500);
        QVERIFY2(pulls.count() <= 2, qPrintable(QString::number(pulls.count())));
    }

    void aReadReplicaIsPolled()
    {
        // Analysts are often pointed at a read replica. A hot standby refuses LISTEN ("during
        // recovery"): the desktop says so, polls instead, and still follows the collector,
        // whose writes reach the replica by streaming replication.
        test::PostgresServer standby;
        QString why;
        QVERIFY2(standby.startStandbyOf(m_pg, &why), qPrintable(why));
        const int before = m_pg.psql(dbName(), QStringLiteral("SELECT count(*) FROM fact")).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(standby.psql(dbName(), QStringLiteral("SELECT count(*) FROM fact")).toInt(), before,
                                  test::kSlowMachineMs);

        auto db = test::openTempDatabase(m_dir, QStringLiteral("replica.db"));
        QVERIFY(db);
        LedgerSubscriptionService service(std::make_shared<providers::MemoryCredentialStore>());
        service.setReconnectDelays(200, 1000);
        service.setPollInterval(300);
        service.setDatabase(db.get());
        QVERIFY(service.subscribe(standby.url(dbName()), {}));
        QTRY_COMPARE_WITH_TIMEOUT(service.link(), LedgerSubscriptionService::Link::Polling, test::kSlowMachineMs);
        QVERIFY2(service.linkError().contains(QLatin1String("LISTEN")), qPrintable(service.linkError()));
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*db), before, test::kSlowMachineMs);

        collectorImports(5000, 40); // on the primary
        QTRY_COMPARE_WITH_TIMEOUT(factCount(*db), before + 40, test::kSlowMachineMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.totalRecords(), before + 40, test::kSlowMachineMs);
        QVERIFY2(service.lastError().isEmpty(), qPrintable(service.lastError()));
        QCOMPARE(service.link(), LedgerSubscriptionService::Link::Polling);
        QVERIFY(service.unsubscribe());
    }

    void aLedgerThatCannotBeReachedIsNamed()
    {
        auto db = test::openTempDatabase(m_dir, QStringLiteral("unreachable.db"));
        QVERIFY(db);
        LedgerSubscriptionService service(std::make_shared<providers::MemoryCredentialStore>());
        service.setReconnectDelays(200, 400);
        service.setDatabase(db.get());
        const QString url = m_pg.url(QStringLiteral("no_such_ledger"));
        QVERIFY(service.subscribe(url, {}));
        QTRY_COMPARE_WITH_TIMEOUT(service.link(), LedgerSubscriptionService::Link::Reconnecting, test::kSlowMachineMs);
        QVERIFY2(service.linkError().contains(QLatin1String("no_such_ledger")), qPrintable(service.linkError()));
        QVERIFY(service.retryInMs() > 0);
        service.pullNow();
        QTRY_VERIFY_WITH_TIMEOUT(!service.lastError().isEmpty(), test::kSlowMachineMs);
        QVERIFY2(service.lastError().contains(QLatin1String("does not exist")), qPrintable(service.lastError()));
        QVERIFY(!service.lastPullAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestLedgerSubscription)
#include "tst_ledger_subscription.moc"
