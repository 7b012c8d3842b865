// Each import format read through the real import path into a database file: token and cost
// totals, rejected records with line and reason, skipped non-usage records.
#include "TestSupport.h"

#include "ingest/ImportRunner.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace tl;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + name;
}

struct Totals
{
    std::int64_t facts = 0, requests = 0, input = 0, cacheRead = 0, cacheWrite = 0, output = 0;
    std::int64_t costNanos = 0, billedNanos = 0;
};

Totals factTotals(store::Database &db, const char *table = "usage_fact")
{
    auto st = db.connection().prepare(QStringLiteral(
        "SELECT %1, coalesce(sum(requests),0), coalesce(sum(input_tokens),0), coalesce(sum(cache_read_tokens),0), "
        "coalesce(sum(cache_write_5m_tokens + cache_write_1h_tokens),0), coalesce(sum(output_tokens),0), "
        "coalesce(sum(cost_input + cost_cache_read + cost_cache_write + cost_output),0), "
        "coalesce(sum(billed_cost),0) FROM %2")
                                          .arg(QLatin1String(qstrcmp(table, "usage_fact") == 0 ? "count(*)" : "coalesce(sum(facts),0)"),
                                               QLatin1String(table)));
    Totals t;
    if (st && st->step() == store::Statement::Step::Row) {
        t.facts = st->columnInt64(0);
        t.requests = st->columnInt64(1);
        t.input = st->columnInt64(2);
        t.cacheRead = st->columnInt64(3);
        t.cacheWrite = st->columnInt64(4);
        t.output = st->columnInt64(5);
        t.costNanos = st->columnInt64(6);
        t.billedNanos = st->columnInt64(7);
    }
    return t;
}

// The catalog cost of one request, priced independently of the importer.
std::int64_t costOf(const QString &provider, const QString &model, const QString &tier, std::int64_t start,
                    TokenCounts t, bool perRequest = true)
{
    static auto pricing = pricing::DatabasePricing::builtinOnly();
    t.requests = perRequest ? 1 : t.requests;
    const QDate d = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()).date();
    const auto r = pricing->engine().price(provider, model, d, tier, t, perRequest);
    return r.cost.total().nanos();
}

TokenCounts tokens(std::int64_t in, std::int64_t read, std::int64_t write, std::int64_t out)
{
    TokenCounts t;
    t.uncachedInput = in;
    t.cacheRead = read;
    t.cacheWrite5m = write;
    t.output = out;
    return t;
}

} // namespace

class TestIngestFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<pricing::DatabasePricing> m_pricing;

    Result<ingest::ImportSummary> run(const QString &file, ingest::ImportOptions o = {})
    {
        ingest::ImportRunner runner(*m_db, m_pricing->engine());
        runner.setChunkSize(2); // several insert calls even for small files
        return runner.importFile(data(file), o);
    }

    void checkRollups()
    {
        const Totals f = factTotals(*m_db);
        for (const char *table : {"rollup_hour", "rollup_day"}) {
            const Totals r = factTotals(*m_db, table);
            QCOMPARE(r.facts, f.facts);
            QCOMPARE(r.input, f.input);
            QCOMPARE(r.cacheRead, f.cacheRead);
            QCOMPARE(r.output, f.output);
            QCOMPARE(r.costNanos, f.costNanos);
            QCOMPARE(r.billedNanos, f.billedNanos);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
        m_db = test::openTempDatabase(m_dir, QStringLiteral("t.db"));
        QVERIFY(m_db);
        auto p = pricing::DatabasePricing::load(*m_db);
        QVERIFY(p.ok());
        m_pricing = std::move(*p);
    }

    void liteLlmJsonLines()
    {
        auto r = run(QStringLiteral("litellm_spend.jsonl"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::LiteLlm);
        QCOMPARE(r->read, 10);
        QCOMPARE(r->imported, 3);
        QCOMPARE(r->duplicates, 1); // chatcmpl-001 twice in the file
        QCOMPARE(r->rejected, 6);
        QCOMPARE(r->problems.size(), 6);
        QCOMPARE(r->problems[0].line, 5);
        QCOMPARE(r->problems[0].field, QStringLiteral("prompt_tokens"));
        QCOMPARE(r->problems[2].reason,
                 QStringLiteral("is too large (more than 10^12, the most TokenLedger accepts in one record)"));
        QCOMPARE(r->problems[3].line, 8);
        QVERIFY(r->problems[3].reason.contains(u"well-formed"));
        QCOMPARE(r->problems[4].field, QStringLiteral("request_id"));
        QCOMPARE(r->problems[5].line, 11);
        QVERIFY(r->problems[5].reason.contains(u"Latin-1"));

        const Totals t = factTotals(*m_db);
        QCOMPARE(t.requests, 3);
        QCOMPARE(t.input, 600 + 1200);
        QCOMPARE(t.cacheRead, 400 + 500);
        QCOMPARE(t.cacheWrite, 300);
        QCOMPARE(t.output, 500 + 1000);
        QCOMPARE(t.billedNanos, Money::parse(u"0.0128")->nanos());
        const std::int64_t t1 = 1749895200, t2 = 1749900600;
        QCOMPARE(t.costNanos, costOf(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QStringLiteral("standard"), t1, tokens(600, 400, 0, 500))
                                  + costOf(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("standard"), t2, tokens(1200, 500, 300, 1000)));
        QVERIFY(t.costNanos > 0);
        checkRollups();

        // Dimensions kept: key alias, team, user, tags.
        auto st = m_db->connection().prepare(
            "SELECT k.value, tm.value, u.value, tg.value FROM usage_fact f JOIN dim k ON k.id = f.api_key_id "
            "JOIN dim tm ON tm.id = f.team_id JOIN dim u ON u.id = f.user_id JOIN dim tg ON tg.id = f.tags_id "
            "WHERE f.record_key = 'litellm:chatcmpl-001'");
        QVERIFY(st.ok());
        QVERIFY(st->step() == store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("search-prod"));
        QCOMPARE(st->columnText(1), QStringLiteral("search"));
        QCOMPARE(st->columnText(2), QStringLiteral("alice"));
        QCOMPARE(st->columnText(3), QStringLiteral("env:prod,feature:faq"));
    }

    void liteLlmCsv()
    {
        auto r = run(QStringLiteral("litellm_spend.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->problems[0].line, 4);
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 800 + 20);
        QCOMPARE(t.cacheRead, 200);
        QCOMPARE(t.output, 510);
        checkRollups();
    }

    void openAiBatch()
    {
        auto r = run(QStringLiteral("batch_output.jsonl"), {std::nullopt, std::nullopt, data(QStringLiteral("batch_input.jsonl"))});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::OpenAiBatch);
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->skipped, 1);  // the failed request
        QCOMPARE(r->rejected, 1); // reasoning above completion tokens
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 24 + 400);
        QCOMPARE(t.cacheRead, 600);
        QCOMPARE(t.output, 15 + 200);
        QCOMPARE(t.costNanos, costOf(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), QStringLiteral("batch"), 1749895200, tokens(24, 0, 0, 15))
                                  + costOf(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QStringLiteral("batch"), 1749895260, tokens(400, 600, 0, 200)));
        // Batch tier: cheaper than standard.
        QVERIFY(t.costNanos < costOf(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QStringLiteral("standard"), 1749895260, tokens(400, 600, 0, 200)));
        checkRollups();
    }

    void bedrockGzip()
    {
        auto r = run(QStringLiteral("bedrock.jsonl.gz"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::Bedrock);
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->problems[0].field, QStringLiteral("input.inputTokenCount"));
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 45);
        QCOMPARE(t.cacheRead, 5000);
        QCOMPARE(t.cacheWrite, 1000);
        QCOMPARE(t.output, 546);
        QVERIFY(t.costNanos > 0);
        checkRollups();
    }

    void truncatedGzipImportsNothing()
    {
        auto r = run(QStringLiteral("bedrock_truncated.jsonl.gz"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"truncated gzip"), qPrintable(r.errorMessage()));
        QCOMPARE(factTotals(*m_db).facts, 0);
        auto batches = m_db->connection().queryInt("SELECT count(*) FROM import_batch");
        QCOMPARE(*batches, 0);
    }

    void langfuse()
    {
        auto r = run(QStringLiteral("langfuse.jsonl"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->skipped, 1);
        QCOMPARE(r->rejected, 1);
        Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 1600);
        QCOMPARE(t.cacheRead, 400);
        QCOMPARE(t.output, 400);
        QCOMPARE(t.billedNanos, Money::parse(u"0.0045")->nanos());
        // The API page document: obs-1 again (duplicate) and one new observation.
        auto page = run(QStringLiteral("langfuse_page.json"));
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QCOMPARE(page->read, 2);
        QCOMPARE(page->imported, 1);
        QCOMPARE(page->duplicates, 1);
        checkRollups();
    }

    // An API page on one line and a gzip-compressed array are JSON documents too.
    void langfuseCompactPageAndCompressedArray()
    {
        auto page = run(QStringLiteral("langfuse_page_compact.json"));
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QCOMPARE(page->read, 2);
        QCOMPARE(page->imported, 2);
        QCOMPARE(page->rejected, 0);
        auto array = run(QStringLiteral("langfuse_array.json.gz"));
        QVERIFY2(array.ok(), qPrintable(array.errorMessage()));
        QCOMPARE(array->read, 3);
        QCOMPARE(array->imported, 2);
        QCOMPARE(array->skipped, 1); // the span
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 500 + 200 + 1000 + 300);
        QCOMPARE(t.output, 50 + 20 + 100 + 30);
        checkRollups();
    }

    void focusExample()
    {
        auto r = run(QStringLiteral("focus12_example.csv.gz"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::Focus);
        QCOMPARE(r->read, 10);
        QCOMPARE(r->imported, 8);
        QCOMPARE(r->skipped, 2); // the credit and the tax row
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 1250000 + 800000 + 5000000);
        QCOMPARE(t.cacheRead, 2000000);
        QCOMPARE(t.output, 310000 + 900000 + 150000 - 50000);
        QCOMPARE(t.billedNanos, Money::parse(u"15.1")->nanos());
        checkRollups();
        // The plain CSV is the same content: nothing new.
        auto again = run(QStringLiteral("focus12_example.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 8);
    }

    void focusOwnExport()
    {
        // TokenLedger's own FOCUS export reads back to the same totals and dimensions.
        auto r = run(QStringLiteral("focus_tokenledger.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 4);
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.requests, 127); // x_Requests on one row of each group
        QCOMPARE(t.input, 1100000);
        QCOMPARE(t.cacheRead, 1000000);
        QCOMPARE(t.output, 500000);
        QCOMPARE(t.billedNanos, Money::parse(u"8.75")->nanos()); // the computed row has no billed cost
        auto billed = m_db->connection().queryInt("SELECT count(*) FROM usage_fact WHERE billed_cost IS NULL");
        QCOMPARE(*billed, 1);
        auto st = m_db->connection().prepare(
            "SELECT p.value, tr.value, tm.value, k.value, u.value, a.value, tg.value, rg.value FROM usage_fact f "
            "JOIN dim p ON p.id = f.provider_id JOIN dim tr ON tr.id = f.tier_id JOIN dim tm ON tm.id = f.team_id "
            "JOIN dim k ON k.id = f.api_key_id JOIN dim u ON u.id = f.user_id JOIN dim a ON a.id = f.account_id "
            "JOIN dim tg ON tg.id = f.tags_id JOIN dim rg ON rg.id = f.region_id ORDER BY f.record_key");
        QVERIFY(st.ok());
        QVERIFY(st->step() == store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("openai"));
        QCOMPARE(st->columnText(1), QStringLiteral("standard"));
        QCOMPARE(st->columnText(2), QStringLiteral("search"));
        QCOMPARE(st->columnText(3), QStringLiteral("key-1"));
        QCOMPARE(st->columnText(4), QStringLiteral("alice"));
        QCOMPARE(st->columnText(5), QStringLiteral("proj-chat"));
        QCOMPARE(st->columnText(6), QStringLiteral("feature:faq"));
        st->step();
        st->step();
        QVERIFY(st->step() == store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("bedrock"));
        QCOMPARE(st->columnText(1), QStringLiteral("batch"));
        QCOMPARE(st->columnText(7), QStringLiteral("us-east-1"));
        // Computed cost from the catalog: the day bucket priced like a request of the same tokens.
        const std::int64_t day = 1749859200;
        TokenCounts bedrockTokens = tokens(100000, 0, 0, 0);
        bedrockTokens.requests = 7;
        QCOMPARE(t.costNanos, costOf(QStringLiteral("openai"), QStringLiteral("gpt-4o"), QStringLiteral("standard"), day, tokens(1000000, 1000000, 0, 500000), false)
                                  + costOf(QStringLiteral("bedrock"), QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0"), QStringLiteral("batch"), day, bedrockTokens, false));
        checkRollups();
    }

    void focusForeign()
    {
        auto r = run(QStringLiteral("focus_foreign.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->skipped, 1); // compute row
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.output, 1000000); // 1000 × "1K Tokens"
        QCOMPARE(t.input, 2000);
        QCOMPARE(t.billedNanos, Money::parse(u"0.5")->nanos()); // NULL is null
        auto st = m_db->connection().prepare("SELECT group_concat(p.value) FROM usage_fact f JOIN dim p ON p.id = f.provider_id");
        QVERIFY(st.ok() && st->step() == store::Statement::Step::Row);
        QVERIFY(st->columnText(0).contains(u"google"));
        QVERIFY(st->columnText(0).contains(u"azure"));
    }

    // Returns "dim1|dim2|…" per fact, ordered by record key, for the named dimension columns.
    QStringList factDims(const QStringList &dims)
    {
        QStringList selects, joins;
        for (int i = 0; i < dims.size(); ++i) {
            selects << QStringLiteral("d%1.value").arg(i);
            joins << QStringLiteral("JOIN dim d%1 ON d%1.id = f.%2_id").arg(i).arg(dims[i]);
        }
        auto st = m_db->connection().prepare(QStringLiteral("SELECT %1 FROM usage_fact f %2 ORDER BY f.record_key")
                                                 .arg(selects.join(QStringLiteral(", ")), joins.join(u' ')));
        QStringList out;
        if (!st)
            return {st.errorMessage()};
        while (st->step() == store::Statement::Step::Row) {
            QStringList values;
            for (int i = 0; i < dims.size(); ++i)
                values << st->columnText(i);
            out << values.join(u'|');
        }
        return out;
    }

    void focus13WorkingGroupProperties()
    {
        // FOCUS 1.3 as the working group's AI examples write it: ServiceProviderName and
        // HostProviderName only, the model and token kind in SkuPriceDetails (plain and x_ keys).
        auto r = run(QStringLiteral("focus13_wg.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::Focus);
        QCOMPARE(r->imported, 5);
        QCOMPARE(r->rejected, 0);
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 1000000 + 100000);
        QCOMPARE(t.cacheRead, 500000);
        QCOMPARE(t.output, 200000);
        QCOMPARE(t.cacheWrite, 100000);
        QCOMPARE(t.billedNanos, Money::parse(u"6.025")->nanos());
        auto oneHour = m_db->connection().queryInt("SELECT sum(cache_write_1h_tokens) FROM usage_fact");
        QCOMPARE(*oneHour, 100000);
        const QStringList dims = factDims({QStringLiteral("provider"), QStringLiteral("model")});
        QCOMPARE(dims.count(QStringLiteral("openai|gpt-4o")), 3);
        QCOMPARE(dims.count(QStringLiteral("anthropic|claude-3-5-sonnet-20241022")), 2);
        checkRollups();
    }

    void focusWithAwsColumns()
    {
        // AWS Data Exports' FOCUS 1.2 with AWS columns: the usage type in SkuMeter, quantities
        // in Units of a thousand tokens; EC2 and the tax row are not AI usage.
        auto r = run(QStringLiteral("focus12_aws_bedrock.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->skipped, 2);
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 140500 + 1000000);
        QCOMPARE(t.output, 70000);
        QCOMPARE(t.cacheRead, 200000);
        QCOMPARE(t.billedNanos, Money::parse(u"1.5615")->nanos());
        const QStringList dims = factDims({QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("tier"),
                                           QStringLiteral("region"), QStringLiteral("account")});
        QVERIFY2(dims.contains(QStringLiteral("bedrock|amazon.nova-lite-v1:0|batch|us-east-1|444455556666")),
                 qPrintable(dims.join(u'\n')));
        QVERIFY(dims.contains(QStringLiteral("bedrock|anthropic.claude-3-5-sonnet-20241022-v2:0|standard|us-east-1|444455556666")));
        checkRollups();
    }

    void curTwoPointZero()
    {
        auto r = run(QStringLiteral("cur2_bedrock.csv.gz"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::AwsCur);
        QCOMPARE(r->read, 10);
        QCOMPARE(r->imported, 7); // provisioned throughput as a billed amount without tokens
        QCOMPARE(r->skipped, 2);  // EC2, the tax line
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->problems.first().line, 11);
        QCOMPARE(r->problems.first().field, QStringLiteral("line_item_usage_amount"));
        QVERIFY(r->problems.first().reason.contains(u"lots"));
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 100500 + 40000 + 1000000); // "1K tokens" and "Units" both count thousands
        QCOMPARE(t.output, 70000);
        QCOMPARE(t.cacheRead, 200000);
        QCOMPARE(t.cacheWrite, 10000);
        QCOMPARE(t.billedNanos, Money::parse(u"41.199")->nanos());
        QVERIFY(t.costNanos > 0); // priced from the catalog beside the billed amount
        const QStringList dims = factDims({QStringLiteral("model"), QStringLiteral("user"), QStringLiteral("team"),
                                           QStringLiteral("tags")});
        QCOMPARE(dims.first(),
                 QStringLiteral("anthropic.claude-3-5-sonnet-20241022-v2:0|user/alice|support|"
                                "iamPrincipal/cost_center:cc-42,inference_profile:support-bot,team:support,"
                                "usage_type:USE1-Claude3.5Sonnet-input-tokens"));
        QVERIFY2(dims.at(1).startsWith(QStringLiteral("anthropic.claude-3-5-sonnet-20241022-v2:0|"
                                                      "assumed-role/BedrockApp/bob@example.org|search|")),
                 qPrintable(dims.at(1)));
        auto hourly = m_db->connection().queryInt("SELECT count(*) FROM usage_fact WHERE bucket_secs = 3600");
        QCOMPARE(*hourly, 7); // hourly lines stay hourly
        checkRollups();
        // The same report again, uncompressed: every line is recognised by its line item id.
        auto again = run(QStringLiteral("cur2_bedrock.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 7);
    }

    void curLegacy()
    {
        auto r = run(QStringLiteral("cur_legacy.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::AwsCur);
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->skipped, 1); // the credit
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 500000);
        QCOMPARE(t.output, 50000);
        QCOMPARE(t.billedNanos, Money::parse(u"0.1875")->nanos());
        const QStringList dims = factDims({QStringLiteral("model"), QStringLiteral("region"), QStringLiteral("team"),
                                           QStringLiteral("tags")});
        QCOMPARE(dims.first(), QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0|us-west-2|research|"
                                              "project:atlas,team:research,usage_type:USW2-Claude3Haiku-input-tokens"));
        checkRollups();
    }

    void mappedCsv()
    {
        ingest::CsvMapping m;
        m.name = QStringLiteral("gateway");
        m.columns = {{ingest::CsvMapping::Field::Timestamp, QStringLiteral("when")},
                     {ingest::CsvMapping::Field::Model, QStringLiteral("llm")},
                     {ingest::CsvMapping::Field::InputTokens, QStringLiteral("in")},
                     {ingest::CsvMapping::Field::OutputTokens, QStringLiteral("out")},
                     {ingest::CsvMapping::Field::Cost, QStringLiteral("usd")},
                     {ingest::CsvMapping::Field::User, QStringLiteral("who")}};
        m.defaultProvider = QStringLiteral("openai");
        auto r = run(QStringLiteral("generic.csv"), {ingest::ImportFormat::Csv, m, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->problems[0].field, QStringLiteral("in"));
        const Totals t = factTotals(*m_db);
        QCOMPARE(t.input, 3000);
        QCOMPARE(t.output, 300);
        QCOMPARE(t.requests, 2);
        auto again = run(QStringLiteral("generic.csv"), {ingest::ImportFormat::Csv, m, {}});
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 2);
        // A mapping naming a column the file lacks is refused before anything is written.
        m.columns.insert(ingest::CsvMapping::Field::Team, QStringLiteral("squad"));
        auto bad = run(QStringLiteral("generic.csv"), {ingest::ImportFormat::Csv, m, {}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(u"squad"));
    }
};

QTEST_GUILESS_MAIN(TestIngestFormats)
#include "tst_ingest_formats.moc"
