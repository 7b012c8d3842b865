// tokenledger-cli sync against the fake provider servers: the CLI runs as its own process
// while this test's event loop serves the fake APIs on 127.0.0.1.
#include "FakeProviders.h"
#include "CliOutput.h"
#include "SyncTestHelpers.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

#include <tuple>
#include <vector>

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
        const QJsonObject j = test::cliJson(r);
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
        QCOMPARE(test::cliJson(again).value(QStringLiteral("facts_inserted")).toInt(), 0);
        QCOMPARE(test::cliJson(again).value(QStringLiteral("facts_unchanged")).toInt(), 2);

        const CliRun summary = runCli(
            {QStringLiteral("--db"), db(), QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(summary.exitCode, 0);
        QCOMPARE(test::cliJson(summary).value(QStringLiteral("billed_cost")).toString(),
                 QStringLiteral("2.999999999"));
        QVERIFY(!test::databaseFilesContain(db(), server.adminKey));
    }

    // OpenAI's spend limits and alerts (admin API) become budgets during a sync, marked as the
    // provider's, and later syncs keep them in step; the analyst's own budgets are never
    // touched, and a name the analyst uses already gets a suffix.
    void openAiSpendLimitsBecomeBudgetsAndStayInStep()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        server.projects = {{QStringLiteral("proj_a"), QStringLiteral("Support bot")},
                           {QStringLiteral("proj_b"), QStringLiteral("Search")},
                           {QStringLiteral("proj_c"), QStringLiteral("Archived pilot")},
                           {QStringLiteral("proj_d"), QStringLiteral("No limits")}};
        server.archivedProjects = {QStringLiteral("proj_c")};
        server.spendLimits = {{QString(), 500000}, {QStringLiteral("proj_a"), 100000}, {QStringLiteral("proj_c"), 1000}};
        server.spendAlerts = {{QString(), {250000, 400000, 150000}}, {QStringLiteral("proj_b"), {50000, 20000}}};
        const QHash<QString, QString> env{{QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(server.adminKey)}};
        const QStringList args{QStringLiteral("--db"),       db(),       QStringLiteral("sync"),
                               QStringLiteral("openai"),     QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                               QStringLiteral("--to"),       QStringLiteral("2026-11-02"),
                               QStringLiteral("--base-url"), server.baseUrl() + QStringLiteral("/v1"),
                               QStringLiteral("--json")};
        // The analyst's own budget, named like one the sync would create.
        CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("budgets"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("OpenAI spend limit: Support bot"),
                           QStringLiteral("--amount"), QStringLiteral("700"), QStringLiteral("--scope"),
                           QStringLiteral("account=proj_a")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runCliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject counts = test::cliJson(r).value(QStringLiteral("budgets_from_spend_limits")).toObject();
        QCOMPARE(counts.value(QStringLiteral("added")).toInt(), 3);

        const auto budgetsByName = [&] {
            const CliRun list = runCli({QStringLiteral("--db"), db(), QStringLiteral("budgets"), QStringLiteral("list"),
                                        QStringLiteral("--json")});
            QMap<QString, QJsonObject> out;
            for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
                out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
            return out;
        };
        QMap<QString, QJsonObject> b = budgetsByName();
        QCOMPARE(b.size(), 4);
        const QJsonObject org = b.value(QStringLiteral("OpenAI spend limit: organisation"));
        QCOMPARE(org.value(QStringLiteral("amount")).toString(), QStringLiteral("5000.00"));
        QCOMPARE(org.value(QStringLiteral("scope")).toString(), QStringLiteral("organisation"));
        QCOMPARE(org.value(QStringLiteral("thresholds")).toArray(),
                 (QJsonArray{30, 50, 80, 100})); // alerts at $1,500, $2,500 and $4,000, and the limit
        QVERIFY(org.value(QStringLiteral("origin")).toString().endsWith(QStringLiteral(":organization")));
        // The analyst's name is kept; the mirrored limit takes a suffix.
        const QJsonObject mine = b.value(QStringLiteral("OpenAI spend limit: Support bot"));
        QCOMPARE(mine.value(QStringLiteral("amount")).toString(), QStringLiteral("700.00"));
        QVERIFY(!mine.contains(QStringLiteral("origin")));
        const QJsonObject support = b.value(QStringLiteral("OpenAI spend limit: Support bot (2)"));
        QCOMPARE(support.value(QStringLiteral("amount")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(support.value(QStringLiteral("scope")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("proj_a"));
        QCOMPARE(support.value(QStringLiteral("thresholds")).toArray(), (QJsonArray{80, 100}));
        // Alerts without a limit: the highest alert is the amount.
        const QJsonObject search = b.value(QStringLiteral("OpenAI spend alerts: Search"));
        QCOMPARE(search.value(QStringLiteral("amount")).toString(), QStringLiteral("500.00"));
        QCOMPARE(search.value(QStringLiteral("thresholds")).toArray(), (QJsonArray{40, 100}));

        // The same again changes nothing.
        r = runCliServing(args, env);
        counts = test::cliJson(r).value(QStringLiteral("budgets_from_spend_limits")).toObject();
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("added")).toInt() + counts.value(QStringLiteral("updated")).toInt()
                     + counts.value(QStringLiteral("removed")).toInt(),
                 0);

        // The provider raises one limit and drops the Search alerts: the budgets follow.
        server.spendLimits[QStringLiteral("proj_a")] = 150000;
        server.spendAlerts.remove(QStringLiteral("proj_b"));
        r = runCliServing(args, env);
        counts = test::cliJson(r).value(QStringLiteral("budgets_from_spend_limits")).toObject();
        QCOMPARE(counts.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 1);
        b = budgetsByName();
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.value(QStringLiteral("OpenAI spend limit: Support bot (2)")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("1500.00"));
        QCOMPARE(b.value(QStringLiteral("OpenAI spend limit: Support bot")).value(QStringLiteral("amount")).toString(),
                 QStringLiteral("700.00"));
        QVERIFY(!b.contains(QStringLiteral("OpenAI spend alerts: Search")));

        // A key without the right to read spend limits: the usage sync still succeeds, and says so.
        server.addFault(Fault{Fault::Kind::Status, 403, {}, "/spend_limit", false});
        r = runCliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(test::cliJson(r).value(QStringLiteral("spend_limits_error")).toString().contains(QStringLiteral("spend_limit")));
        QCOMPARE(budgetsByName().size(), 3);
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
        QCOMPARE(test::cliJson(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("12.345"));

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
        QCOMPARE(test::cliJson(r).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("0.24"));
        QCOMPARE(test::cliJson(r).value(QStringLiteral("computed_cost")).toString(), QStringLiteral("0.24"));
        QVERIFY(!test::databaseFilesContain(db(), aws.secretAccessKey));
        QVERIFY(!test::databaseFilesContain(db(), aws.sessionToken));
        QVERIFY(!test::databaseFilesContain(db(), anthropic.adminKey));
    }

    // The same Bedrock days three ways: the Cost Explorer sync, a CUR 2.0 file (hourly lines
    // that add up to each day's figures, with other services and a tax line beside them) and a
    // FOCUS 1.2 file with AWS columns. All three give the same tokens of every kind and the
    // same billed and computed totals; a second import of either file adds nothing.
    void awsExportFilesMatchTheCostExplorerSync()
    {
        struct Group
        {
            int day;
            const char *usageType;
            const char *cost;
            const char *quantity;
            // the day's amount split over hourly CUR lines: {quantity, cost} each
            std::vector<std::pair<const char *, const char *>> hours;
        };
        const std::vector<Group> groups = {
            {1, "USE1-Claude3.5Sonnet-input-tokens", "0.4215", "140.5", {{"100.5", "0.3015"}, {"40", "0.12"}}},
            {1, "USE1-Claude3.5Sonnet-output-tokens", "1.05", "70", {{"30", "0.45"}, {"25", "0.375"}, {"15", "0.225"}}},
            {1, "USE1-Claude3.5Sonnet-cache-read-input-token-count", "0.06", "200", {{"200", "0.06"}}},
            {2, "USE1-Claude3.5Sonnet-cache-write-input-token-count", "0.0375", "10", {{"4", "0.015"}, {"6", "0.0225"}}},
            {2, "USE1-NovaLite-input-tokens-batch", "0.03", "1000", {{"999.5", "0.029985"}, {"0.5", "0.000015"}}},
            {2, "USE1-ProvisionedThroughput-ModelUnits", "39.6", "1", {{"1", "39.6"}}},
        };
        const QString acct = QStringLiteral("111122223333");
        FakeAws aws;
        QVERIFY(aws.start());
        for (const Group &g : groups)
            aws.addGroup(utcDay(2026, 11, g.day), QString::fromLatin1(g.usageType), acct, QString::fromLatin1(g.cost),
                         QString::fromLatin1(g.quantity));

        const QString ceDb = m_dir.filePath(QStringLiteral("ce.db"));
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-11-02")};
        CliRun r = runCliServing(QStringList{QStringLiteral("--db"), ceDb, QStringLiteral("sync"), QStringLiteral("aws")}
                                     + range + QStringList{QStringLiteral("--base-url"), aws.baseUrl()},
                                 {{QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(aws.accessKeyId)},
                                  {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(aws.secretAccessKey)}});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // CUR 2.0 and FOCUS-with-AWS-columns files of the same days.
        QByteArray cur = "identity_line_item_id,identity_time_interval,line_item_usage_account_id,line_item_line_item_type,"
                         "line_item_usage_start_date,line_item_usage_end_date,line_item_product_code,line_item_usage_type,"
                         "line_item_usage_amount,line_item_unblended_cost,line_item_currency_code,pricing_unit,"
                         "line_item_iam_principal,resource_tags\n";
        QByteArray focus = "BilledCost,ChargeCategory,ChargePeriodStart,ChargePeriodEnd,ConsumedQuantity,ConsumedUnit,"
                           "ProviderName,ServiceCategory,ServiceName,SkuMeter,SubAccountId,x_ServiceCode\n";
        int line = 0;
        for (const Group &g : groups) {
            int hour = 0;
            for (const auto &[quantity, cost] : g.hours) {
                const QByteArray from = QStringLiteral("2026-11-%1T%2:00:00Z").arg(g.day, 2, 10, QLatin1Char('0')).arg(hour, 2, 10, QLatin1Char('0')).toLatin1();
                const QByteArray to = QStringLiteral("2026-11-%1T%2:00:00Z").arg(g.day, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0')).toLatin1();
                ++hour;
                cur += "li-" + QByteArray::number(++line) + "," + from + "/" + to + "," + acct.toLatin1() + ",Usage," + from + ","
                       + to + ",AmazonBedrock," + g.usageType + "," + quantity + "," + cost + ",USD,1K tokens,"
                       + "arn:aws:iam::111122223333:user/alice,\"{\"\"user_team\"\":\"\"support\"\"}\"\n";
            }
            const QByteArray day = QStringLiteral("2026-11-%1").arg(g.day, 2, 10, QLatin1Char('0')).toLatin1();
            const QByteArray next = QStringLiteral("2026-11-%1").arg(g.day + 1, 2, 10, QLatin1Char('0')).toLatin1();
            focus += QByteArray(g.cost) + ",Usage," + day + "T00:00:00Z," + next + "T00:00:00Z," + g.quantity
                     + ",Units,AWS,AI and Machine Learning,Amazon Bedrock," + g.usageType + "," + acct.toLatin1()
                     + ",AmazonBedrock\n";
        }
        cur += "li-900,2026-11-01T00:00:00Z/2026-11-01T01:00:00Z," + acct.toLatin1()
               + ",Usage,2026-11-01T00:00:00Z,2026-11-01T01:00:00Z,AmazonEC2,USE1-BoxUsage:t3.micro,1,0.0104,USD,Hrs,,\n";
        cur += "li-901,2026-11-01T00:00:00Z/2026-12-01T00:00:00Z," + acct.toLatin1()
               + ",Tax,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,AmazonBedrock,,,4.12,USD,,,\n";
        focus += "0.0104,Usage,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,24,Hours,AWS,Compute,Amazon Elastic Compute Cloud,"
                 "USE1-BoxUsage:t3.micro," + acct.toLatin1() + ",AmazonEC2\n";
        focus += "4.12,Tax,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,,,AWS,AI and Machine Learning,Amazon Bedrock,,"
                 + acct.toLatin1() + ",AmazonBedrock\n";
        const QString curFile = m_dir.filePath(QStringLiteral("cur-2026-11.csv"));
        const QString focusFile = m_dir.filePath(QStringLiteral("focus-aws-2026-11.csv"));
        for (const auto &[path, content] : {std::pair{curFile, cur}, std::pair{focusFile, focus}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }

        const QStringList compared{QStringLiteral("input_tokens"),  QStringLiteral("cache_read_tokens"),
                                   QStringLiteral("cache_write_tokens"), QStringLiteral("output_tokens"),
                                   QStringLiteral("cost"),          QStringLiteral("billed_cost")};
        const auto summary = [&](const QString &database) {
            const CliRun s = runCli({QStringLiteral("--db"), database, QStringLiteral("summary"), QStringLiteral("--from"),
                                     QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                     QStringLiteral("--json")});
            QJsonObject out;
            for (const QString &k : compared)
                out.insert(k, test::cliJson(s).value(k));
            return out;
        };
        const QJsonObject expected = summary(ceDb);
        QCOMPARE(expected.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("41.199"));
        QCOMPARE(expected.value(QStringLiteral("input_tokens")).toInteger(), 140500 + 1000000);
        QCOMPARE(expected.value(QStringLiteral("cache_write_tokens")).toInteger(), 10000);

        for (const auto &[file, format, lines] : {std::tuple{curFile, "aws-cur", line + 2}, std::tuple{focusFile, "focus", 8}}) {
            const QString fileDb = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(format)));
            r = runCli({QStringLiteral("--db"), fileDb, QStringLiteral("import"), file, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject fileResult = test::cliJson(r).value(QStringLiteral("files")).toArray().at(0).toObject();
            QCOMPARE(fileResult.value(QStringLiteral("format")).toString(), QLatin1String(format));
            QCOMPARE(fileResult.value(QStringLiteral("read")).toInt(), lines);
            QCOMPARE(fileResult.value(QStringLiteral("skipped")).toInt(), 2); // EC2 and the tax
            QCOMPARE(fileResult.value(QStringLiteral("rejected")).toInt(), 0);
            QCOMPARE(summary(fileDb), expected);
            r = runCli({QStringLiteral("--db"), fileDb, QStringLiteral("import"), file, QStringLiteral("--json")});
            QCOMPARE(test::cliJson(r).value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("imported")).toInt(), 0);
            QCOMPARE(summary(fileDb), expected);
        }
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
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("mistral"),
             QStringLiteral("--json")},
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("openai"),
             QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--json")},
            {QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("anthropic"),
             QStringLiteral("--connection"), QStringLiteral("openai"), QStringLiteral("--json")},
        };
        for (const QStringList &args : runs) {
            const CliRun r = runCliServing(args);
            QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(args.join(u' ')));
            const QJsonObject j = test::cliJson(r);
            QVERIFY2(!j.isEmpty(), qPrintable(args.join(u' ') + u" printed: " +
                                              QString::fromUtf8(r.out)));
            QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
            QVERIFY(!j.value(QLatin1String("error")).toString().isEmpty());
            QVERIFY(!r.err.isEmpty()); // and said on stderr, as without --json
        }
        const QJsonObject missing = test::cliJson(runCliServing(runs.first()));
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
        // an unknown provider (google was one before issue 22 made it a connection)
        QCOMPARE(runCliServing({QStringLiteral("--db"), db(), QStringLiteral("sync"),
                                QStringLiteral("mistral")})
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
