// Anthropic usage/cost report and AWS Cost Explorer sync through the real HTTP stack against
// the fake servers: totals to the cent, nested cache writes, cents strings, SigV4 checked by
// the server, session tokens, pagination, idempotence and faults.
#include "FakeProviders.h"
#include "SyncTestHelpers.h"
#include "itemmodels/ComputedVsBilledModel.h"
#include "itemmodels/DashboardRoles.h"
#include "query/UsageQueries.h"
#include "report/ReportCsv.h"
#include "report/ReportData.h"
#include "services/DashboardService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace tl;
using namespace tl::providers;
using namespace tl::test;

namespace {

QJsonObject usageRow(const QJsonValue &model, const QJsonValue &workspace, const QJsonValue &key,
                     const QString &tier, qint64 uncached, qint64 write1h, qint64 write5m,
                     qint64 read, qint64 output, qint64 searches)
{
    return {{QStringLiteral("uncached_input_tokens"), uncached},
            {QStringLiteral("cache_creation"),
             QJsonObject{{QStringLiteral("ephemeral_1h_input_tokens"), write1h},
                         {QStringLiteral("ephemeral_5m_input_tokens"), write5m}}},
            {QStringLiteral("cache_read_input_tokens"), read},
            {QStringLiteral("output_tokens"), output},
            {QStringLiteral("server_tool_use"),
             QJsonObject{{QStringLiteral("web_search_requests"), searches}}},
            {QStringLiteral("api_key_id"), key},
            {QStringLiteral("workspace_id"), workspace},
            {QStringLiteral("model"), model},
            {QStringLiteral("service_tier"), tier},
            {QStringLiteral("context_window"), QStringLiteral("0-200k")}};
}

QJsonObject costRow(const QString &cents, const QJsonValue &model, const QString &description,
                    const QString &costType, const QJsonValue &tier)
{
    return {{QStringLiteral("amount"), cents},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("cost_type"), costType},
            {QStringLiteral("description"), description},
            {QStringLiteral("model"), model},
            {QStringLiteral("service_tier"), tier},
            {QStringLiteral("token_type"), QJsonValue::Null},
            {QStringLiteral("context_window"), QJsonValue::Null},
            {QStringLiteral("inference_geo"), QJsonValue::Null},
            {QStringLiteral("workspace_id"), QStringLiteral("wrkspc_a")}};
}

SyncOptions fiveDays(int attempts = 4)
{
    SyncOptions o;
    o.from = QDate(2026, 11, 1);
    o.to = QDate(2026, 11, 5);
    o.now = utcDay(2026, 11, 6) + 3600;
    o.retry = fastRetry(attempts);
    return o;
}

} // namespace

class TestSyncAnthropicAws : public QObject
{
    Q_OBJECT

    void fillAnthropic(FakeAnthropic &s)
    {
        const qint64 d1 = utcDay(2026, 11, 1), d2 = utcDay(2026, 11, 2), d3 = utcDay(2026, 11, 3);
        // 1M × 3.00 + 100k 1h writes × 6.00 + 200k 5m writes × 3.75 + 500k reads × 0.30 + 100k × 15
        // = 6.00
        s.usage[d1].append(usageRow(QStringLiteral("claude-sonnet-4-20250514"),
                                    QStringLiteral("wrkspc_a"), QStringLiteral("apikey_1"),
                                    QStringLiteral("standard"), 1000000, 100000, 200000, 500000,
                                    100000, 0));
        // default workspace and Console usage: null workspace and key; batch 1M × 0.40 + 500k
        // × 2.00 = 1.40
        s.usage[d1].append(usageRow(QStringLiteral("claude-3-5-haiku-20241022"), QJsonValue::Null,
                                    QJsonValue::Null, QStringLiteral("batch"), 1000000, 0, 0, 0,
                                    500000, 0));
        // 10k × 3.00 = 0.03, plus 10 web searches
        s.usage[d3].append(usageRow(QStringLiteral("claude-sonnet-4-20250514"),
                                    QStringLiteral("wrkspc_a"), QStringLiteral("apikey_1"),
                                    QStringLiteral("standard"), 10000, 0, 0, 0, 0, 10));
        s.costs[d1].append(costRow(QStringLiteral("600.00"),
                                   QStringLiteral("claude-sonnet-4-20250514"),
                                   QStringLiteral("Claude Sonnet 4 Usage"),
                                   QStringLiteral("tokens"), QStringLiteral("standard")));
        s.costs[d1].append(costRow(QStringLiteral("140"),
                                   QStringLiteral("claude-3-5-haiku-20241022"),
                                   QStringLiteral("Claude Haiku 3.5 Batch"),
                                   QStringLiteral("tokens"), QStringLiteral("batch")));
        s.costs[d2].append(costRow(QStringLiteral("123.78912"), QJsonValue::Null,
                                   QStringLiteral("Code Execution"),
                                   QStringLiteral("code_execution"), QJsonValue::Null));
        s.costs[d3].append(costRow(QStringLiteral("3.0"),
                                   QStringLiteral("claude-sonnet-4-20250514"),
                                   QStringLiteral("Claude Sonnet 4 Usage"),
                                   QStringLiteral("tokens"), QStringLiteral("standard")));
        s.costs[d3].append(costRow(QStringLiteral("100.0"), QJsonValue::Null,
                                   QStringLiteral("Web Search"), QStringLiteral("web_search"),
                                   QJsonValue::Null));
    }

