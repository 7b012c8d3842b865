// tokenledger-cli sync against the fake provider servers: the CLI runs as its own process
// while this test's event loop serves the fake APIs on 127.0.0.1.
#include "FakeProviders.h"
#include "SyncTestHelpers.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

using namespace tl;
using namespace tl::test;

namespace {

// Runs the CLI without blocking this thread's event loop (the fake servers live on it). The
// environment has no session bus, so the keychain is unavailable and the variables are used.
CliRun runCliServing(const QStringList &arguments, const QHash<QString, QString> &env = {})
{
    return runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), arguments,
                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("XDG_RUNTIME_DIR"),
                       QStringLiteral("OPENAI_ADMIN_KEY"), QStringLiteral("ANTHROPIC_ADMIN_KEY"),
                       QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                       QStringLiteral("AWS_SESSION_TOKEN")},
                      env);
}

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(db());
        QFile::remove(db() + QStringLiteral("-wal"));
        QFile::remove(db() + QStringLiteral("-shm"));
    }

    void openAiSyncJsonAndIdempotence()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        server.addRow(QStringLiteral("completions"), utcDay(2026, 11, 2),
                      {{QStringLiteral("input_tokens"), 1000000},
                       {QStringLiteral("input_cached_tokens"), 400000},
                       {QStringLiteral("output_tokens"), 100000},
                       {QStringLiteral("num_model_requests"), 5},
                       {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                       {QStringLiteral("project_id"), QStringLiteral("proj_a")}});
        server.addRow(QStringLiteral("costs"), utcDay(2026, 11, 2),
                      {{QStringLiteral("amount"),
                        QJsonObject{{QStringLiteral("value"), 2.999999999},
                                    {QStringLiteral("currency"), QStringLiteral("usd")}}},
                       {QStringLiteral("line_item"), QStringLiteral("gpt-4o, input")}});
        const QHash<QString, QString> env{
            {QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(server.adminKey)}};
        const QStringList args{
            QStringLiteral("--db"),       db(),
            QStringLiteral("sync"),       QStringLiteral("openai"),
            QStringLiteral("--from"),     QStringLiteral("2026-11-01"),
            QStringLiteral("--to"),       QStringLiteral("2026-11-03"),
            QStringLiteral("--base-url"), server.baseUrl() + QStringLiteral("/v1"),
            QStringLiteral("--json")};
        const CliRun r = runCliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = json(r);
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(j.value(QStringLiteral("credentials")).toString(),
                 QStringLiteral("OPENAI_ADMIN_KEY"));
        QCOMPARE(j.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(j.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-03"));
        QCOMPARE(j.value(QStringLiteral("buckets")).toInt(), 12);
        QCOMPARE(j.value(QStringLiteral("facts_inserted")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("2.999999999"));
        QCOMPARE(j.value(QStringLiteral("computed_cost")).toString(), QStringLiteral("3.00"));

        const CliRun again = runCliServing(args, env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(json(again).value(QStringLiteral("facts_inserted")).toInt(), 0);
        QCOMPARE(json(again).value(QStringLiteral("facts_unchanged")).toInt(), 2);

        const CliRun summary = runCli(
            {QStringLiteral("--db"), db(), QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(summary.exitCode, 0);
        QCOMPARE(json(summary).value(QStringLiteral("billed_cost")).toString(),
                 QStringLiteral("2.999999999"));
        QVERIFY(!fileContains(db(), server.adminKey));
    }

    void anthropicAndAwsThroughTheCli()
    {
        FakeAnthropic anthropic;
        QVERIFY(anthropic.start());
        anthropic.costs[utcDay(2026, 11, 1)].append(
            QJsonObject{{QStringLiteral("amount"), QStringLiteral("1234.5")},
                        {QStringLiteral("currency"), QStringLiteral("USD")}});
        CliRun r = runCliServing(
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("anthropic"),
             QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-01"), QStringLiteral("--base-url"), anthropic.baseUrl(),
             QStringLiteral("--json")},
            {{QStringLiteral("ANTHROPIC_ADMIN_KEY"), QString::fromLatin1(anthropic.adminKey)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("12.345"));

        FakeAws aws;
        QVERIFY(aws.start());
        aws.sessionToken = "FwoGZXIvYXdzEFAKETOKEN";
        aws.addGroup(utcDay(2026, 11, 1), QStringLiteral("USE1-NovaLite-output-tokens"), QString(),
                     QStringLiteral("0.24"), QStringLiteral("1000"));
        r = runCliServing(
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("aws"),
             QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-01"), QStringLiteral("--base-url"), aws.baseUrl(),
             QStringLiteral("--json")},
            {{QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(aws.accessKeyId)},
             {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(aws.secretAccessKey)},
             {QStringLiteral("AWS_SESSION_TOKEN"), QString::fromLatin1(aws.sessionToken)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("0.24"));
        QCOMPARE(json(r).value(QStringLiteral("computed_cost")).toString(), QStringLiteral("0.24"));
        QVERIFY(!fileContains(db(), aws.secretAccessKey));
        QVERIFY(!fileContains(db(), aws.sessionToken));
        QVERIFY(!fileContains(db(), anthropic.adminKey));
    }

    void failuresNameTheCauseWithoutTheKey()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        const QStringList base{QStringLiteral("--db"),   db(),
                               QStringLiteral("sync"),   QStringLiteral("openai"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01")};
        CliRun r = runCliServing(
            base +
                QStringList{QStringLiteral("--base-url"), server.baseUrl() + QStringLiteral("/v1")},
            {{QStringLiteral("OPENAI_ADMIN_KEY"), QStringLiteral("sk-admin-wrong-secret-value")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Bad key"), r.err.constData());
        QVERIFY(!r.err.contains("wrong-secret-value"));
        QVERIFY(!r.out.contains("wrong-secret-value"));

        r = runCliServing(base + QStringList{QStringLiteral("--base-url"),
                                             server.baseUrl() + QStringLiteral("/v1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("OPENAI_ADMIN_KEY"), r.err.constData());

        r = runCliServing(base + QStringList{QStringLiteral("--base-url"),
                                             QStringLiteral("http://billing.example.com/v1")},
                          {{QStringLiteral("OPENAI_ADMIN_KEY"), QStringLiteral("sk-admin-x")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("TLS required"), r.err.constData());

        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        r = runCliServing(base + QStringList{QStringLiteral("--base-url"),
                                             QStringLiteral("http://127.0.0.1:%1/v1").arg(port)},
                          {{QStringLiteral("OPENAI_ADMIN_KEY"), QStringLiteral("sk-admin-x")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Network unreachable"), r.err.constData());
    }

    // The desktop app and the CLI run the same sync use case: a sync that cannot start for
    // want of a key is recorded with the connection as failed, with the cause, in both.
    void aMissingKeyIsRecordedAsAFailedSync()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        const CliRun r = runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                                        QStringLiteral("openai"), QStringLiteral("--base-url"),
                                        server.baseUrl() + QStringLiteral("/v1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("OPENAI_ADMIN_KEY"), r.err.constData());
        QVERIFY(server.requests().isEmpty());
        auto database = store::Database::open(db(), store::Database::Create::MustExist);
        QVERIFY(database.ok());
        auto connection = providers::ConnectionStore(**database).byName(QStringLiteral("openai"));
        QVERIFY(connection.ok());
        QVERIFY(connection->has_value());
        QCOMPARE((*connection)->lastStatus, QStringLiteral("failed"));
        QVERIFY((*connection)->lastSyncAt.has_value());
        QVERIFY2((*connection)->lastError.contains(QStringLiteral("OPENAI_ADMIN_KEY")),
                 qPrintable((*connection)->lastError));
    }

    // Every failure of `sync --json` is a JSON result on stdout, also one before the sync
    // starts (issue 24: a missing key printed nothing there).
    void everyJsonFailureIsJsonOnStdout()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        const QString url = server.baseUrl() + QStringLiteral("/v1");
        const QList<QStringList> runs = {
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("openai"),
             QStringLiteral("--base-url"), url, QStringLiteral("--json")},
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("google"),
             QStringLiteral("--json")},
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("openai"),
             QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--json")},
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("anthropic"),
             QStringLiteral("--connection"), QStringLiteral("openai"), QStringLiteral("--json")},
        };
        for (const QStringList &args : runs) {
            const CliRun r = runCliServing(args);
            QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(args.join(u' ')));
            const QJsonObject j = json(r);
            QVERIFY2(!j.isEmpty(), qPrintable(args.join(u' ') + u" printed: " +
                                              QString::fromUtf8(r.out)));
            QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
            QVERIFY(!j.value(QLatin1String("error")).toString().isEmpty());
            QVERIFY(!r.err.isEmpty()); // and said on stderr, as without --json
        }
        const QJsonObject missing = json(runCliServing(runs.first()));
        QVERIFY2(missing.value(QLatin1String("error")).toString().contains(
                     QLatin1String("OPENAI_ADMIN_KEY")),
                 qPrintable(missing.value(QLatin1String("error")).toString()));
        QCOMPARE(missing.value(QLatin1String("connection")).toString(), QStringLiteral("openai"));
        QVERIFY(server.requests().isEmpty());
    }

    void terminatingAStalledSyncRecordsItAsCancelled()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        server.addFault({Fault::Kind::Stall, 0, {}, {}, false});
        QProcess p;
        p.setProgram(QStringLiteral(TOKENLEDGER_CLI_PATH));
        p.setArguments({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                        QStringLiteral("openai"), QStringLiteral("--from"),
                        QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-11-02"), QStringLiteral("--base-url"),
                        server.baseUrl() + QStringLiteral("/v1")});
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        e.insert(QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(server.adminKey));
        p.setProcessEnvironment(e);
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10000); // the request that stalls
        p.terminate();                                                 // SIGTERM
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        QCOMPARE(p.state(), QProcess::NotRunning);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("Cancelled"), "no cancel message");
        auto database = store::Database::open(db(), store::Database::Create::MustExist);
        QVERIFY(database.ok());
        auto st = (*database)->connection().prepare("SELECT status FROM import_batch");
        QVERIFY(st.ok());
        QCOMPARE(st->step(), store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("cancelled"));
        QCOMPARE(*(*database)->connection().queryInt("SELECT count(*) FROM usage_fact"), 0);
    }

    void badCommandLines()
    {
        QCOMPARE(runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync")}).exitCode, 2);
        QCOMPARE(runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                                QStringLiteral("google")})
                     .exitCode,
                 2);
        QCOMPARE(runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                                QStringLiteral("openai"), QStringLiteral("--from"),
                                QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        QCOMPARE(runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                                QStringLiteral("openai"), QStringLiteral("--base-url"),
                                QStringLiteral("ftp://x")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
