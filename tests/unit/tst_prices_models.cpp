// Prices page item models and service: model-tester clean, rows equal the built-in catalog,
// overrides, discounts and imports change what is shown, and re-pricing applies the prices
// to stored usage (or, cancelled, changes nothing).
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "services/PricesService.h"
#include "query/UsageQueries.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::itemmodels;
using namespace tl::services;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString cell(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

QMap<QString, query::UsageTotals> costByProvider(store::Database &db)
{
    query::UsageQueries q(db);
    auto summary = q.summary({}, {Dimension::Provider});
    QMap<QString, query::UsageTotals> out;
    if (!summary)
        return out;
    for (const query::UsageGroup &g : summary->groups)
        out.insert(g.key.value(0), g.totals);
    return out;
}

} // namespace

class TestPricesModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheModelTester();
    void tableShowsBuiltinPricesInForceToday();
    void historyListsEveryPeriodNewestFirst();
    void overrideWinsAndRemovalRestoresBuiltin();
    void discountsAreSavedAndRemoved();
    void importingLiteLlmChangesSources();
    void cancelledRepriceChangesNothing();
    void repriceAppliesDiscount();

private:
    std::unique_ptr<store::Database> demoDatabase(const QTemporaryDir &dir);

    const QDate m_today{2026, 11, 26};
};

std::unique_ptr<store::Database> TestPricesModels::demoDatabase(const QTemporaryDir &dir)
{
    auto db = test::openTempDatabase(dir);
    if (!db)
        return db;
    demo::DemoOptions o;
    o.lastDay = m_today;
    if (!demo::DemoOrganisation::load(*db, o))
        return nullptr;
    return db;
}

void TestPricesModels::modelsPassTheModelTester()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    PricesService service;
    service.setToday(m_today);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester tableTester(service.priceTable(), Mode::QtTest);
    QAbstractItemModelTester historyTester(service.history(), Mode::QtTest);
    QAbstractItemModelTester discountTester(service.discountModel(), Mode::QtTest);
    service.setDatabase(db.get());
    service.showHistory(s("openai"), s("gpt-4o"));
    QVERIFY(service.history()->rowCount() > 0);
    pricing::ModelPrice p = *service.priceTable()->priceAt(0);
    p.prices.input = Money::fromCents(1);
    QVERIFY(service.saveOverride(p).ok());
    QVERIFY(service.saveDiscount({s("openai"), QString(), s("5"), s("MSA")}).ok());
    QVERIFY(service.removeOverride(p.provider, p.model).ok());
    QVERIFY(service.removeDiscount(s("openai"), QString()).ok());
    service.showHistory(QString(), QString());
    QCOMPARE(service.history()->rowCount(), 0);
    service.setDatabase(nullptr);
    QVERIFY(service.priceTable()->rowCount() > 0); // the built-in catalog
}

