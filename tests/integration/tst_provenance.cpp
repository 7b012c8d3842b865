// Where a billed figure came from, named per source: a LiteLLM import's cost is "reported by
// LiteLLM" (its own estimate), an OpenAI billing-API sync's "billed by OpenAI", and a period
// with both names both. Real SQLite files, the real import and a real sync against the fake
// OpenAI server; the wording is checked where the dashboard, the budgets and the report use it.
#include "FakeProviders.h"
#include "SyncTestHelpers.h"

#include "budgets/BudgetCheck.h"
#include "itemmodels/BudgetListModel.h"
#include "query/DashboardSnapshot.h"
#include "query/KpiFigures.h"
#include "query/Provenance.h"
#include "query/UsageQueries.h"
#include "services/ImportUseCase.h"

#include <QTimeZone>

using namespace tl;
using namespace tl::test;

namespace {

QString litellmFile()
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/litellm_spend.jsonl");
}

// The LiteLLM file's requests are on 14 June 2025; the OpenAI sync's buckets on 1–2 Nov 2026.
const QDate kLiteLlmDay(2025, 6, 14);
const QDate kSyncFirst(2026, 11, 1);
const QDate kSyncLast(2026, 11, 2);

query::UsageFilter period(const QDate &from, const QDate &to)
{
    query::UsageFilter f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAi> m_server;

    bool importLiteLlm(store::Database &db)
    {
        auto run = services::ImportUseCase(db).run({litellmFile()}, {});
        return run.ok() && run->allOk() && run->changed();
    }

    bool syncOpenAi(SyncFixture &fx)
    {
        providers::Credentials creds;
        creds.apiKey = m_server->adminKey;
        providers::SyncOptions o;
        o.from = kSyncFirst;
        o.to = kSyncLast;
        o.now = utcDay(2026, 11, 3) + 3600;
        o.retry = fastRetry(2);
        const providers::SyncSummary s = fx.sync(creds, o);
        return s.ok && s.inserted > 0;
    }

    static QString phrase(store::Database &db, const query::UsageFilter &filter)
    {
        query::UsageQueries queries(db);
        auto p = query::readProvenance(queries.reader(), filter);
        if (!p)
            return QStringLiteral("error: ") + p.errorMessage();
        return query::provenancePhrase(p->all);
    }

    static query::DashboardSnapshot dashboard(store::Database &db, const QDate &from, const QDate &to)
    {
        query::DashboardRequest r;
        r.preset = query::PeriodPreset::Custom;
        r.customFrom = from;
        r.customTo = to;
        r.today = to;
        auto s = query::computeDashboard(db, r);
        return s ? *s : query::DashboardSnapshot{};
    }

    static QString spendTooltip(const query::DashboardSnapshot &s)
    {
        query::KpiFigures k;
        k.setSnapshot(s);
        return k.value(query::KpiFigures::Spend, Qt::ToolTipRole).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOpenAi>();
        QVERIFY(m_server->start());
        m_server->addRow(QStringLiteral("completions"), utcDay(2026, 11, 1),
                         {{QStringLiteral("input_tokens"), 1000000},
                          {QStringLiteral("input_cached_tokens"), 0},
                          {QStringLiteral("output_tokens"), 100000},
                          {QStringLiteral("num_model_requests"), 50},
                          {QStringLiteral("project_id"), QStringLiteral("proj_a")},
                          {QStringLiteral("user_id"), QJsonValue::Null},
                          {QStringLiteral("api_key_id"), QStringLiteral("key_1")},
                          {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                          {QStringLiteral("batch"), false},
                          {QStringLiteral("service_tier"), QStringLiteral("default")}});
        m_server->addRow(QStringLiteral("costs"), utcDay(2026, 11, 1),
                         {{QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), 3.5},
                                                                 {QStringLiteral("currency"), QStringLiteral("usd")}}},
                          {QStringLiteral("line_item"), QStringLiteral("gpt-4o-2024-08-06, input")},
                          {QStringLiteral("project_id"), QStringLiteral("proj_a")},
                          {QStringLiteral("api_key_id"), QJsonValue::Null},
                          {QStringLiteral("quantity"), QJsonValue::Null},
                          {QStringLiteral("quantity_unit"), QJsonValue::Null}});
    }

    void cleanup() { m_server.reset(); }

    void liteLlmOnlyIsReportedByLiteLlm()
    {
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("openai"), m_server->baseUrl() + QStringLiteral("/v1")));
        QVERIFY(importLiteLlm(*fx.db));
        QCOMPARE(phrase(*fx.db, {}), QStringLiteral("reported by LiteLLM"));
        QCOMPARE(phrase(*fx.db, period(kLiteLlmDay, kLiteLlmDay)), QStringLiteral("reported by LiteLLM"));

        const query::DashboardSnapshot s = dashboard(*fx.db, kLiteLlmDay, kLiteLlmDay);
        QCOMPARE(query::provenancePhrase(s.provenance.all), QStringLiteral("reported by LiteLLM"));
        QCOMPARE(query::provenancePhrase(s.provenance.byProvider.value(QStringLiteral("anthropic"))),
                 QStringLiteral("reported by LiteLLM"));
        const QString tip = spendTooltip(s);
        QVERIFY2(tip.contains(QLatin1String("USD, reported by LiteLLM.")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("providers")), qPrintable(tip));
    }

    void openAiSyncOnlyIsBilledByOpenAi()
    {
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("openai"), m_server->baseUrl() + QStringLiteral("/v1")));
        QVERIFY(syncOpenAi(fx));
        QCOMPARE(phrase(*fx.db, {}), QStringLiteral("billed by OpenAI"));
        QCOMPARE(phrase(*fx.db, period(kSyncFirst, kSyncLast)), QStringLiteral("billed by OpenAI"));
        // A period without billed records names nobody.
        QCOMPARE(phrase(*fx.db, period(kLiteLlmDay, kLiteLlmDay)), QString());

        // The budget of November names the bill it follows.
        budgets::Budget b;
        b.name = QStringLiteral("November");
        b.amount = Money::fromUnits(100);
        const QDateTime now(QDate(2026, 11, 3), QTime(12, 0), QTimeZone::utc());
        auto statuses = budgets::evaluateBudgets(*fx.db, {b}, now, QTimeZone::utc());
        QVERIFY2(statuses.ok(), qPrintable(statuses.errorMessage()));
        QCOMPARE(statuses->size(), qsizetype(1));
        QCOMPARE(itemmodels::BudgetListModel::basisText(statuses->first()),
                 QStringLiteral("as billed by OpenAI"));
    }

    void bothAreNamedWhereBothReported()
    {
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("openai"), m_server->baseUrl() + QStringLiteral("/v1")));
        QVERIFY(importLiteLlm(*fx.db));
        QVERIFY(syncOpenAi(fx));
        // All data: LiteLLM's openai and anthropic records and the synced OpenAI bill.
        QCOMPARE(phrase(*fx.db, {}), QStringLiteral("reported by LiteLLM and billed by OpenAI"));
        // Each period names the source whose records it holds.
        QCOMPARE(phrase(*fx.db, period(kLiteLlmDay, kLiteLlmDay)), QStringLiteral("reported by LiteLLM"));
        QCOMPARE(phrase(*fx.db, period(kSyncFirst, kSyncLast)), QStringLiteral("billed by OpenAI"));
        // A scope: Anthropic only came through LiteLLM.
        query::UsageFilter anthropic;
        anthropic.add(Dimension::Provider, QStringLiteral("anthropic"));
        QCOMPARE(phrase(*fx.db, anthropic), QStringLiteral("reported by LiteLLM"));

        const query::DashboardSnapshot s = dashboard(*fx.db, kLiteLlmDay, kSyncLast);
        QCOMPARE(query::provenancePhrase(s.provenance.all), QStringLiteral("reported by LiteLLM and billed by OpenAI"));
        QCOMPARE(query::provenancePhrase(s.provenance.byProvider.value(QStringLiteral("openai"))),
                 QStringLiteral("reported by LiteLLM and billed by OpenAI"));
        QCOMPARE(query::provenancePhrase(s.provenance.byProvider.value(QStringLiteral("anthropic"))),
                 QStringLiteral("reported by LiteLLM"));
        const QString tip = spendTooltip(s);
        QVERIFY2(tip.contains(QLatin1String("USD, reported by LiteLLM and billed by OpenAI.")), qPrintable(tip));
    }

    // Three or more names read as a list.
    void listsReadNaturally()
    {
        query::Provenance p;
        p.reportedBy = {QStringLiteral("LiteLLM"), QStringLiteral("Langfuse")};
        p.billedBy = {QStringLiteral("OpenAI"), QStringLiteral("Anthropic"), QStringLiteral("AWS")};
        QCOMPARE(query::provenancePhrase(p),
                 QStringLiteral("reported by LiteLLM and Langfuse and billed by OpenAI, Anthropic and AWS"));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