    void fillAws(FakeAws &s)
    {
        const qint64 d1 = utcDay(2026, 11, 1), d2 = utcDay(2026, 11, 2), d3 = utcDay(2026, 11, 3);
        const QString acct = QStringLiteral("111122223333");
        s.addGroup(d1, QStringLiteral("USE1-Claude3.5Sonnet-input-tokens"), acct,
                   QStringLiteral("0.4215"), QStringLiteral("140.5"));
        s.addGroup(d1, QStringLiteral("USE1-Claude3.5Sonnet-output-tokens"), acct,
                   QStringLiteral("1.05"), QStringLiteral("70"));
        s.addGroup(d2, QStringLiteral("USE1-NovaLite-input-tokens-batch"), acct,
                   QStringLiteral("0.03"), QStringLiteral("1000"));
        s.addGroup(
            d2,
            QStringLiteral("USE1-Claude3.5Sonnet-cache-read-input-token-count-cross-region-global"),
            acct, QStringLiteral("0.03"), QStringLiteral("100"));
        s.addGroup(d3, QStringLiteral("USE1-ProvisionedThroughput-ModelUnits"),
                   QStringLiteral("444455556666"), QStringLiteral("2.5"), QStringLiteral("1"));
    }

private Q_SLOTS:
    void anthropicTotalsToTheCent()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        fillAnthropic(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl()));
        Credentials creds;
        creds.apiKey = server.adminKey;
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("7.43"));
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("9.6678912")); // cents → dollars, exact
        QCOMPARE(fx.computedTotal(), QStringLiteral("7.43"));
        QCOMPARE(fx.billedTotal(), QStringLiteral("9.6678912"));
        QVERIFY(fx.rollupsAgree());
        QCOMPARE(s.buckets, 10); // 5 days × 2 reports, empty days included
        QCOMPARE(s.pages, 6);
        // The Sonnet cost rows join their token records (same day, model, workspace); Haiku
        // (usage in the default workspace), code execution and web search stay billed-only.
        QCOMPARE(s.inserted, 6);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact WHERE billed_cost IS NOT NULL AND "
                          "input_tokens > 0"),
                 2);
        // Cache writes come from the nested cache_creation object, 5m and 1h kept apart.
        QCOMPARE(fx.count("SELECT sum(cache_write_5m_tokens) FROM usage_fact"), 200000);
        QCOMPARE(fx.count("SELECT sum(cache_write_1h_tokens) FROM usage_fact"), 100000);
        QCOMPARE(fx.count("SELECT sum(cache_read_tokens) FROM usage_fact"), 500000);
        QCOMPARE(fx.count("SELECT sum(web_searches) FROM usage_fact"), 10);
        for (const FakeRequest &r : server.requests()) {
            QCOMPARE(r.header("x-api-key"), server.adminKey);
            QCOMPARE(r.header("anthropic-version"), QByteArray("2023-06-01"));
        }
        QCOMPARE(server.requests().first().queryArray("group_by"),
                 (QByteArrayList{"model", "workspace_id", "api_key_id", "service_tier",
                                 "context_window", "inference_geo", "speed"}));
        QCOMPARE(server.requests().first().queryValue("starting_at"),
                 QByteArray("2026-11-01T00:00:00Z"));

        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(fx.billedTotal(), QStringLiteral("9.6678912"));
        QVERIFY(!fx.databaseContains(server.adminKey));
    }

    // The usage report is asked to group by inference_geo and speed (with the fast-mode beta
    // header); the region becomes the record's region, the speed a tag, and both can be told
    // apart in the explorer. Totals stay exact and a second sync adds nothing.
    void anthropicInferenceGeoAndSpeed()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        const qint64 d1 = utcDay(2026, 11, 1);
        // 1M × 3.00 = 3.00 in the US at fast speed; 10k × 3.00 = 0.03 global, standard speed;
        // 1M × 0.80 = 0.80 on a model without a choice of region
        QJsonObject us = usageRow(QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("wrkspc_a"),
                                  QStringLiteral("apikey_1"), QStringLiteral("standard"), 1000000,
                                  0, 0, 0, 0, 0);
        us.insert(QStringLiteral("inference_geo"), QStringLiteral("us"));
        us.insert(QStringLiteral("speed"), QStringLiteral("fast"));
        QJsonObject global = us;
        global.insert(QStringLiteral("uncached_input_tokens"), 10000);
        global.insert(QStringLiteral("inference_geo"), QStringLiteral("global"));
        global.insert(QStringLiteral("speed"), QStringLiteral("standard"));
        QJsonObject none = usageRow(QStringLiteral("claude-3-5-haiku-20241022"), QStringLiteral("wrkspc_a"),
                                    QStringLiteral("apikey_1"), QStringLiteral("standard"), 1000000,
                                    0, 0, 0, 0, 0);
        none.insert(QStringLiteral("inference_geo"), QStringLiteral("not_available"));
        none.insert(QStringLiteral("speed"), QStringLiteral("standard"));
        server.usage[d1] = QJsonArray{us, global, none};
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl(),
                        {{QStringLiteral("skip_cost_report"), true}}));
        Credentials creds;
        creds.apiKey = server.adminKey;
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(fx.computedTotal(), QStringLiteral("3.83"));
        const FakeRequest &first = server.requests().first();
        QVERIFY(first.queryArray("group_by").contains("inference_geo"));
        QVERIFY(first.queryArray("group_by").contains("speed"));
        QVERIFY(first.queryArray("group_by").contains("context_window"));
        QVERIFY(first.queryArray("group_by").contains("service_tier"));
        QCOMPARE(first.header("anthropic-beta"), QByteArray("fast-mode-2026-02-01"));
        QCOMPARE(fx.count("SELECT sum(f.input_tokens) FROM usage_fact f JOIN dim r ON r.id = "
                          "f.region_id WHERE r.value = 'us'"),
                 1000000);
        QCOMPARE(fx.count("SELECT sum(f.input_tokens) FROM usage_fact f JOIN dim r ON r.id = "
                          "f.region_id WHERE r.value = 'global'"),
                 10000);
        QCOMPARE(fx.count("SELECT sum(f.input_tokens) FROM usage_fact f JOIN dim r ON r.id = "
                          "f.region_id WHERE r.value = ''"),
                 1000000);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tags_id WHERE "
                          "t.value = 'context_window:0-200k,speed:fast'"),
                 1);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tags_id WHERE "
                          "t.value = 'context_window:0-200k,speed:standard'"),
                 2);
        // Speed and context window are dimensions of the explorer and the CLI, read from those
        // tags: exact sums per value.
        {
            query::UsageQueries q(*fx.db);
            const query::UsageFilter days{QDate(2026, 11, 1), QDate(2026, 11, 5), {}};
            const auto bySpeed = q.summary(days, {Dimension::Speed, Dimension::ContextWindow});
            QVERIFY(bySpeed.ok());
            QMap<QString, QString> cost;
            for (const query::UsageGroup &g : bySpeed->groups)
                cost.insert(g.key.join(u'/'), g.totals.cost.total().toDecimalString());
            QCOMPARE(cost, (QMap<QString, QString>{{QStringLiteral("fast/0-200k"), QStringLiteral("3")},
                                                   {QStringLiteral("standard/0-200k"), QStringLiteral("0.83")}}));
            query::UsageFilter fast = days;
            fast.add(Dimension::Speed, QStringLiteral("fast"));
            const auto fastTotals = q.summary(fast, {Dimension::Region});
            QVERIFY(fastTotals.ok());
            QCOMPARE(fastTotals->groups.size(), qsizetype(1));
            QCOMPARE(fastTotals->groups.first().key, QStringList{QStringLiteral("us")});
            QCOMPARE(fastTotals->totals.tokens.uncachedInput, std::int64_t(1000000));
        }
        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);

        // Without the beta (a connection that turns speed off) the request carries neither the
        // speed grouping nor the header, and the rows come back without a speed.
        QVERIFY(providers::ConnectionStore(*fx.db)
                    .save([&] {
                        Connection c = fx.reload();
                        c.options.insert(QStringLiteral("group_by_speed"), false);
                        return c;
                    }())
                    .ok());
        server.clearRequests();
        const SyncSummary plain = fx.sync(creds, fiveDays());
        QVERIFY2(plain.ok, qPrintable(plain.error));
        QVERIFY(!server.requests().first().queryArray("group_by").contains("speed"));
        QVERIFY(server.requests().first().header("anthropic-beta").isEmpty());
        QCOMPARE(fx.computedTotal(), QStringLiteral("3.83"));
    }

    // With "cost_analytics" the costs come from the Usage and Cost Analytics API, which gives
    // each row's amount after discounts and its list-price amount (fractional cents). Both are
    // kept: carried over to the token records like the billed amount, and shown side by side
    // with what TokenLedger computed by the reconciliation, the dashboard and the CLI.
    void anthropicCostAnalyticsListAndNet()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        const qint64 d1 = utcDay(2026, 11, 1), d2 = utcDay(2026, 11, 2);
        // computed: Sonnet 1M × 3.00 + 100k × 15.00 = 4.50; Haiku 1M × 0.80 = 0.80; Sonnet 10k
        // × 3.00 = 0.03 on day 2
        server.usage[d1].append(usageRow(QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("wrkspc_a"),
                                         QStringLiteral("apikey_1"), QStringLiteral("standard"), 1000000, 0, 0, 0,
                                         100000, 0));
        server.usage[d1].append(usageRow(QStringLiteral("claude-3-5-haiku-20241022"), QStringLiteral("wrkspc_a"),
                                         QStringLiteral("apikey_1"), QStringLiteral("standard"), 1000000, 0, 0, 0,
                                         0, 0));
        server.usage[d2].append(usageRow(QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("wrkspc_a"),
                                         QStringLiteral("apikey_1"), QStringLiteral("standard"), 10000, 0, 0, 0, 0,
                                         0));
        const auto item = [](const QJsonValue &model, const QString &costType, const QString &amount,
                             const QString &list) {
            return QJsonObject{{QStringLiteral("group"),
                                QJsonObject{{QStringLiteral("workspace_id"), QStringLiteral("wrkspc_a")},
                                            {QStringLiteral("model"), model},
                                            {QStringLiteral("cost_type"), costType},
                                            {QStringLiteral("service_tier"), QStringLiteral("standard")}}},
                               {QStringLiteral("cost"),
                                QJsonObject{{QStringLiteral("amount"), amount},
                                            {QStringLiteral("currency"), QStringLiteral("USD")},
                                            {QStringLiteral("list_amount"), list},
                                            {QStringLiteral("requests"), QJsonValue::Null}}}};
        };
        // 10 % off Sonnet, 9.375 % off Haiku; web search billed-only
        server.analyticsCosts[d1] = QJsonArray{
            item(QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("tokens"), QStringLiteral("405.00"),
                 QStringLiteral("450.00")),
            item(QStringLiteral("claude-3-5-haiku-20241022"), QStringLiteral("tokens"), QStringLiteral("72.5"),
                 QStringLiteral("80")),
            item(QJsonValue::Null, QStringLiteral("web_search"), QStringLiteral("9.0"), QStringLiteral("10.0"))};
        server.analyticsCosts[d2] = QJsonArray{item(QStringLiteral("claude-sonnet-4-20250514"),
                                                    QStringLiteral("tokens"), QStringLiteral("2.7"),
                                                    QStringLiteral("3.0"))};
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl(),
                        {{QStringLiteral("cost_analytics"), true}}));
        Credentials creds;
        creds.apiKey = server.adminKey;
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.inserted, 4); // three token records carrying their costs, the web search row
        QCOMPARE(fx.computedTotal(), QStringLiteral("5.33"));
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.892"));
        QCOMPARE(fx.factSum("billed_list_cost"), QStringLiteral("5.43"));
        QVERIFY(fx.rollupsAgree());
        QVERIFY(std::none_of(server.requests().cbegin(), server.requests().cend(),
                             [](const FakeRequest &r) { return r.path.contains("cost_report"); }));
        const auto analytics = std::find_if(server.requests().cbegin(), server.requests().cend(),
                                            [](const FakeRequest &r) { return r.path.contains("analytics/cost"); });
        QVERIFY(analytics != server.requests().cend());
        QCOMPARE(analytics->header("anthropic-beta"), QByteArray("analytics-usage-cost-2026-08-24"));
        QCOMPARE(analytics->queryArray("group_by"), (QByteArrayList{"workspace_id", "model", "cost_type"}));

        // The reconciliation: computed, list price and billed (after discounts), per day and model.
        query::UsageQueries q(*fx.db);
        const auto rows = q.reconciliation({QDate(2026, 11, 1), QDate(2026, 11, 5), {}}, {});
        QVERIFY(rows.ok());
        QStringList seen;
        for (const query::ReconciliationRow &r : *rows)
            seen << QStringLiteral("%1 %2 %3 list %4 billed %5 (%6 of %7)")
                        .arg(r.day.toString(Qt::ISODate), r.model, r.computed.toDecimalString(),
                             r.billedList.toDecimalString(), r.billed.toDecimalString())
                        .arg(r.listRecords)
                        .arg(r.records);
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QStringList{QStringLiteral("2026-11-01  0 list 0.1 billed 0.09 (1 of 1)"),
                                    QStringLiteral("2026-11-01 claude-3-5-haiku-20241022 0.8 list 0.8 billed 0.725 (1 of 1)"),
                                    QStringLiteral("2026-11-01 claude-sonnet-4-20250514 4.5 list 4.5 billed 4.05 (1 of 1)"),
                                    QStringLiteral("2026-11-02 claude-sonnet-4-20250514 0.03 list 0.03 billed 0.027 (1 of 1)")}));

        // The dashboard's "Computed vs billed": one row for Anthropic with all three figures.
        {
            services::DashboardService dashboard;
            dashboard.setToday(QDate(2026, 11, 6));
            dashboard.setDatabase(fx.db.get());
            dashboard.setCustomRange(QDate(2026, 11, 1), QDate(2026, 11, 5));
            itemmodels::ComputedVsBilledModel *m = dashboard.computedVsBilled();
            QCOMPARE(m->rowCount(), 1);
            QVERIFY(m->hasListPrices());
            using M = itemmodels::ComputedVsBilledModel;
            QCOMPARE(m->index(0, M::ComputedColumn).data(itemmodels::ExactUsdRole).toString(), QStringLiteral("5.33"));
            QCOMPARE(m->index(0, M::ListColumn).data(itemmodels::ExactUsdRole).toString(), QStringLiteral("5.43"));
            QCOMPARE(m->index(0, M::BilledColumn).data(itemmodels::ExactUsdRole).toString(), QStringLiteral("4.892"));
            QCOMPARE(m->headerData(M::ListColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                     QStringLiteral("List price"));
        }

        // The report's reconciliation table (its section data): list price beside billed.
        {
            report::ReportRequest request;
            request.from = QDate(2026, 11, 1);
            request.to = QDate(2026, 11, 5);
            request.today = QDate(2026, 11, 6);
            request.sections = {report::Section::Reconciliation};
            request.generatedAt = QDateTime(QDate(2026, 11, 6), QTime(9, 0), QTimeZone::utc());
            const auto data = report::computeReport(*fx.db, request);
            QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
            QStringList lines;
            for (const report::SectionTable &t : report::sectionTables(*data))
                if (t.name == u"reconciliation")
                    for (const QStringList &row : t.rows)
                        lines << row.join(u',');
            QCOMPARE(lines.value(0), QStringLiteral("provider,model,records,computed,billed,difference,days,"
                                                    "flagged_days,list_price"));
            QVERIFY(lines.contains(QStringLiteral("anthropic,claude-sonnet-4-20250514,2,4.53,4.077,0.453,2,1,4.53")));
            QVERIFY(lines.contains(QStringLiteral("anthropic,claude-3-5-haiku-20241022,1,0.80,0.725,0.075,1,1,0.80")));
        }

        // The CLI's reconcile: list_cost beside billed_cost where the source reported one.
        const test::CliRun cli = test::runCli({QStringLiteral("--db"), fx.db->path(), QStringLiteral("--json"),
                                               QStringLiteral("reconcile"), QStringLiteral("--from"),
                                               QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                               QStringLiteral("2026-11-05")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QJsonArray json = QJsonDocument::fromJson(cli.out).array();
        QCOMPARE(json.size(), qsizetype(4));
        QStringList cliRows;
        for (const QJsonValue &v : json)
            cliRows << v[QLatin1String("model")].toString() + u' ' + v[QLatin1String("computed_cost")].toString() + u' '
                           + v[QLatin1String("list_cost")].toString() + u' ' + v[QLatin1String("billed_cost")].toString();
        std::sort(cliRows.begin(), cliRows.end());
        QCOMPARE(cliRows, (QStringList{QStringLiteral(" 0.00 0.10 0.09"),
                                       QStringLiteral("claude-3-5-haiku-20241022 0.80 0.80 0.725"),
                                       QStringLiteral("claude-sonnet-4-20250514 0.03 0.03 0.027"),
                                       QStringLiteral("claude-sonnet-4-20250514 4.50 4.50 4.05")}));
        const test::CliRun text = test::runCli({QStringLiteral("--db"), fx.db->path(), QStringLiteral("reconcile"),
                                                QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                                QStringLiteral("--to"), QStringLiteral("2026-11-05")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("list price"));

        // A second sync adds nothing; the list amounts stay.
        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(fx.factSum("billed_list_cost"), QStringLiteral("5.43"));
    }

    void anthropicLongContextRowsUseLongContextPrices()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        QJsonObject row = usageRow(QStringLiteral("claude-sonnet-4-20250514"),
                                   QStringLiteral("wrkspc_a"), QStringLiteral("apikey_1"),
                                   QStringLiteral("standard"), 300000, 0, 0, 0, 10000, 0);
        row.insert(QStringLiteral("context_window"), QStringLiteral("200k-1M"));
        server.usage[utcDay(2026, 11, 1)].append(row);
        // the same tokens in the 0-200k window: standard prices
        server.usage[utcDay(2026, 11, 2)].append(usageRow(
            QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("wrkspc_a"),
            QStringLiteral("apikey_1"), QStringLiteral("standard"), 300000, 0, 0, 0, 10000, 0));
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl(),
                        {{QStringLiteral("skip_cost_report"), true}}));
        Credentials creds;
        creds.apiKey = server.adminKey;
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        // long: 300k × 6.00 + 10k × 22.50 = 2.025; standard: 300k × 3.00 + 10k × 15.00 = 1.05
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("3.075"));
        QVERIFY(std::none_of(server.requests().cbegin(), server.requests().cend(),
                             [](const FakeRequest &r) { return r.path.contains("cost_report"); }));
    }

    void anthropicFaults()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        fillAnthropic(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl()));
        Credentials creds;
        creds.apiKey = server.adminKey;
        server.addFault({Fault::Kind::Status, 429, "1", "cost_report", true});
        server.addFault({Fault::Kind::Status, 502, {}, "usage_report", false});
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.retries, 2);
        QCOMPARE(fx.billedTotal(), QStringLiteral("9.6678912"));

        Credentials ro;
        ro.apiKey = server.readOnlyKey;
        HttpFailure failure = HttpFailure::None;
        QVERIFY(!SyncEngine::test(fx.reload(), ro, fastRetry(), &failure).ok());
        QCOMPARE(failure, HttpFailure::Forbidden);
        Credentials bad;
        bad.apiKey = "sk-ant-admin01-wrong";
        const Status t = SyncEngine::test(fx.reload(), bad, fastRetry(), &failure);
        QCOMPARE(failure, HttpFailure::Unauthorized);
        QVERIFY(t.errorMessage().contains(QLatin1String("Bad key")));
        QVERIFY(!t.errorMessage().contains(QLatin1String("wrong")));
    }

    // Anthropic's way: 529 overloaded_error (twice) and 429 rate_limit_error with a lower-case
    // retry-after. Exact totals, and a second sync adds nothing.
    void anthropicOverloadedAndRateLimitedCompletesExactly()
    {
        FakeAnthropic server;
        QVERIFY(server.start());
        fillAnthropic(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("anthropic"), server.baseUrl()));
        Credentials creds;
        creds.apiKey = server.adminKey;
        Fault overloaded{Fault::Kind::Status, 529, {}, "usage_report", false};
        overloaded.times = 2;
        server.addFault(overloaded);
        server.addFault({Fault::Kind::Status, 429, "3", "cost_report", true});
        QList<int> waits;
        SyncOptions o = fiveDays();
        o.retry.retryAfterUnitMs = 1000;
        o.retry.maxRetryAfterMs = 10000;
        o.retry.random = [] { return 0.5; };
        o.retry.sleep = [&waits](int ms) {
            waits << ms;
            return true;
        };
        const SyncSummary s = fx.sync(creds, o);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(server.pendingFaults(), 0);
        QCOMPARE(s.retries, 3);
        QCOMPARE(waits, (QList<int>{5, 10, 3000})); // jittered backoff twice, then retry-after
        QCOMPARE(fx.billedTotal(), QStringLiteral("9.6678912"));
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("7.43"));
        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, s.inserted);
        QCOMPARE(fx.billedTotal(), QStringLiteral("9.6678912"));
    }

    // Cost Explorer throttles with HTTP 400: __type with a namespace, a bare
    // LimitExceededException, and the code only in x-amzn-ErrorType. All are retried; the
    // totals are exact and a second sync adds nothing.
    void awsThrottledTheAwsWayCompletesExactly()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl()));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        Fault prefixed{Fault::Kind::Status, 400, {}, {}, false};
        prefixed.errorCode = "com.amazon.coral.availability#ThrottlingException";
        Fault limit{Fault::Kind::Status, 400, {}, {}, true};
        limit.errorCode = "LimitExceededException";
        Fault headerOnly{Fault::Kind::Status, 400, {}, {}, true};
        headerOnly.errorCode = "ThrottlingException";
        headerOnly.codeInHeaderOnly = true;
        server.addFault(prefixed);
        server.addFault(limit);
        server.addFault(headerOnly);
        SyncOptions o = fiveDays();
        o.retry.random = [] { return 0.0; };
        const SyncSummary s = fx.sync(creds, o);
        QVERIFY2(s.ok, qPrintable(s.error + u' ' + server.lastSignatureProblem));
        QCOMPARE(server.pendingFaults(), 0);
        QCOMPARE(s.retries, 3);
        QCOMPARE(s.inserted, 5);
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("4.0315"));
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.0315"));
        QVERIFY(fx.rollupsAgree());
        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.0315"));
    }

    // A throttle that never lifts ends within the retry budget (a fake clock: nothing really
    // waits) with a message that says what was retried, how often and why it stopped; nothing
    // is stored. Waits with random 0.5: 0.5, 1, 2, 4, 8, 10, 10, 10, 10 s = 55.5 s; the next
    // 10 s would pass the 60 s budget, so the tenth throttle is the last.
    void awsPersistentThrottleGivesUpWithinTheBudget()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl()));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        Fault throttle{Fault::Kind::Status, 400, {}, {}, false};
        throttle.errorCode = "com.amazonaws.awsinsightsindexservice#ThrottlingException";
        throttle.times = -1;
        server.addFault(throttle);
        std::int64_t fakeNow = utcDay(2026, 11, 6) * 1000;
        SyncOptions o = fiveDays();
        o.retry = RetryPolicy{};
        o.retry.maxAttempts = 50;
        o.retry.transferTimeoutMs = 5000;
        o.retry.random = [] { return 0.5; };
        o.retry.clockMs = [&fakeNow] { return fakeNow; };
        o.retry.sleep = [&fakeNow](int ms) {
            fakeNow += ms;
            return true;
        };
        QElapsedTimer real;
        real.start();
        const SyncSummary s = fx.sync(creds, o);
        QVERIFY(!s.ok);
        QVERIFY2(real.elapsed() < 20000, "the fake clock should make this quick");
        QCOMPARE(server.requests().size(), 10);
        QCOMPARE(s.retries, 9);
        QCOMPARE(s.error,
                 QStringLiteral("GetCostAndUsage was throttled (ThrottlingException) 10 times over "
                                "56 s; gave up after the 60 s retry budget (the next wait, 10 s, "
                                "would pass it). Last answer: Throttled (HTTP 400 from /) "
                                "(ThrottlingException: Rate exceeded)."));
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact"), 0);
        QCOMPARE(fx.reload().lastStatus, QStringLiteral("failed"));
    }

    // A refused request (validation) is not retried and keeps the provider's message.
    void awsValidationErrorFailsAtOnce()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl()));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        Fault invalid{Fault::Kind::Status, 400, {}, {}, false};
        invalid.errorCode = "ValidationException";
        invalid.times = -1;
        server.addFault(invalid);
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY(!s.ok);
        QCOMPARE(s.retries, 0);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(s.error.startsWith(QLatin1String("Request refused (HTTP 400 from /) "
                                                  "(ValidationException: 1 validation error detected)")),
                 qPrintable(s.error));
    }

    void awsTotalsToTheCentWithSignedRequests()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl()));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        const SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error + u' ' + server.lastSignatureProblem));
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("4.0315"));
        QCOMPARE(s.computed.toDecimalString(),
                 QStringLiteral("1.5315")); // provisioned throughput: billed only
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.0315"));
        QVERIFY(fx.rollupsAgree());
        QCOMPARE(s.pages, 3);
        QCOMPARE(s.inserted, 5);
        QCOMPARE(fx.count("SELECT sum(input_tokens) FROM usage_fact"), 140500 + 1000000);
        QCOMPARE(fx.count("SELECT sum(output_tokens) FROM usage_fact"), 70000);
        QCOMPARE(fx.count("SELECT sum(cache_read_tokens) FROM usage_fact"), 100000);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tags_id WHERE "
                          "t.value LIKE '%cross_region:global%'"),
                 1);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tier_id WHERE "
                          "t.value = 'batch'"),
                 1);
        const FakeRequest &first = server.requests().first();
        QCOMPARE(first.header("X-Amz-Target"),
                 QByteArray("AWSInsightsIndexService.GetCostAndUsage"));
        QCOMPARE(first.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
        QVERIFY(first.body.contains("\"Amazon Bedrock\""));
        QVERIFY(!first.body.contains("LINKED_ACCOUNT"));

        const SyncSummary again = fx.sync(creds, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(again.inserted + again.replaced, 0);
        QVERIFY(!fx.databaseContains(server.secretAccessKey));
        QVERIFY(!fx.databaseContains(server.accessKeyId));
    }

    void awsSessionTokenAccountsAndServiceFilter()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        server.sessionToken = "FwoGZXIvYXdzEFAKESESSIONTOKEN";
        server.service = QStringLiteral("Amazon Bedrock Service");
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl(),
                        {{QStringLiteral("group_by_account"), true},
                         {QStringLiteral("service"), QStringLiteral("Amazon Bedrock Service")}}));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        SyncSummary s = fx.sync(creds, fiveDays());
        QVERIFY(!s.ok); // the server wants the session token
        QVERIFY2(s.error.contains(QLatin1String("InvalidSignatureException")), qPrintable(s.error));
        creds.aws.sessionToken = server.sessionToken;
        s = fx.sync(creds, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error + u' ' + server.lastSignatureProblem));
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("4.0315"));
        QCOMPARE(fx.count("SELECT count(DISTINCT account_id) FROM usage_fact"), 2);
        QVERIFY(server.requests().last().body.contains("LINKED_ACCOUNT"));
        QVERIFY(!fx.databaseContains(server.sessionToken));

        creds.aws.secretAccessKey = "not-the-secret";
        s = fx.sync(creds, fiveDays());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.startsWith(QLatin1String("Bad key")), qPrintable(s.error));
        QVERIFY(!s.error.contains(QLatin1String("not-the-secret")));
    }

    void awsTruncatedAndInvalidBodies()
    {
        FakeAws server;
        QVERIFY(server.start());
        fillAws(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("aws"), server.baseUrl()));
        Credentials creds;
        creds.aws = {server.accessKeyId, server.secretAccessKey, {}};
        server.addFault({Fault::Kind::Truncate, 200, {}, {}, true});
        QVERIFY(fx.sync(creds, fiveDays()).ok);
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.0315"));
        server.addFault({Fault::Kind::InvalidJson, 200, {}, {}, true});
        const SyncSummary bad = fx.sync(creds, fiveDays());
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("Invalid JSON from GetCostAndUsage (page 2)")),
                 qPrintable(bad.error));
        QCOMPARE(fx.billedTotal(), QStringLiteral("4.0315")); // the stored data is untouched
    }
};

QTEST_GUILESS_MAIN(TestSyncAnthropicAws)
#include "tst_sync_anthropic_aws.moc"
