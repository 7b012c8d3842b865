// The collector side of the team ledger against a real PostgreSQL (PostgresServer) and the
// fake provider servers: `tokenledger-cli --ledger URL sync` writes provider syncs to the
// ledger (idempotent, replacing changed and removing vanished buckets, two collectors at once),
// keys come from the environment and systemd credentials, and desktops pull exact totals.
// Skips where PostgreSQL is not installed.
#include "CliOutput.h"
#include "FakeProviders.h"
#include "PostgresServer.h"
#include "SyncTestHelpers.h"

#include "providers/Connection.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace tl;
using namespace tl::test;

namespace {

// Every variable a key could come from, removed so that only what a test sets counts.
const QStringList kKeyVariables{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("XDG_RUNTIME_DIR"),
                                QStringLiteral("OPENAI_ADMIN_KEY"),         QStringLiteral("ANTHROPIC_ADMIN_KEY"),
                                QStringLiteral("AWS_ACCESS_KEY_ID"),        QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                                QStringLiteral("AWS_SESSION_TOKEN"),        QStringLiteral("CREDENTIALS_DIRECTORY"),
                                QStringLiteral("TOKENLEDGER_LEDGER_PASSWORD")};

CliRun cli(const QStringList &arguments, const QHash<QString, QString> &env = {})
{
    return runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), arguments, kKeyVariables, env);
}

void addOpenAiDay(FakeOpenAi &server, qint64 day, int inputTokens, const QString &project, double billed)
{
    server.addRow(QStringLiteral("completions"), day,
                  {{QStringLiteral("input_tokens"), inputTokens},
                   {QStringLiteral("output_tokens"), inputTokens / 10},
                   {QStringLiteral("num_model_requests"), 5},
                   {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                   {QStringLiteral("project_id"), project}});
    server.addRow(QStringLiteral("costs"), day,
                  {{QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), billed},
                                                          {QStringLiteral("currency"), QStringLiteral("usd")}}},
                   {QStringLiteral("line_item"), QStringLiteral("gpt-4o, input")},
                   {QStringLiteral("project_id"), project}});
}

} // namespace

