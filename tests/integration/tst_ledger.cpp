// The team ledger against a real PostgreSQL that the test starts itself (PostgresServer):
// collectors' imports (idempotent, concurrent, killed half-way), desktops' pulls (incremental,
// tombstones, a dropped connection), and the URL rules. Skips where PostgreSQL is not installed.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "services/LedgerPullUseCase.h"
#include "store/Database.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/PgConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace tl;

namespace {

// LiteLLM spend-log lines: `count` requests from number `first` on, spread over three teams
// and over June and July 2025 (two monthly partitions).
QByteArray liteLlmLines(int first, int count)
{
    static const char *teams[] = {"search", "support", "research"};
    QByteArray out;
    out.reserve(qsizetype(count) * 260);
    for (int i = first; i < first + count; ++i) {
        const int day = 1 + (i % 50); // day 1..50 from June 1st: June and July
        const int month = day <= 30 ? 6 : 7;
        const int dom = day <= 30 ? day : day - 30;
        out += QStringLiteral("{\"request_id\":\"req-%1\",\"prompt_tokens\":%2,\"completion_tokens\":%3,"
                              "\"startTime\":\"2025-%4-%5T%6:%7:00Z\",\"model\":\"gpt-4o-mini\","
                              "\"custom_llm_provider\":\"openai\",\"user\":\"user%8\",\"team_id\":\"%9\","
                              "\"cache_key\":\"prompt-%10\"}\n")
                   .arg(i)
                   .arg(100 + i % 900)
                   .arg(10 + i % 300)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(dom, 2, 10, QLatin1Char('0'))
                   .arg(i % 24, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 7)
                   .arg(QLatin1String(teams[i % 3]))
                   .arg(i % 40)
                   .toUtf8();
    }
    return out;
}

QJsonObject json(const test::CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
    test::PostgresServer m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;

    // A fresh, empty PostgreSQL database for one test; its URL.
    QString newLedger()
    {
        const QString name = QStringLiteral("ledger%1").arg(++m_databases);
        QString why;
        if (!m_pg.createDatabase(name, &why))
            qWarning() << why;
        return m_pg.url(name);
    }
    QString file(const QString &name, int first, int count)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(liteLlmLines(first, count));
        return path;
    }
    QString localDb(const QString &name) const { return m_dir.filePath(name); }
    QString ledgerDbName() const { return QStringLiteral("ledger%1").arg(m_databases); }
    qint64 ledgerCount(const QString &sql) { return m_pg.psql(ledgerDbName(), sql).toLongLong(); }

    // The local summary of a database, for comparing two desktops.
    QJsonObject summary(const QString &db)
    {
        auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--from"),
                               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--group-by"), QStringLiteral("team"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QJsonObject j = json(r);
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
    }

