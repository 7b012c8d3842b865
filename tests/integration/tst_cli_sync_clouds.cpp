// tokenledger-cli sync azure|google against the fake servers: the CLI runs as its own process
// while this test's event loop serves the fake APIs on 127.0.0.1. Options are saved with
// --set, secrets come from the environment and never reach the database.
#include "FakeAzure.h"
#include "FakeBigQuery.h"
#include "CliOutput.h"
#include "SyncTestHelpers.h"

#include <QFile>
#include <QJsonDocument>

using namespace tl;
using namespace tl::test;

namespace {

CliRun runCliServing(const QStringList &arguments, const QHash<QString, QString> &env = {})
{
    return runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), arguments,
                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("XDG_RUNTIME_DIR"),
                       QStringLiteral("AZURE_CLIENT_SECRET"),
                       QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"),
                       QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN")},
                      env);
}

} // namespace

class TestCliSyncClouds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("clouds.db")); }

private Q_SLOTS:
    void azureThroughTheCli()
    {
        FakeAzure server;
        QVERIFY(server.start());
        server.addRow(utcDay(2026, 11, 1), QStringLiteral("gpt 4o 0806 Inp glbl Tokens"),
                      QStringLiteral("/subscriptions/x/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a"),
                      2.5, 1000);
        server.addRow(utcDay(2026, 11, 1), QStringLiteral("Provisioned Managed Global Unit"),
                      QStringLiteral("/subscriptions/x/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a"),
                      12.0, 12);
        const QStringList args{QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("azure"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-02"), QStringLiteral("--base-url"), server.baseUrl(),
                               QStringLiteral("--json")};
        const QHash<QString, QString> env{{QStringLiteral("AZURE_CLIENT_SECRET"), QString::fromLatin1(server.clientSecret)}};
        CliRun r = runCliServing(args + QStringList{QStringLiteral("--set"), QStringLiteral("tenant_id=") + server.tenant,
                                                    QStringLiteral("--set"), QStringLiteral("client_id=") + server.clientId,
                                                    QStringLiteral("--set"), QStringLiteral("scope=") + server.scope},
                                 env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(test::cliJson(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("14.50"));
        QCOMPARE(test::cliJson(r).value(QStringLiteral("computed_cost")).toString(), QStringLiteral("2.50"));
        QCOMPARE(test::cliJson(r).value(QStringLiteral("facts_inserted")).toInt(), 2);
        // The options were saved: a second run needs none of them and adds nothing.
        r = runCliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(test::cliJson(r).value(QStringLiteral("facts_inserted")).toInt(), 0);
        QCOMPARE(test::cliJson(r).value(QStringLiteral("facts_unchanged")).toInt(), 2);
        QVERIFY(!test::databaseFilesContain(db(), server.clientSecret));
        // A secret is never taken as an option.
        r = runCliServing(args + QStringList{QStringLiteral("--set"), QStringLiteral("client_secret=abc")}, env);
        QCOMPARE(r.exitCode, 2);
    }

    void googleThroughTheCli()
    {
        FakeBigQuery server;
        QVERIFY(server.start());
        FakeBigQuery::Row row;
        row.day = QStringLiteral("2026-11-01");
        row.skuId = QStringLiteral("A1B2-0001");
        row.sku = QStringLiteral("Gemini 2.5 Pro Text Input - Predictions");
        row.projectId = QStringLiteral("proj-chat");
        row.usageAmount = QStringLiteral("2000000");
        row.cost = QStringLiteral("2.5");
        server.rows << row;
        const QStringList args{QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("google"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-02"), QStringLiteral("--base-url"),
                               server.baseUrl() + QStringLiteral("/bigquery/v2"), QStringLiteral("--json"),
                               QStringLiteral("--set"), QStringLiteral("table=") + server.table,
                               QStringLiteral("--set"), QStringLiteral("project_id=") + server.project};
        CliRun r = runCliServing(args, {{QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"), QString::fromLatin1(server.pastedToken)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(test::cliJson(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("2.50"));
        QCOMPARE(test::cliJson(r).value(QStringLiteral("computed_cost")).toString(), QStringLiteral("2.50"));
        QCOMPARE(test::cliJson(r).value(QStringLiteral("credentials")).toString(),
                 QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_OAUTH_ACCESS_TOKEN"));
        QVERIFY(!test::databaseFilesContain(db(), server.pastedToken));
    }
};

QTEST_GUILESS_MAIN(TestCliSyncClouds)
#include "tst_cli_sync_clouds.moc"