class TestLedgerCollector : public QObject
{
    Q_OBJECT
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newLedger()
    {
        const QString name = QStringLiteral("collector%1").arg(++m_databases);
        QString why;
        if (!m_pg.createDatabase(name, &why))
            qWarning() << why;
        return m_pg.url(name);
    }
    QString ledgerDbName() const { return QStringLiteral("collector%1").arg(m_databases); }
    QString ledgerValue(const QString &sql) { return m_pg.psql(ledgerDbName(), sql).trimmed(); }
    qint64 ledgerCount(const QString &sql) { return ledgerValue(sql).toLongLong(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A collector's local database with these connections saved (as the desktop app or an
    // earlier `sync PROVIDER` would have saved them).
    bool collectorDb(const QString &file, const QList<QPair<QString, QString>> &providerAndUrl,
                     const QStringList &names)
    {
        auto db = store::Database::open(file);
        if (!db)
            return false;
        providers::ConnectionStore connections(**db);
        for (int i = 0; i < providerAndUrl.size(); ++i) {
            providers::Connection c;
            c.provider = providerAndUrl[i].first;
            c.baseUrl = providerAndUrl[i].second;
            c.name = names.value(i);
            c.options = QJsonObject{{QStringLiteral("spend_limits"), false}};
            if (!connections.save(c))
                return false;
        }
        return true;
    }
    QJsonObject summary(const QString &db)
    {
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--from"),
                         QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                         QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return cliJson(r);
    }
    QString pull(const QString &db, const QString &url)
    {
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--ledger"), url, QStringLiteral("ledger"),
                         QStringLiteral("pull"), QStringLiteral("--json")});
        return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); ./build.sh deps installs it");
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
    }

    // `sync --all` into the ledger: every saved connection, keys from the environment and a
    // systemd credential; a second run adds nothing; a desktop pulls the exact billed totals.
    void syncAllTwiceAddsNothing()
    {
        FakeOpenAi openai;
        QVERIFY(openai.start());
        addOpenAiDay(openai, utcDay(2026, 11, 2), 1000000, QStringLiteral("proj_a"), 2.999999999);
        addOpenAiDay(openai, utcDay(2026, 11, 3), 200000, QStringLiteral("proj_b"), 0.5);
        FakeAnthropic anthropic;
        QVERIFY(anthropic.start());
        anthropic.costs[utcDay(2026, 11, 1)].append(QJsonObject{{QStringLiteral("amount"), QStringLiteral("1234.5")},
                                                                {QStringLiteral("currency"), QStringLiteral("USD")}});
        const QString local = path(QStringLiteral("collector-a.db"));
        QVERIFY(collectorDb(local,
                            {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")},
                             {QStringLiteral("anthropic"), anthropic.baseUrl()}},
                            {QStringLiteral("openai-prod"), QStringLiteral("anthropic-prod")}));
        // The Anthropic key as systemd hands it over (LoadCredential=connection-anthropic-prod:…).
        const QString credentials = path(QStringLiteral("credentials-a"));
        QVERIFY(QDir().mkpath(credentials));
        QFile key(credentials + QStringLiteral("/connection-anthropic-prod"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(anthropic.adminKey + '\n');
        key.close();
        const QHash<QString, QString> env{{QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(openai.adminKey)},
                                          {QStringLiteral("CREDENTIALS_DIRECTORY"), credentials}};
        const QString url = newLedger();
        const QStringList args{QStringLiteral("--db"),   local,
                               QStringLiteral("--ledger"), url,
                               QStringLiteral("sync"),   QStringLiteral("--all"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                               QStringLiteral("--to"),   QStringLiteral("2026-11-03"),
                               QStringLiteral("--json")};
        CliRun r = cli(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray runs = cliJson(r).value(QStringLiteral("connections")).toArray();
        QCOMPARE(runs.size(), 2);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : runs)
            byName.insert(v.toObject().value(QStringLiteral("connection")).toString(), v.toObject());
        QCOMPARE(byName.value(QStringLiteral("openai-prod")).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(byName.value(QStringLiteral("openai-prod")).value(QStringLiteral("credentials")).toString(),
                 QStringLiteral("OPENAI_ADMIN_KEY"));
        QCOMPARE(byName.value(QStringLiteral("anthropic-prod")).value(QStringLiteral("credentials")).toString(),
                 QStringLiteral("systemd credential connection-anthropic-prod"));
        const qint64 openAiFacts = byName.value(QStringLiteral("openai-prod")).value(QStringLiteral("facts_inserted")).toInteger();
        const qint64 anthropicFacts =
            byName.value(QStringLiteral("anthropic-prod")).value(QStringLiteral("facts_inserted")).toInteger();
        QVERIFY(openAiFacts >= 2);
        QVERIFY(anthropicFacts >= 1);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), openAiFacts + anthropicFacts);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact WHERE record_key NOT LIKE 'ledger-api:%'")), 0);
        // Billed: 2.999999999 + 0.5 (OpenAI) + 12.345 (Anthropic), in nanos.
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_cost) FROM fact")), Q_INT64_C(15844999999));
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'done'")), 2);
        QCOMPARE(ledgerValue(QStringLiteral("SELECT string_agg(last_status || ':' || (watermark IS NOT NULL), ',' ORDER BY "
                                            "name) FROM sync_connection")),
                 QStringLiteral("done:true,done:true"));
        const qint64 lastFactChange = ledgerCount(QStringLiteral("SELECT max(change_seq) FROM fact"));

        // Again: nothing new, nothing replaced, the ledger's facts untouched.
        r = cli(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        runs = cliJson(r).value(QStringLiteral("connections")).toArray();
        for (const QJsonValue &v : runs) {
            QCOMPARE(v.toObject().value(QStringLiteral("facts_inserted")).toInt(), 0);
            QCOMPARE(v.toObject().value(QStringLiteral("facts_replaced")).toInt(), 0);
            QCOMPARE(v.toObject().value(QStringLiteral("facts_removed")).toInt(), 0);
        }
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), openAiFacts + anthropicFacts);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT max(change_seq) FROM fact")), lastFactChange);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact_tombstone")), 0);

        // A desktop pulls exactly what the providers billed.
        const QString desktop = path(QStringLiteral("desktop-a.db"));
        QCOMPARE(pull(desktop, url), QString());
        const QJsonObject s = summary(desktop);
        QCOMPARE(s.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("15.844999999"));

        // No key anywhere in the ledger or the collector's database.
        for (const QByteArray &secret : {openai.adminKey, anthropic.adminKey}) {
            QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM sync_connection WHERE position('%1' in "
                                                "options || base_url || last_error) > 0")
                                     .arg(QString::fromLatin1(secret))),
                     0);
            QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM import_batch WHERE position('%1' in message) > 0")
                                     .arg(QString::fromLatin1(secret))),
                     0);
            QVERIFY(!databaseFilesContain(local, secret));
        }
    }

    // Anthropic's cost analytics give a list-price amount beside the discounted one: the
    // ledger keeps it (schema 5) and a desktop's pull brings it into the local database.
    void listCostReachesTheDesktops()
    {
        FakeAnthropic anthropic;
        QVERIFY(anthropic.start());
        const qint64 day = utcDay(2026, 11, 1);
        anthropic.usage[day].append(QJsonObject{
            {QStringLiteral("uncached_input_tokens"), 1000000},
            {QStringLiteral("output_tokens"), 100000},
            {QStringLiteral("api_key_id"), QStringLiteral("apikey_1")},
            {QStringLiteral("workspace_id"), QStringLiteral("wrkspc_a")},
            {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514")},
            {QStringLiteral("service_tier"), QStringLiteral("standard")}});
        // 10 % off: 405.00 cents billed, 450.00 cents at list price.
        anthropic.analyticsCosts[day] = QJsonArray{QJsonObject{
            {QStringLiteral("group"), QJsonObject{{QStringLiteral("workspace_id"), QStringLiteral("wrkspc_a")},
                                                  {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514")},
                                                  {QStringLiteral("cost_type"), QStringLiteral("tokens")},
                                                  {QStringLiteral("service_tier"), QStringLiteral("standard")}}},
            {QStringLiteral("cost"), QJsonObject{{QStringLiteral("amount"), QStringLiteral("405.00")},
                                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                                 {QStringLiteral("list_amount"), QStringLiteral("450.00")}}}}};
        const QString local = path(QStringLiteral("collector-list.db"));
        {
            auto db = store::Database::open(local);
            QVERIFY(db.ok());
            providers::ConnectionStore connections(**db);
            providers::Connection c;
            c.provider = QStringLiteral("anthropic");
            c.baseUrl = anthropic.baseUrl();
            c.name = QStringLiteral("anthropic-analytics");
            c.options = QJsonObject{{QStringLiteral("cost_analytics"), true}};
            QVERIFY(connections.save(c).ok());
        }
        const QString url = newLedger();
        CliRun r = cli({QStringLiteral("--db"), local, QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                        QStringLiteral("--all"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-11-02"), QStringLiteral("--json")},
                       {{QStringLiteral("ANTHROPIC_ADMIN_KEY"), QString::fromLatin1(anthropic.adminKey)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_cost) FROM fact")), Q_INT64_C(4050000000));
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_list_cost) FROM fact")), Q_INT64_C(4500000000));

        const QString desktop = path(QStringLiteral("desktop-list.db"));
        QCOMPARE(pull(desktop, url), QString());
        auto db = store::Database::open(desktop);
        QVERIFY(db.ok());
        QCOMPARE((*db)->connection().queryInt("SELECT sum(billed_list_cost) FROM usage_fact").value(),
                 Q_INT64_C(4500000000));
        QCOMPARE((*db)->connection().queryInt("SELECT sum(billed_cost) FROM usage_fact").value(), Q_INT64_C(4050000000));
    }

    // A re-read day with other figures replaces the ledger's fact (a new change number), a
    // bucket the provider no longer reports is removed, and a desktop follows both.
    void changedBucketsReplaceAndVanishedOnesGo()
    {
        FakeOpenAi openai;
        QVERIFY(openai.start());
        addOpenAiDay(openai, utcDay(2026, 11, 2), 1000000, QStringLiteral("proj_a"), 1.0);
        addOpenAiDay(openai, utcDay(2026, 11, 3), 1000000, QStringLiteral("proj_b"), 2.0);
        const QString local = path(QStringLiteral("collector-b.db"));
        QVERIFY(collectorDb(local, {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")}},
                            {QStringLiteral("openai-b")}));
        const QHash<QString, QString> env{{QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(openai.adminKey)}};
        const QString url = newLedger();
        const QStringList args{QStringLiteral("--db"),     local,
                               QStringLiteral("--ledger"), url,
                               QStringLiteral("sync"),     QStringLiteral("openai-b"),
                               QStringLiteral("--from"),   QStringLiteral("2026-11-01"),
                               QStringLiteral("--to"),     QStringLiteral("2026-11-04"),
                               QStringLiteral("--json")};
        CliRun r = cli(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cliJson(r).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const int first = cliJson(r).value(QStringLiteral("facts_inserted")).toInt();
        QCOMPARE(first, ledgerCount(QStringLiteral("SELECT count(*) FROM fact")));
        const QString desktop = path(QStringLiteral("desktop-b.db"));
        QCOMPARE(pull(desktop, url), QString());
        QCOMPARE(summary(desktop).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("3.00"));

        // The provider settles: November 2nd costs more, November 3rd's project is gone.
        openai.rows.clear();
        addOpenAiDay(openai, utcDay(2026, 11, 2), 1500000, QStringLiteral("proj_a"), 1.25);
        r = cli(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = cliJson(r);
        QVERIFY(j.value(QStringLiteral("facts_replaced")).toInt() >= 1);
        QVERIFY(j.value(QStringLiteral("facts_removed")).toInt() >= 1);
        QCOMPARE(j.value(QStringLiteral("facts_inserted")).toInt(), 0);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_cost) FROM fact")), Q_INT64_C(1250000000));
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact_tombstone")), j.value(QStringLiteral("facts_removed")).toInt());
        QCOMPARE(pull(desktop, url), QString());
        QCOMPARE(summary(desktop).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("1.25"));
        // The sync history is in the ledger, and `ledger status` lists it.
        auto status = runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("status"),
                              QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonArray imports = cliJson(status).value(QStringLiteral("imports")).toArray();
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("openai-api"));
        QCOMPARE(imports.first().toObject().value(QStringLiteral("file")).toString(), QStringLiteral("openai-b"));
    }

    // Two collectors (two machines, each with its own local database naming the connection
    // alike) syncing the same days at once store every bucket once.
    void twoCollectorsAtOnce()
    {
        FakeOpenAi openai;
        QVERIFY(openai.start());
        for (int d = 1; d <= 20; ++d)
            addOpenAiDay(openai, utcDay(2026, 10, d), 1000 * d, QStringLiteral("proj_%1").arg(d % 3), 0.01 * d);
        const QString url = newLedger();
        QVERIFY(runCli({QStringLiteral("--ledger"), url, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode == 0);
        QList<QProcess *> collectors;
        for (const QString &name : {QStringLiteral("collector-c1.db"), QStringLiteral("collector-c2.db")}) {
            QVERIFY(collectorDb(path(name), {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")}},
                                {QStringLiteral("openai-shared")}));
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &v : kKeyVariables)
                env.remove(v);
            env.insert(QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(openai.adminKey));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(TOKENLEDGER_CLI_PATH),
                     {QStringLiteral("--db"), path(name), QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                      QStringLiteral("--all"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-10-20"), QStringLiteral("--json")});
            collectors << p;
        }
        QTRY_VERIFY_WITH_TIMEOUT(collectors[0]->state() == QProcess::NotRunning
                                     && collectors[1]->state() == QProcess::NotRunning,
                                 kSlowMachineMs);
        qint64 inserted = 0;
        for (QProcess *p : collectors) {
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QJsonObject j = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            inserted += j.value(QStringLiteral("connections")).toArray().first().toObject().value(QStringLiteral("facts_inserted")).toInteger();
        }
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM fact")), inserted);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM sync_connection")), 1);
        // 0.01 + 0.02 + … + 0.20 dollars.
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_cost) FROM fact")), Q_INT64_C(2100000000));
        qDeleteAll(collectors);
    }

    // The team's budgets live in the ledger: `--ledger URL budgets add|list|check` keep and
    // evaluate them against the ledger's facts (alerts raised once, in the ledger), and a
    // desktop's pull brings them in as the ledger's, next to the analyst's own budgets.
    void budgetsInTheLedger()
    {
        FakeOpenAi openai;
        QVERIFY(openai.start());
        addOpenAiDay(openai, utcDay(2026, 11, 2), 1000000, QStringLiteral("proj_a"), 2.999999999);
        addOpenAiDay(openai, utcDay(2026, 11, 3), 200000, QStringLiteral("proj_b"), 0.5);
        const QString local = path(QStringLiteral("collector-e.db"));
        QVERIFY(collectorDb(local, {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")}},
                            {QStringLiteral("openai-e")}));
        const QString url = newLedger();
        CliRun r = cli({QStringLiteral("--db"), local, QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                        QStringLiteral("--all"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-11-03")},
                       {{QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(openai.adminKey)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto ledgerBudgets = [&](const QStringList &args) {
            return runCli(QStringList{QStringLiteral("--ledger"), url, QStringLiteral("budgets")} + args);
        };
        const QStringList november{QStringLiteral("--period"), QStringLiteral("custom"), QStringLiteral("--from"),
                                   QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")};
        r = ledgerBudgets(QStringList{QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Team total"),
                                      QStringLiteral("--amount"), QStringLiteral("3"), QStringLiteral("--scope"),
                                      QStringLiteral("organisation")}
                          + november);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ledgerBudgets(QStringList{QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Project B"),
                                      QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--scope"),
                                      QStringLiteral("account=proj_b")}
                          + november);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A name the ledger has is refused.
        QCOMPARE(ledgerBudgets(QStringList{QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Project B"),
                                           QStringLiteral("--amount"), QStringLiteral("5"), QStringLiteral("--scope"),
                                           QStringLiteral("organisation")})
                     .exitCode,
                 1);
        r = ledgerBudgets({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        // Check: 3.499999999 USD spent in November against 3 (breached) and 0.5 against 10.
        r = ledgerBudgets({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--time-zone"),
                           QStringLiteral("UTC")});
        QCOMPARE(r.exitCode, 3);
        QJsonObject j = cliJson(r);
        QVERIFY(j.value(QStringLiteral("breached")).toBool());
        const int raised = j.value(QStringLiteral("new_alerts")).toInt();
        QVERIFY(raised >= 1);
        QMap<QString, QJsonObject> statusOf;
        for (const QJsonValue &v : j.value(QStringLiteral("budgets")).toArray())
            statusOf.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(statusOf.size(), 2);
        QCOMPARE(ledgerCount(QStringLiteral("SELECT count(*) FROM budget_alert")), raised);
        // Raised once: a second check finds nothing new.
        r = ledgerBudgets({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--time-zone"),
                           QStringLiteral("UTC")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(cliJson(r).value(QStringLiteral("new_alerts")).toInt(), 0);

        // A desktop with a budget of its own under the same name pulls the team's budgets.
        const QString desktop = path(QStringLiteral("desktop-e.db"));
        r = runCli({QStringLiteral("--db"), desktop, QStringLiteral("budgets"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Team total"), QStringLiteral("--amount"),
                    QStringLiteral("100"), QStringLiteral("--scope"), QStringLiteral("organisation")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pull(desktop, url), QString());
        const auto localBudgets = [&] {
            const CliRun list = runCli({QStringLiteral("--db"), desktop, QStringLiteral("budgets"),
                                        QStringLiteral("list"), QStringLiteral("--json")});
            QMap<QString, QJsonObject> out;
            for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
                out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
            return out;
        };
        QMap<QString, QJsonObject> mine = localBudgets();
        QCOMPARE(mine.size(), 3);
        QCOMPARE(mine.value(QStringLiteral("Team total")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("100.00"));
        QVERIFY(!mine.value(QStringLiteral("Team total")).contains(QStringLiteral("origin")));
        QCOMPARE(mine.value(QStringLiteral("Team total (2)")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("3.00"));
        QVERIFY(mine.value(QStringLiteral("Team total (2)")).value(QStringLiteral("origin")).toString().startsWith(
            QStringLiteral("ledger:")));
        QCOMPARE(mine.value(QStringLiteral("Project B")).value(QStringLiteral("scope")).toArray().first().toObject().value(
                     QStringLiteral("value")).toString(),
                 QStringLiteral("proj_b"));
        // The desktop's own check of the pulled budgets agrees with the ledger's.
        r = runCli({QStringLiteral("--db"), desktop, QStringLiteral("budgets"), QStringLiteral("check"),
                    QStringLiteral("--json"), QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QCOMPARE(r.exitCode, 3);
        for (const QJsonValue &v : cliJson(r).value(QStringLiteral("budgets")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (name == u"Team total (2)" || name == u"Project B") {
                const QString inLedger = name == u"Project B" ? name : QStringLiteral("Team total");
                QCOMPARE(o.value(QStringLiteral("actual")), statusOf.value(inLedger).value(QStringLiteral("actual")));
            }
        }

        // A budget removed from the ledger goes from the desktop on the next pull; the
        // analyst's own stays.
        QCOMPARE(ledgerBudgets({QStringLiteral("remove"), QStringLiteral("Project B")}).exitCode, 0);
        QCOMPARE(pull(desktop, url), QString());
        mine = localBudgets();
        QCOMPARE(mine.size(), 2);
        QVERIFY(mine.contains(QStringLiteral("Team total")));
        QVERIFY(mine.contains(QStringLiteral("Team total (2)")));
    }

    // The packaged service's command line (packaging/systemd/) as systemd runs it: the
    // variables of the configuration template expanded ($VAR split into words, ${VAR} one
    // word), the unit's Environment= set, and the keys as the credentials that
    // LoadCredential=tokenledger:/etc/tokenledger/credentials hands over.
    void packagedServiceRunsTheCollector()
    {
        const QString dir = QStringLiteral(TOKENLEDGER_SOURCE_DIR "/packaging/systemd/");
        QFile unitFile(dir + QStringLiteral("tokenledger-collector.service"));
        QFile confFile(dir + QStringLiteral("collector.conf"));
        QVERIFY(unitFile.open(QIODevice::ReadOnly | QIODevice::Text));
        QVERIFY(confFile.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<QString, QString> vars;
        for (const QString &line : QString::fromUtf8(confFile.readAll()).split(u'\n')) {
            if (line.startsWith(u'#') || !line.contains(u'='))
                continue;
            vars.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
        }
        QVERIFY(vars.contains(QStringLiteral("TOKENLEDGER_LEDGER_URL")));
        QCOMPARE(vars.value(QStringLiteral("TOKENLEDGER_SYNC")), QStringLiteral("--all"));
        QString execStart;
        QHash<QString, QString> env;
        for (const QString &line : QString::fromUtf8(unitFile.readAll()).split(u'\n')) {
            if (line.startsWith(QStringLiteral("ExecStart=")))
                execStart = line.mid(10);
            else if (line.startsWith(QStringLiteral("Environment=")))
                env.insert(line.mid(12).section(u'=', 0, 0), line.mid(12).section(u'=', 1));
        }
        QCOMPARE(env.value(QStringLiteral("TOKENLEDGER_DB")), QStringLiteral("/var/lib/tokenledger/collector.db"));

        FakeOpenAi openai;
        QVERIFY(openai.start());
        const qint64 today = QDateTime::currentSecsSinceEpoch() / 86400 * 86400;
        addOpenAiDay(openai, today - 2 * 86400, 100000, QStringLiteral("proj_a"), 0.25);
        const QString local = path(QStringLiteral("collector-unit.db"));
        QVERIFY(collectorDb(local, {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")}},
                            {QStringLiteral("openai-unit")}));
        const QString credentials = path(QStringLiteral("credentials-unit"));
        QVERIFY(QDir().mkpath(credentials));
        QFile key(credentials + QStringLiteral("/tokenledger_OPENAI_ADMIN_KEY"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(openai.adminKey);
        key.close();

        vars.insert(QStringLiteral("TOKENLEDGER_LEDGER_URL"), newLedger());
        QStringList words = execStart.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(words.takeFirst(), QStringLiteral("/usr/bin/tokenledger-cli"));
        QStringList args;
        for (QString w : std::as_const(words)) {
            if (w.startsWith(QStringLiteral("${"))) {
                args << vars.value(w.mid(2, w.size() - 3));
            } else if (w.startsWith(u'$')) {
                args << vars.value(w.mid(1)).split(u' ', Qt::SkipEmptyParts);
            } else {
                QVERIFY2(!w.contains(u'$'), qPrintable(w));
                args << w;
            }
        }
        env.insert(QStringLiteral("TOKENLEDGER_DB"), local);
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
        const CliRun r = runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), args, kKeyVariables, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Synced openai-unit"), r.out.constData());
        QCOMPARE(ledgerCount(QStringLiteral("SELECT sum(billed_cost) FROM fact")), Q_INT64_C(250000000));
        // An empty ledger URL (an unset variable) is refused, never a local sync.
        vars.insert(QStringLiteral("TOKENLEDGER_LEDGER_URL"), QString());
        QStringList emptyUrl = args;
        emptyUrl[emptyUrl.indexOf(QStringLiteral("--ledger")) + 1] = QString();
        QCOMPARE(runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), emptyUrl, kKeyVariables, env).exitCode, 2);
    }

    // A missing key fails the connection's sync, says which, and the ledger records it.
    void aMissingKeyIsRecordedInTheLedger()
    {
        FakeOpenAi openai;
        QVERIFY(openai.start());
        const QString local = path(QStringLiteral("collector-d.db"));
        QVERIFY(collectorDb(local, {{QStringLiteral("openai"), openai.baseUrl() + QStringLiteral("/v1")}},
                            {QStringLiteral("openai-d")}));
        const QString url = newLedger();
        CliRun r = cli({QStringLiteral("--db"), local, QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                        QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("OPENAI_ADMIN_KEY"));
        QCOMPARE(ledgerValue(QStringLiteral("SELECT last_status FROM sync_connection WHERE name = 'openai-d'")),
                 QStringLiteral("failed"));
        // Command lines the collector refuses.
        QCOMPARE(cli({QStringLiteral("--db"), local, QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                      QStringLiteral("--all"), QStringLiteral("openai")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), local, QStringLiteral("--ledger"), url, QStringLiteral("sync"),
                      QStringLiteral("no-such-connection")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerCollector)
#include "tst_ledger_collector.moc"