    void importTwiceAddsNothing()
    {
        const QString url = newLedger();
        const QString f = file(QStringLiteral("a.jsonl"), 0, 600);
        auto init = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        auto r = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), localDb(QStringLiteral("prices.db")),
                               QStringLiteral("import"), f, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("imported")).toInt(), 600);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), 600);
        // Two months, two partitions.
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhparent = 'fact'::regclass")), 2);

        auto again = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"), f, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(json(again).value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(json(again).value(QStringLiteral("duplicates")).toInt(), 600);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), 600);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'done'")), 2);

        auto status = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("status"),
                                    QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(json(status).value(QStringLiteral("facts")).toInt(), 600);
    }

    void urlRules()
    {
        // A password in the URL is refused, and never echoed.
        auto r = test::runCli({QStringLiteral("--ledger"), QStringLiteral("postgresql://collector:s3cr3t@127.0.0.1/ledger"),
                               QStringLiteral("ledger"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("password"));
        QVERIFY(!r.err.contains("s3cr3t"));
        auto kv = store::ledger::LedgerAddress::parse(QStringLiteral("host=db.example.com dbname=l password=x"));
        QVERIFY(!kv);
        // A remote server is reached over TLS only.
        auto remote = store::ledger::LedgerAddress::parse(QStringLiteral("postgresql://c@db.example.com/l"));
        QVERIFY(remote);
        QVERIFY(!remote->local());
        bool requiresTls = false;
        for (const auto &p : remote->connectionParameters())
            requiresTls = requiresTls || (p.first == "sslmode" && p.second == "require");
        QVERIFY(requiresTls);
        QVERIFY(!store::ledger::LedgerAddress::parse(QStringLiteral("postgresql://c@db.example.com/l?sslmode=disable")));
        QVERIFY(store::ledger::LedgerAddress::parse(QStringLiteral("postgresql://c@127.0.0.1/l?sslmode=disable")));
        // Commands that only read the local database do not take --ledger.
        auto summaryRun = test::runCli({QStringLiteral("--ledger"), m_pg.url(QStringLiteral("postgres")),
                                        QStringLiteral("summary")});
        QCOMPARE(summaryRun.exitCode, 2);
    }

    void twoCollectorsAtOnce()
    {
        const QString url = newLedger();
        QVERIFY(test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode == 0);
        // Overlapping files: 0..2999 and 2000..4999, imported at the same moment.
        const QString a = file(QStringLiteral("c1.jsonl"), 0, 3000);
        const QString b = file(QStringLiteral("c2.jsonl"), 2000, 3000);
        QProcess p1, p2;
        p1.start(QStringLiteral(TOKENLEDGER_CLI_PATH), {QStringLiteral("--ledger"), url, QStringLiteral("import"), a, QStringLiteral("--json")});
        p2.start(QStringLiteral(TOKENLEDGER_CLI_PATH), {QStringLiteral("--ledger"), url, QStringLiteral("import"), b, QStringLiteral("--json")});
        QVERIFY(p1.waitForFinished(test::kSlowMachineMs));
        QVERIFY(p2.waitForFinished(test::kSlowMachineMs));
        const QByteArray err1 = p1.readAllStandardError(), err2 = p2.readAllStandardError();
        QVERIFY2(p1.exitCode() == 0 && p2.exitCode() == 0, QByteArray(err1 + err2).constData());
        QCOMPARE(p1.exitCode(), 0);
        QCOMPARE(p2.exitCode(), 0);
        const QJsonObject j1 = QJsonDocument::fromJson(p1.readAllStandardOutput()).object();
        const QJsonObject j2 = QJsonDocument::fromJson(p2.readAllStandardOutput()).object();
        const int imported = j1.value(QStringLiteral("imported")).toInt() + j2.value(QStringLiteral("imported")).toInt();
        const int duplicates = j1.value(QStringLiteral("duplicates")).toInt() + j2.value(QStringLiteral("duplicates")).toInt();
        QCOMPARE(imported, 5000);
        QCOMPARE(duplicates, 1000);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), 5000);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(DISTINCT change_seq) FROM fact")), 5000);
    }

    void collectorKilledMidWrite()
    {
        const QString url = newLedger();
        QVERIFY(test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode == 0);
        const QString big = file(QStringLiteral("big.jsonl"), 0, 400000);
        QProcess p;
        p.start(QStringLiteral(TOKENLEDGER_CLI_PATH), {QStringLiteral("--ledger"), url, QStringLiteral("import"), big});
        QVERIFY(p.waitForStarted());
        // Killed once it has started writing: its transaction has COPYed rows to its stage.
        const QString writing = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                               "'tokenledger' AND datname = '%1' AND xact_start IS NOT NULL "
                                               "AND query LIKE 'COPY ledger_stage%'")
                                    .arg(ledgerDbName());
        QTRY_VERIFY_WITH_TIMEOUT(m_pg.psql(ledgerDbName(), writing).toInt() >= 1 || p.state() == QProcess::NotRunning,
                                 test::kSlowMachineMs);
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed; make the file larger");
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        // The server notices the lost client and rolls its transaction back.
        const QString gone = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                            "'tokenledger' AND datname = '%1'")
                                 .arg(ledgerDbName());
        QTRY_COMPARE_WITH_TIMEOUT(m_pg.psql(ledgerDbName(), gone).toInt(), 0, test::kSlowMachineMs);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), 0);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM import_batch")), 0);
        // And the next run imports the file whole.
        const QString small = file(QStringLiteral("after.jsonl"), 0, 100);
        auto r = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"), small, QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("imported")).toInt(), 100);
    }

    void pullIntoTwoDesktops()
    {
        const QString url = newLedger();
        QVERIFY(test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode == 0);
        auto first = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"),
                                   file(QStringLiteral("p1.jsonl"), 0, 900), QStringLiteral("--json")});
        QCOMPARE(json(first).value(QStringLiteral("imported")).toInt(), 900);
        const QString deskA = localDb(QStringLiteral("desk-a.db"));
        const QString deskB = localDb(QStringLiteral("desk-b.db"));
        auto pullA = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), deskA, QStringLiteral("ledger"),
                                   QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pullA.exitCode == 0, pullA.err.constData());
        QCOMPARE(json(pullA).value(QStringLiteral("added")).toInt(), 900);
        // A second pull adds nothing.
        auto pullA2 = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), deskA, QStringLiteral("ledger"),
                                    QStringLiteral("pull"), QStringLiteral("--json")});
        QCOMPARE(json(pullA2).value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(json(pullA2).value(QStringLiteral("removed")).toInt(), 0);

        // Desktop B is offline while two more imports arrive and one is undone; A pulls in
        // between, B catches up at the end.
        auto second = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"),
                                    file(QStringLiteral("p2.jsonl"), 900, 300), QStringLiteral("--json")});
        QCOMPARE(json(second).value(QStringLiteral("imported")).toInt(), 300);
        auto pullA3 = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), deskA, QStringLiteral("ledger"),
                                    QStringLiteral("pull"), QStringLiteral("--json")});
        QCOMPARE(json(pullA3).value(QStringLiteral("added")).toInt(), 300);
        const qint64 secondBatch = json(second).value(QStringLiteral("files")).toArray().at(0).toObject()
                                       .value(QStringLiteral("batch")).toInteger();
        auto undo = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("undo"),
                                  QString::number(secondBatch), QStringLiteral("--json")});
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QCOMPARE(json(undo).value(QStringLiteral("removed")).toInt(), 300);
        auto third = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"),
                                   file(QStringLiteral("p3.jsonl"), 1200, 150), QStringLiteral("--json")});
        QCOMPARE(json(third).value(QStringLiteral("imported")).toInt(), 150);

        auto pullA4 = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), deskA, QStringLiteral("ledger"),
                                    QStringLiteral("pull"), QStringLiteral("--json")});
        QCOMPARE(json(pullA4).value(QStringLiteral("removed")).toInt(), 300);
        QCOMPARE(json(pullA4).value(QStringLiteral("added")).toInt(), 150);
        auto pullB = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), deskB, QStringLiteral("ledger"),
                                   QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pullB.exitCode == 0, pullB.err.constData());
        QCOMPARE(json(pullB).value(QStringLiteral("added")).toInt(), 1050);

        const QJsonObject a = summary(deskA);
        const QJsonObject b = summary(deskB);
        QCOMPARE(a.value(QStringLiteral("requests")).toInt(), 1050);
        QCOMPARE(a, b);
        // Every fact came with its prompt key (the savings finder's repeated prompts).
        auto deskDb = store::Database::open(deskA);
        QVERIFY(deskDb);
        QCOMPARE((*deskDb)->connection().queryInt("SELECT count(DISTINCT prompt_key) FROM usage_fact WHERE prompt_key <> 0").value(),
                 ledgerCount(QStringLiteral("SELECT count(DISTINCT prompt_key) FROM fact WHERE prompt_key <> 0")));
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(DISTINCT prompt_key) FROM fact")), 40);
        deskDb->reset();
        // The local rollups still match the facts after tombstones.
        auto check = test::runCli({QStringLiteral("--db"), deskA, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }

    void repriceReachesDesktops()
    {
        const QString url = newLedger();
        auto r = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), localDb(QStringLiteral("none.db")),
                               QStringLiteral("import"), file(QStringLiteral("rp.jsonl"), 0, 300), QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("imported")).toInt(), 300);
        const QString deskA = localDb(QStringLiteral("rp-a.db"));
        auto pull = [&](const QString &db) {
            return json(test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), db, QStringLiteral("ledger"),
                                      QStringLiteral("pull"), QStringLiteral("--json")}));
        };
        QCOMPARE(pull(deskA).value(QStringLiteral("added")).toInt(), 300);
        const QJsonObject before = summary(deskA);

        // The team ledger gets other prices for gpt-4o-mini (the collector's own database plays no
        // part: the ledger is priced with the ledger's prices).
        const QString prices = localDb(QStringLiteral("rp-prices.db"));
        auto cat = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("catalog"), QStringLiteral("import"),
                                 QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/custom-small.json")});
        QVERIFY2(cat.exitCode == 0, cat.err.constData());
        auto rp = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), prices, QStringLiteral("reprice"),
                                QStringLiteral("--json")});
        QVERIFY2(rp.exitCode == 0, rp.err.constData());
        QCOMPARE(json(rp).value(QStringLiteral("records")).toInt(), 300);
        QCOMPARE(json(rp).value(QStringLiteral("changed")).toInt(), 300);
        auto again = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("--db"), prices, QStringLiteral("reprice"),
                                   QStringLiteral("--json")});
        QCOMPARE(json(again).value(QStringLiteral("changed")).toInt(), 0);

        const QJsonObject pulled = pull(deskA);
        QCOMPARE(pulled.value(QStringLiteral("replaced")).toInt(), 300);
        QCOMPARE(pulled.value(QStringLiteral("added")).toInt(), 0);
        const QString deskB = localDb(QStringLiteral("rp-b.db"));
        QCOMPARE(pull(deskB).value(QStringLiteral("added")).toInt(), 300);
        const QJsonObject a = summary(deskA);
        QVERIFY(a.value(QStringLiteral("cost")) != before.value(QStringLiteral("cost")));
        QCOMPARE(a, summary(deskB));
    }

    void teamAnalystSeesOnlyTheirTeam()
    {
        const QString url = newLedger();
        const QString name = ledgerDbName();
        QVERIFY(test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode == 0);
        QString why;
        QVERIFY2(!m_pg.psql(name, QStringLiteral("CREATE ROLE collector1 LOGIN; CREATE ROLE alice LOGIN; "
                                                 "CREATE ROLE bob LOGIN"),
                            &why)
                      .isNull(),
                 qPrintable(why));
        auto grant = [&](const QStringList &args) {
            auto r = test::runCli(QStringList{QStringLiteral("--ledger"), url, QStringLiteral("ledger"),
                                              QStringLiteral("grant")} + args);
            if (r.exitCode != 0)
                qWarning() << r.err;
            return r.exitCode;
        };
        QCOMPARE(grant({QStringLiteral("collector"), QStringLiteral("collector1")}), 0);
        QCOMPARE(grant({QStringLiteral("analyst"), QStringLiteral("bob")}), 0);
        QCOMPARE(grant({QStringLiteral("team-analyst"), QStringLiteral("alice"), QStringLiteral("--team"),
                        QStringLiteral("search")}),
                 0);
        QCOMPARE(grant({QStringLiteral("team-analyst"), QStringLiteral("alice")}), 1); // no team
        QCOMPARE(grant({QStringLiteral("analyst"), QStringLiteral("nobody-here")}), 1);

        // The collector writes (its own login), 200 requests for each of three teams.
        auto r = test::runCli({QStringLiteral("--ledger"), m_pg.url(name, QStringLiteral("collector1")),
                               QStringLiteral("import"), file(QStringLiteral("t.jsonl"), 0, 600), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("imported")).toInt(), 600);

        // Hand-written SQL as the team analyst: only their team, whatever the query says.
        const QString alice = QStringLiteral("alice");
        QCOMPARE(m_pg.psqlAs(name, alice, QStringLiteral("SELECT count(*) FROM fact")), QStringLiteral("200"));
        QCOMPARE(m_pg.psqlAs(name, alice, QStringLiteral("SELECT count(*) FROM fact WHERE team <> 'search'")),
                 QStringLiteral("0"));
        QCOMPARE(m_pg.psqlAs(name, alice, QStringLiteral("SELECT string_agg(DISTINCT team, ',') FROM fact")),
                 QStringLiteral("search"));
        QVERIFY(m_pg.psqlAs(name, alice, QStringLiteral("SELECT count(*) FROM fact_202506"), &why).isNull());
        QVERIFY2(why.contains(u"permission denied"), qPrintable(why));
        QVERIFY(m_pg.psqlAs(name, alice, QStringLiteral("SET row_security = off; SELECT count(*) FROM fact"), &why).isNull());
        QVERIFY(m_pg.psqlAs(name, alice, QStringLiteral("SELECT count(*) FROM team_member"), &why).isNull());
        QVERIFY(m_pg.psqlAs(name, alice, QStringLiteral("INSERT INTO team_member VALUES ('alice', 'support')"), &why).isNull());
        QCOMPARE(m_pg.psqlAs(name, alice, QStringLiteral("SELECT count(*) FROM fact")), QStringLiteral("200"));
        // The analyst reads everything; the collector cannot remove anything.
        QCOMPARE(m_pg.psqlAs(name, QStringLiteral("bob"), QStringLiteral("SELECT count(*) FROM fact")), QStringLiteral("600"));
        QVERIFY(m_pg.psqlAs(name, QStringLiteral("collector1"), QStringLiteral("DELETE FROM fact"), &why).isNull());
        QVERIFY(m_pg.psqlAs(name, QStringLiteral("bob"), QStringLiteral("DELETE FROM fact"), &why).isNull());
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), 600);

        // The team analyst's desktop pulls only their team.
        const QString desk = localDb(QStringLiteral("desk-alice.db"));
        auto pulled = test::runCli({QStringLiteral("--ledger"), m_pg.url(name, alice), QStringLiteral("--db"), desk,
                                    QStringLiteral("ledger"), QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QCOMPARE(json(pulled).value(QStringLiteral("added")).toInt(), 200);
        QCOMPARE(summary(desk).value(QStringLiteral("requests")).toInt(), 200);
    }

    void droppedConnectionMidPull()
    {
        const QString url = newLedger();
        auto imported = test::runCli({QStringLiteral("--ledger"), url, QStringLiteral("import"),
                                      file(QStringLiteral("d.jsonl"), 0, 1000), QStringLiteral("--json")});
        QCOMPARE(json(imported).value(QStringLiteral("imported")).toInt(), 1000);
        auto address = store::ledger::LedgerAddress::parse(url);
        QVERIFY(address);
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);

        services::LedgerPullUseCase pull(*db);
        pull.setChunkSize(100);
        int chunks = 0;
        pull.setAfterChunk([&](store::ledger::PgConnection &c) {
            if (++chunks == 3) // the server ends this connection (a network drop, a restart)
                m_pg.psql(ledgerDbName(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(c.backendPid()));
        });
        auto dropped = pull.run(*address);
        QVERIFY(!dropped);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 0);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM ledger_subscription").value(), 0);

        services::LedgerPullUseCase again(*db);
        auto done = again.run(*address);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(done->counts.added, 1000);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
