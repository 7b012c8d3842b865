// The Prices page offscreen: search filters the table, selecting a model fills its history,
// "Remove override" follows the selection, the banner's re-price refreshes the dashboard,
// and the override and discount dialogs validate what is typed.
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "dialogs/DiscountDialog.h"
#include "dialogs/PriceOverrideDialog.h"
#include "services/DashboardService.h"
#include "services/PricesService.h"
#include "services/Session.h"
#include "store/LedgerPriceMirror.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using itemmodels::PriceHistoryModel;
using itemmodels::PriceTableModel;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestPricesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchFiltersAndSelectionFillsHistory();
    void removeOverrideFollowsSelection();
    void bannerRepriceRefreshesDashboard();
    void overrideDialogValidates();
    void discountDialogValidates();
    void teamLedgerRowsAreReadOnly();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPricesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("prices.db"));
    services::Session session;
    QVERIFY(session.openWithDemoOnFirstStart(m_path).ok());
    QVERIFY(session.isDemo());
}

void TestPricesPage::searchFiltersAndSelectionFillsHistory()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(ui::MainWindow::Prices);
    QCOMPARE(w.currentPage(), ui::MainWindow::Prices);

    auto *search = w.findChild<QLineEdit *>(s("priceSearch"));
    auto *table = w.findChild<QTableView *>(s("priceTable"));
    auto *history = w.findChild<QTableView *>(s("historyTable"));
    QVERIFY(search && table && history);
    QVERIFY(search->isVisible() && search->isClearButtonEnabled());
    QAbstractItemModel *proxy = table->model();
    const int all = proxy->rowCount();
    QCOMPARE(all, w.pricesService()->priceTable()->rowCount());
    QVERIFY(all > 10);
    QCOMPARE(history->model()->rowCount(), 0);

    search->setFocus();
    QTest::keyClicks(search, s("HaIkU"));
    const int haikus = proxy->rowCount();
    QVERIFY(haikus > 0);
    QVERIFY(haikus < all);
    for (int r = 0; r < haikus; ++r)
        QVERIFY(proxy->index(r, PriceTableModel::Model).data().toString().contains(s("haiku")));
    int expected = 0;
    for (int r = 0; r < all; ++r)
        expected += w.pricesService()->priceTable()->index(r, PriceTableModel::Model).data().toString().contains(s("haiku"));
    QCOMPARE(haikus, expected);

    // Enter moves to the table and picks the first match; its history appears below.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(history->model()->rowCount() > 0);

    // Selecting another row shows that model's history.
    table->setCurrentIndex(proxy->index(haikus - 1, PriceTableModel::Model));
    const QString model = proxy->index(haikus - 1, PriceTableModel::Model).data().toString();
    const QString provider = proxy->index(haikus - 1, PriceTableModel::Provider).data().toString();
    QCOMPARE(w.pricesService()->history()->model(), model);
    QCOMPARE(w.pricesService()->history()->provider(), provider);
    QVERIFY(history->model()->rowCount() >= 1);
    QCOMPARE(history->model()->index(0, PriceHistoryModel::InUse).data().toString(), s("yes"));

    search->clear();
    QCOMPARE(proxy->rowCount(), all);
}