void TestPricesModels::tableShowsBuiltinPricesInForceToday()
{
    PricesService service; // no database: the built-in catalog
    service.setToday(m_today);
    const PriceTableModel *table = service.priceTable();

    QSet<QString> inForce;
    for (const pricing::ModelPrice &p : pricing::PriceCatalog::builtin().entries()) {
        if (p.coversDate(m_today))
            inForce.insert(p.provider + u'\n' + p.model);
    }
    QCOMPARE(table->rowCount(), int(inForce.size()));

    const int row = table->rowOf(s("openai"), s("gpt-4o"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(table, row, PriceTableModel::Provider), s("openai"));
    QCOMPARE(cell(table, row, PriceTableModel::Input), s("2.50"));
    QCOMPARE(cell(table, row, PriceTableModel::CacheRead), s("1.25"));
    QCOMPARE(cell(table, row, PriceTableModel::Output), s("10.00"));
    QCOMPARE(cell(table, row, PriceTableModel::CacheWrite1h), s("—"));
    QCOMPARE(cell(table, row, PriceTableModel::Source), s("Built-in"));
    QCOMPARE(table->index(row, PriceTableModel::Input).data(Qt::UserRole).toDouble(), 2.5);
    QVERIFY(!table->index(row, PriceTableModel::CacheWrite1h).data(Qt::UserRole).isValid());
    QCOMPARE(cell(table, row, PriceTableModel::CacheWrite1h, Qt::ToolTipRole),
             s("Cache write 1h: not listed — charged at the input price (2.50)"));
    QCOMPARE(table->headerData(PriceTableModel::Input, Qt::Horizontal, Qt::ToolTipRole).toString(),
             s("USD per million tokens"));

    const int haiku = table->rowOf(s("anthropic"), s("claude-3-haiku-20240307"));
    QVERIFY(haiku >= 0);
    QCOMPARE(cell(table, haiku, PriceTableModel::BatchInput), s("0.125"));
    const int sonnet = table->rowOf(s("anthropic"), s("claude-sonnet-4-5-20250929"));
    QVERIFY(sonnet >= 0);
    QVERIFY(cell(table, sonnet, PriceTableModel::LongContext).endsWith(s(": 6.00 / 22.50")));

    // Every row is the entry the catalog bills with today.
    for (int r = 0; r < table->rowCount(); ++r) {
        const pricing::ModelPrice *p = table->priceAt(r);
        const pricing::ModelPrice *winner = pricing::PriceCatalog::builtin().find(p->provider, p->model, m_today);
        QVERIFY(winner);
        QCOMPARE(winner->prices, p->prices);
    }
}

void TestPricesModels::historyListsEveryPeriodNewestFirst()
{
    PricesService service;
    service.setToday(m_today);
    QCOMPARE(cell(service.priceTable(), service.priceTable()->rowOf(s("openai"), s("o3")), PriceTableModel::Input),
             s("2.00"));
    service.showHistory(s("openai"), s("o3"));
    const PriceHistoryModel *h = service.history();
    QCOMPARE(h->rowCount(), 2);
    QCOMPARE(cell(h, 0, PriceHistoryModel::From, Qt::UserRole), s("2025-06-10"));
    QCOMPARE(cell(h, 0, PriceHistoryModel::To), s("—"));
    QCOMPARE(cell(h, 0, PriceHistoryModel::Input), s("2.00"));
    QCOMPARE(cell(h, 1, PriceHistoryModel::From), s("—"));
    QCOMPARE(cell(h, 1, PriceHistoryModel::To, Qt::UserRole), s("2025-06-10"));
    QCOMPARE(cell(h, 1, PriceHistoryModel::Input), s("10.00"));
    QCOMPARE(cell(h, 1, PriceHistoryModel::Cached), s("2.50"));
    // Each entry bills usage in its own period.
    QCOMPARE(cell(h, 0, PriceHistoryModel::InUse), s("yes"));
    QCOMPARE(cell(h, 1, PriceHistoryModel::InUse), s("yes"));
}

void TestPricesModels::overrideWinsAndRemovalRestoresBuiltin()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    PricesService service;
    service.setToday(m_today);
    service.setDatabase(db.get());
    QSignalSpy changed(&service, &PricesService::pricesChanged);
    const PriceTableModel *table = service.priceTable();
    const int rows = table->rowCount();
    QVERIFY(!service.needsReprice());

    pricing::ModelPrice gpt4o = *table->priceAt(table->rowOf(s("openai"), s("gpt-4o")));
    gpt4o.prices.input = *Money::parse(s("2.00"));
    QVERIFY(service.saveOverride(gpt4o).ok());
    pricing::ModelPrice mini = *table->priceAt(table->rowOf(s("openai"), s("gpt-4o-mini")));
    mini.prices.output = *Money::parse(s("0.5"));
    QVERIFY(service.saveOverride(mini).ok());
    QCOMPARE(changed.count(), 2);
    QVERIFY(service.needsReprice());
    QCOMPARE(table->rowCount(), rows);

    int row = table->rowOf(s("openai"), s("gpt-4o"));
    QCOMPARE(cell(table, row, PriceTableModel::Source), s("Your override"));
    QCOMPARE(cell(table, row, PriceTableModel::Input), s("2.00"));
    QCOMPARE(cell(table, row, PriceTableModel::Source, PriceTableModel::CatalogRole), s("user"));
    QCOMPARE(service.catalog().find(s("openai"), s("gpt-4o-2024-08-06"), m_today)->catalog, s("user"));
    QVERIFY(service.hasOverride(s("openai"), s("gpt-4o")));

    // The history lists both entries; the override is the one in use.
    service.showHistory(s("openai"), s("gpt-4o"));
    const PriceHistoryModel *history = service.history();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(cell(history, 0, PriceHistoryModel::Source), s("Your override"));
    QCOMPARE(cell(history, 0, PriceHistoryModel::InUse), s("yes"));
    QCOMPARE(cell(history, 1, PriceHistoryModel::Source), s("Built-in"));
    QCOMPARE(cell(history, 1, PriceHistoryModel::InUse), QString());
    QCOMPARE(cell(history, 1, PriceHistoryModel::Input), s("2.50"));

    // Saving again with the same start replaces the override.
    gpt4o.prices.input = *Money::parse(s("2.10"));
    QVERIFY(service.saveOverride(gpt4o).ok());
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(cell(table, table->rowOf(s("openai"), s("gpt-4o")), PriceTableModel::Input), s("2.10"));

    // Removing one override keeps the other; removing the last one works too.
    QVERIFY(service.removeOverride(s("openai"), s("gpt-4o")).ok());
    row = table->rowOf(s("openai"), s("gpt-4o"));
    QCOMPARE(cell(table, row, PriceTableModel::Source), s("Built-in"));
    QCOMPARE(cell(table, row, PriceTableModel::Input), s("2.50"));
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(cell(table, table->rowOf(s("openai"), s("gpt-4o-mini")), PriceTableModel::Source), s("Your override"));
    QVERIFY(service.removeOverride(s("openai"), s("gpt-4o-mini")).ok());
    QCOMPARE(cell(table, table->rowOf(s("openai"), s("gpt-4o-mini")), PriceTableModel::Source), s("Built-in"));
    QVERIFY(!service.removeOverride(s("openai"), s("gpt-4o-mini")).ok());
    auto stored = pricing::PriceCatalog::loadFrom(*db);
    QVERIFY(stored.ok());
    QVERIFY(stored->isEmpty());

    // Negative prices are refused.
    gpt4o.prices.output = -Money::fromCents(1);
    const Status refused = service.saveOverride(gpt4o);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(s("negative")));
}

