// FOCUS exports of the two other clouds through the real import path (issue 22):
// - data/ingest/focus_azure_focuscost.csv: an Azure Cost Management "FocusCost" export, built
//   for this test from the column list of the FinOps toolkit's focuscost_1.2.json schema and its
//   mapping notes (meter name in SkuMeter, Azure OpenAI in x_SkuMeterSubcategory, UnitOfMeasure
//   "1K" as x_PricingBlockSize 1000, a UTF-8 BOM); values are illustrative.
// - data/ingest/focus_google_bigquery.csv: Google Cloud's FOCUS view in BigQuery extracted to
//   CSV: BigQuery's "2026-11-01 00:00:00 UTC" timestamps, SKU descriptions in SkuMeter, tags as
//   a key/value list; values are illustrative.
#include "TestSupport.h"

#include "ingest/ImportRunner.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QtTest>

using namespace tl;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + name;
}

} // namespace

class TestFocusClouds : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<pricing::DatabasePricing> m_pricing;

    Result<ingest::ImportSummary> run(const QString &file)
    {
        ingest::ImportRunner runner(*m_db, m_pricing->engine());
        return runner.importFile(data(file), {});
    }
    std::int64_t value(const char *sql)
    {
        auto v = m_db->connection().queryInt(sql);
        return v ? *v : -1;
    }
    QString money(const char *sql) { return Money::fromNanos(value(sql)).toDecimalString(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh database for every test
        m_db = test::openTempDatabase(*m_dir);
        QVERIFY(m_db);
        auto p = pricing::DatabasePricing::load(*m_db);
        QVERIFY(p);
        m_pricing = std::move(p).value();
    }
    void cleanup()
    {
        m_pricing.reset();
        m_db.reset();
        m_dir.reset();
    }

    void azureFocusCost()
    {
        auto r = run(QStringLiteral("focus_azure_focuscost.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::Focus);
        QCOMPARE(r->imported, 4); // three token meters and provisioned throughput
        QCOMPARE(r->skipped, 2);  // a virtual machine and a reservation purchase
        QCOMPARE(r->rejected, 0);
        QCOMPARE(value("SELECT sum(input_tokens) FROM usage_fact"), 1000000);
        QCOMPARE(value("SELECT sum(output_tokens) FROM usage_fact"), 200000);
        QCOMPARE(value("SELECT sum(cache_read_tokens) FROM usage_fact"), 500000);
        QCOMPARE(money("SELECT sum(billed_cost) FROM usage_fact"), QStringLiteral("29.125"));
        // Azure's own gpt-4o prices: 2.50 + 2.00 + 0.625
        QCOMPARE(money("SELECT sum(cost_input + cost_cache_read + cost_cache_write + cost_output) FROM usage_fact"),
                 QStringLiteral("5.125"));
        QCOMPARE(value("SELECT count(*) FROM usage_fact f JOIN dim p ON p.id = f.provider_id "
                       "JOIN dim m ON m.id = f.model_id WHERE p.value = 'azure' AND m.value = 'gpt-4o'"), 3);
        QCOMPARE(value("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tier_id "
                       "WHERE t.value = 'provisioned' AND billed_cost = 24000000000"), 1);
        // Every token row has a price; provisioned throughput is a billed amount without one.
        QCOMPARE(value("SELECT count(*) FROM usage_fact WHERE priced = 0"), 1);
        QCOMPARE(value("SELECT count(*) FROM usage_fact WHERE priced = 0 AND billed_cost = 24000000000"), 1);
        // A second import adds nothing.
        auto again = run(QStringLiteral("focus_azure_focuscost.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(value("SELECT count(*) FROM usage_fact"), 4);
    }

    void googleFocusFromBigQuery()
    {
        auto r = run(QStringLiteral("focus_google_bigquery.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->format, ingest::ImportFormat::Focus);
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->skipped, 1); // Compute Engine
        QCOMPARE(r->rejected, 0);
        QCOMPARE(value("SELECT min(start_ts) FROM usage_fact"), 1793491200); // 2026-11-01 00:00 UTC
        QCOMPARE(value("SELECT sum(input_tokens) FROM usage_fact"), 3400000);
        QCOMPARE(value("SELECT sum(audio_input_tokens) FROM usage_fact"), 1000000);
        QCOMPARE(value("SELECT sum(output_tokens) FROM usage_fact"), 100000);
        QCOMPARE(money("SELECT sum(billed_cost) FROM usage_fact"), QStringLiteral("5.5"));
        // 2M × 1.25 + 100k × 10 + 400k long-context × 2.50 + 1M audio × 1.00
        QCOMPARE(money("SELECT sum(cost_input + cost_cache_read + cost_cache_write + cost_output) FROM usage_fact"),
                 QStringLiteral("5.5"));
        QCOMPARE(value("SELECT count(*) FROM usage_fact f JOIN dim p ON p.id = f.provider_id "
                       "JOIN dim g ON g.id = f.tags_id WHERE p.value = 'google' AND g.value LIKE '%team:search%'"), 4);
    }
};

QTEST_GUILESS_MAIN(TestFocusClouds)
#include "tst_focus_clouds.moc"