void TestPricesPage::removeOverrideFollowsSelection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("override.db"));
    services::Session session;
    QVERIFY(session.createEmpty(path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    w.showPage(ui::MainWindow::Prices);
    auto *table = w.findChild<QTableView *>(s("priceTable"));
    auto *remove = w.findChild<QPushButton *>(s("removeOverrideButton"));
    auto *banner = w.findChild<QWidget *>(s("pricesChangedBanner"));
    QVERIFY(table && remove && banner);
    QVERIFY(!banner->isVisible());

    auto *service = w.pricesService();
    const int sourceRow = service->priceTable()->rowOf(s("openai"), s("gpt-4o"));
    QVERIFY(sourceRow >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    table->setCurrentIndex(proxy->mapFromSource(service->priceTable()->index(sourceRow, PriceTableModel::Model)));
    QVERIFY(!remove->isEnabled());

    pricing::ModelPrice price = *service->priceTable()->priceAt(sourceRow);
    price.prices.input = *Money::parse(s("2.20"));
    QVERIFY(service->saveOverride(price).ok());
    // The selection survives the reload and now shows the override.
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(PriceTableModel::Model).data().toString(), s("gpt-4o"));
    QCOMPARE(current.siblingAtColumn(PriceTableModel::Source).data().toString(), s("Your override"));
    QVERIFY(remove->isEnabled());
    QVERIFY(banner->isVisible());

    QVERIFY(service->removeOverride(s("openai"), s("gpt-4o")).ok());
    QVERIFY(!remove->isEnabled());
}

void TestPricesPage::bannerRepriceRefreshesDashboard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("reprice.db"));
    QVERIFY(QFile::copy(m_path, path));
    services::Session session;
    QVERIFY(session.open(path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    w.showPage(ui::MainWindow::Prices);
    auto *service = w.pricesService();
    const Money before = *Money::parse(
        w.dashboardService()->kpis()->index(itemmodels::KpiModel::Spend).data(itemmodels::KpiModel::RawValueRole).toString());
    QVERIFY(!before.isZero());

    QVERIFY(service->saveDiscount({s("anthropic"), QString(), s("20"), s("test")}).ok());
    auto *banner = w.findChild<QWidget *>(s("pricesChangedBanner"));
    auto *button = w.findChild<QPushButton *>(s("repriceNowButton"));
    QVERIFY(banner && button);
    QVERIFY(banner->isVisible());

    QSignalSpy finished(service, &services::PricesService::repriceFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *progress = w.findChild<QProgressDialog *>(s("repriceProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(!w.findChild<QPushButton *>(s("repriceButton"))->isEnabled());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!banner->isVisible());
    QVERIFY(w.findChild<QLabel *>(s("pricesStatusLabel"))->text().startsWith(s("Re-priced ")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.findChild<QProgressDialog *>(s("repriceProgress")), tl::test::kSlowMachineMs);

    const Money after = *Money::parse(
        w.dashboardService()->kpis()->index(itemmodels::KpiModel::Spend).data(itemmodels::KpiModel::RawValueRole).toString());
    QVERIFY(after < before);
}

void TestPricesPage::overrideDialogValidates()
{
    const pricing::ModelPrice *gpt4o = pricing::PriceCatalog::builtin().find(s("openai"), s("gpt-4o"), QDate(2026, 11, 26));
    QVERIFY(gpt4o);
    ui::PriceOverrideDialog dialog(*gpt4o);
    auto *input = dialog.findChild<QLineEdit *>(s("overrideInput"));
    auto *output = dialog.findChild<QLineEdit *>(s("overrideOutput"));
    auto *write1h = dialog.findChild<QLineEdit *>(s("overrideCacheWrite1h"));
    auto *error = dialog.findChild<ui::MessageWidget *>(s("overrideError"));
    auto *hasFrom = dialog.findChild<QCheckBox *>(s("overrideHasFrom"));
    QPushButton *ok = okButton(&dialog);
    QVERIFY(input && output && write1h && error && hasFrom && ok);
    QCOMPARE(input->text(), s("2.50"));
    QCOMPARE(write1h->text(), QString());
    QVERIFY(ok->isEnabled());

    input->clear();
    QTest::keyClicks(input, s("-1"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(s("negative")));
    input->clear();
    QTest::keyClicks(input, s("2,00"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(s("not an amount")));
    input->clear();
    QTest::keyClicks(input, s("2.00"));
    QVERIFY(ok->isEnabled());
    output->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(s("required")));
    QTest::keyClicks(output, s("8"));
    QVERIFY(ok->isEnabled());

    pricing::ModelPrice p = dialog.price();
    QCOMPARE(p.catalog, s("user"));
    QCOMPARE(p.prices.input.toDecimalString(2), s("2.00"));
    QCOMPARE(p.prices.output.toDecimalString(2), s("8.00"));
    QVERIFY(!p.prices.cacheWrite1h);
    QVERIFY(!p.effectiveFrom.isValid());
    QCOMPARE(p.aliases, gpt4o->aliases);
    hasFrom->setChecked(true);
    QVERIFY(dialog.price().effectiveFrom.isValid());
}

void TestPricesPage::discountDialogValidates()
{
    QMap<QString, QStringList> models;
    models.insert(s("anthropic"), {s("claude-haiku-4-5-20251001")});
    models.insert(s("openai"), {s("gpt-4o")});
    ui::DiscountDialog dialog(models, std::nullopt);
    auto *provider = dialog.findChild<QComboBox *>(s("discountProvider"));
    auto *model = dialog.findChild<QComboBox *>(s("discountModel"));
    auto *percent = dialog.findChild<QLineEdit *>(s("discountPercent"));
    auto *error = dialog.findChild<ui::MessageWidget *>(s("discountError"));
    QPushButton *ok = okButton(&dialog);
    QVERIFY(provider && model && percent && error && ok);
    QVERIFY(!ok->isEnabled());

    provider->setCurrentText(s("anthropic"));
    QCOMPARE(model->count(), 2); // "all models" and the one model
    QTest::keyClicks(percent, s("101"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(s("0 to 100")));
    percent->clear();
    QTest::keyClicks(percent, s("12.12345"));
    QVERIFY(!ok->isEnabled());
    percent->clear();
    QTest::keyClicks(percent, s("12.5"));
    QVERIFY(ok->isEnabled());
    const pricing::Discount d = dialog.discount();
    QCOMPARE(d.provider, s("anthropic"));
    QCOMPARE(d.model, QString());
    QCOMPARE(d.percent, s("12.5"));

    provider->setCurrentText(QString());
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(s("Provider")));
}

// Prices and discounts mirrored from a team ledger show their origin and cannot be edited or
// removed; the analyst's own stay editable beside them.
void TestPricesPage::teamLedgerRowsAreReadOnly()
{
    QTemporaryDir dir;
    services::Session session;
    QVERIFY(session.createEmpty(dir.filePath(s("team.db"))).ok());
    store::ledger::LedgerPriceSet set;
    set.changeNumber = 7;
    pricing::ModelPrice p;
    p.catalog = s("user");
    p.provider = s("openai");
    p.model = s("gpt-4o");
    p.prices.input = *Money::parse(s("2.00"));
    p.prices.output = *Money::parse(s("8.00"));
    set.prices << p;
    set.discounts << pricing::Discount{s("openai"), QString(), s("10"), s("MSA")};
    QVERIFY(store::LedgerPriceMirror(*session.database()).mirror(s("L1"), set));

    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    w.showPage(ui::MainWindow::Prices);
    auto *table = w.findChild<QTableView *>(s("priceTable"));
    auto *remove = w.findChild<QPushButton *>(s("removeOverrideButton"));
    auto *discounts = w.findChild<QTableView *>(s("discountTable"));
    auto *edit = w.findChild<QPushButton *>(s("editDiscountButton"));
    auto *removeDiscount = w.findChild<QPushButton *>(s("removeDiscountButton"));
    QVERIFY(table && remove && discounts && edit && removeDiscount);
    auto *service = w.pricesService();
    const int row = service->priceTable()->rowOf(s("openai"), s("gpt-4o"));
    QVERIFY(row >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    table->setCurrentIndex(proxy->mapFromSource(service->priceTable()->index(row, PriceTableModel::Model)));
    QCOMPARE(table->currentIndex().siblingAtColumn(PriceTableModel::Source).data().toString(),
             s("Team override (team ledger)"));
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(s("team ledger")));

    QCOMPARE(discounts->model()->rowCount(), 1);
    discounts->selectRow(0);
    QVERIFY(discounts->model()->index(0, 3).data().toString().contains(s("(team ledger)")));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!removeDiscount->isEnabled());
    // Removing it through the service leaves it: only the analyst's own are removed.
    QVERIFY(service->removeDiscount(s("openai"), QString()).ok());
    QVERIFY(service->saveDiscount({s("openai"), QString(), s("5"), s("own")}).ok());
    QCOMPARE(discounts->model()->rowCount(), 2);
    discounts->selectRow(0); // the analyst's own comes first
    QCOMPARE(discounts->model()->index(0, 3).data().toString(), s("own"));
    QVERIFY(edit->isEnabled());
    QVERIFY(removeDiscount->isEnabled());
    // The own discount wins over the team's for the same models.
    QCOMPARE(service->discounts().find(s("openai"), s("gpt-4o"))->percent, s("5"));
}

QTEST_MAIN(TestPricesPage)
#include "tst_prices_page.moc"