void TestPricesModels::discountsAreSavedAndRemoved()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    PricesService service;
    service.setDatabase(db.get());
    const DiscountModel *model = service.discountModel();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(service.saveDiscount({s("anthropic"), QString(), s("12.5"), s("Enterprise agreement")}).ok());
    QVERIFY(service.saveDiscount({s("openai"), s("gpt-4o"), s("3"), QString()}).ok());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 0, DiscountModel::Provider), s("anthropic"));
    QCOMPARE(cell(model, 0, DiscountModel::Model), s("all models"));
    QCOMPARE(cell(model, 0, DiscountModel::Model, Qt::UserRole), QString());
    QCOMPARE(cell(model, 0, DiscountModel::Percent), s("12.5 %"));
    QCOMPARE(cell(model, 0, DiscountModel::Note), s("Enterprise agreement"));
    QCOMPARE(cell(model, 1, DiscountModel::Model), s("gpt-4o"));

    const Status bad = service.saveDiscount({s("openai"), QString(), s("101"), QString()});
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(s("0 to 100")));
    QCOMPARE(model->rowCount(), 2);

    QVERIFY(service.removeDiscount(s("anthropic"), QString()).ok());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(service.discounts().items().size(), 1);
    auto stored = pricing::Discounts::load(*db);
    QVERIFY(stored.ok());
    QCOMPARE(stored->items().size(), 1);
}

void TestPricesModels::importingLiteLlmChangesSources()
{
    const QString path = QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/litellm-model-prices-subset.json");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    PricesService service;
    service.setToday(m_today);
    service.setDatabase(db.get());
    QSignalSpy changed(&service, &PricesService::pricesChanged);
    auto report = service.importCatalogFile(path);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->catalogName, s("litellm"));
    QVERIFY(!report->added.isEmpty());
    QCOMPARE(changed.count(), 1);

    const PriceTableModel *table = service.priceTable();
    int fromLiteLlm = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (cell(table, r, PriceTableModel::Source) == s("LiteLLM"))
            ++fromLiteLlm;
    }
    QVERIFY(fromLiteLlm > 0);
    QCOMPARE(cell(table, table->rowOf(s("openai"), s("gpt-4o")), PriceTableModel::Source), s("LiteLLM"));

    // The same file again changes nothing and does not ask for a re-price.
    auto again = service.importCatalogFile(path);
    QVERIFY(again.ok());
    QVERIFY(again->added.isEmpty() && again->changed.isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestPricesModels::cancelledRepriceChangesNothing()
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    QVERIFY(db);
    const auto before = costByProvider(*db);
    QVERIFY(!before.isEmpty());
    PricesService service;
    service.setDatabase(db.get());
    QVERIFY(service.saveDiscount({s("anthropic"), QString(), s("10"), QString()}).ok());
    QSignalSpy finished(&service, &PricesService::repriceFinished);
    QVERIFY(service.startReprice());
    QVERIFY(service.isRepricing());
    service.cancelReprice();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(finished.at(0).at(1).toString().contains(s("cancelled")));
    QVERIFY(!service.isRepricing());
    QVERIFY(service.needsReprice());
    QCOMPARE(costByProvider(*db), before);
}

void TestPricesModels::repriceAppliesDiscount()
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    QVERIFY(db);
    const auto before = costByProvider(*db);
    QVERIFY(before.contains(s("anthropic")));
    PricesService service;
    service.setDatabase(db.get());
    QVERIFY(service.saveDiscount({s("anthropic"), QString(), s("10"), s("test")}).ok());
    QSignalSpy progress(&service, &PricesService::repriceProgress);
    QSignalSpy finished(&service, &PricesService::repriceFinished);
    QVERIFY(service.startReprice());
    QVERIFY(!service.startReprice()); // one at a time
    QVERIFY(finished.wait(120000));
    // The refusal of the second start came first.
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    const QString message = finished.at(1).at(1).toString();
    QVERIFY2(message.startsWith(s("Re-priced ")), qPrintable(message));
    QVERIFY(message.contains(s("without a price")));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!service.needsReprice());

    const auto after = costByProvider(*db);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const Money was = it.value().cost.total();
        const Money now = after.value(it.key()).cost.total();
        if (it.key() != s("anthropic")) {
            QCOMPARE(now.nanos(), was.nanos());
            continue;
        }
        // Each record's four cost parts are rounded once to the nano-dollar.
        const std::int64_t tolerance = 2 * it.value().facts;
        const std::int64_t diff = now.nanos() - was.mulDiv(9, 10).nanos();
        QVERIFY2(diff <= tolerance && diff >= -tolerance,
                 qPrintable(QStringLiteral("%1 vs 90 % of %2").arg(now.toDecimalString(), was.toDecimalString())));
        QVERIFY(now < was);
    }
}

QTEST_MAIN(TestPricesModels)
#include "tst_prices_models.moc"
