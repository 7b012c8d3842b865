// The dashboard page offscreen on the demo organisation: the period (presets and custom
// dates) and the filter popup update the KPI cards to the figures of `tokenledger-cli
// summary`; chips remove filters; drill-down signals carry the right filter; the display
// currency; the Hour switch; and the page fits the smallest window the app supports.
#include "money/AmountText.h"
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "services/DashboardService.h"
#include "store/FactStore.h"
#include "pages/DashboardPage.h"
#include "widgets/CompactTableView.h"
#include "widgets/DashboardControlBar.h"
#include "widgets/FilterChipBar.h"
#include "widgets/FilterPopup.h"
#include "widgets/KpiCard.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SpendChart.h"

#include <QAbstractButton>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace tl;
using services::DashboardService;
using itemmodels::KpiModel;
using ui::KpiCard;

class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fitsTheSmallestWindow();
    void customRangeAndFilterUpdateKpis();
    void chipRemovesFilter();
    void drillDownSignals();
    void displayCurrencyConvertsCards();
    void hourOnlyForShortPeriods();
    void kpiCardsAreKeyboardReachable();
    void periodWithoutDataPointsToTheData();
    void unpricedRecordsNamedUnderTheCostSplit();

private:
    Money cliCost(const QDate &from, const QDate &to, const QStringList &filters = {});

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<DashboardService> m_service;
    std::unique_ptr<ui::DashboardPage> m_page;
    const QDate m_today{2026, 11, 26};
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = test::openTempDatabase(m_dir, QStringLiteral("page.db"));
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    o.cutoff = QDateTime(m_today, QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
}

void TestDashboardPage::init()
{
    m_page.reset();
    m_service = std::make_unique<DashboardService>();
    m_service->setToday(m_today);
    m_service->setDatabase(m_db.get());
    m_page = std::make_unique<ui::DashboardPage>(m_service.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The demo is small: the page's Auto mode answers synchronously.
    QCOMPARE(m_service->refreshMode(), DashboardService::RefreshMode::Auto);
    QVERIFY(!m_service->isBusy());
}

Money TestDashboardPage::cliCost(const QDate &from, const QDate &to, const QStringList &filters)
{
    QStringList args = {QStringLiteral("--db"), m_db->path(), QStringLiteral("summary"), QStringLiteral("--json"),
                        QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                        to.toString(Qt::ISODate)};
    for (const QString &f : filters)
        args << QStringLiteral("--filter") << f;
    const auto r = test::runCli(args);
    if (r.exitCode != 0)
        qWarning() << r.err;
    const auto j = nlohmann::json::parse(r.out.toStdString());
    return *Money::parse(QString::fromStdString(j["cost"].get<std::string>()));
}

void TestDashboardPage::fitsTheSmallestWindow()
{
    // The main window must still shrink to 1010 × 700 (navigation 170 px + frame).
    const QSize min = m_page->minimumSizeHint();
    QVERIFY2(min.width() <= 800 && min.height() <= 560,
             qPrintable(QStringLiteral("%1 × %2").arg(min.width()).arg(min.height())));
}

void TestDashboardPage::customRangeAndFilterUpdateKpis()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("periodCombo"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("customFrom"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("customTo"));
    QVERIFY(combo && from && to);
    KpiCard *spend = m_page->kpiCard(KpiModel::Spend);
    const QString before = spend->valueText();

    combo->setCurrentIndex(combo->findData(int(query::PeriodPreset::Custom)));
    QVERIFY(from->isVisible() && to->isVisible());
    from->setDate(QDate(2026, 10, 3));
    to->setDate(QDate(2026, 10, 16));
    QCOMPARE(m_service->periodPreset(), query::PeriodPreset::Custom);
    QCOMPARE(m_service->period().from, QDate(2026, 10, 3));
    QCOMPARE(m_service->period().to, QDate(2026, 10, 16));
    const Money october = cliCost(QDate(2026, 10, 3), QDate(2026, 10, 16));
    QCOMPARE(spend->valueText(), october.toDisplayString(QLocale()));
    QVERIFY(spend->valueText() != before);
    // A past period has no month-end forecast, and says why.
    KpiCard *forecast = m_page->kpiCard(KpiModel::MonthEndForecast);
    QCOMPARE(forecast->valueText(), QStringLiteral("—"));
    QVERIFY(forecast->toolTip().contains(QStringLiteral("includes today")));

    // Filters: open the popup, pick Team, tick "support".
    auto *controls = m_page->controls();
    QTest::mouseClick(controls->filtersButton(), Qt::LeftButton);
    ui::FilterPopup *popup = controls->filterPopup();
    QVERIFY(popup->isVisible());
    popup->selectDimension(Dimension::Team);
    auto *values = popup->findChild<QListWidget *>(QStringLiteral("filterValues"));
    const auto items = values->findItems(QStringLiteral("support"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(Qt::Checked);
    QCOMPARE(m_service->filter().equals.value(Dimension::Team), QStringList{QStringLiteral("support")});
    const Money support = cliCost(QDate(2026, 10, 3), QDate(2026, 10, 16), {QStringLiteral("team=support")});
    QVERIFY(support < october);
    QCOMPARE(spend->valueText(), support.toDisplayString(QLocale()));
    QCOMPARE(m_service->kpis()->index(KpiModel::Spend).data(KpiModel::RawValueRole).toString(),
             support.toDecimalString());
    auto *button = controls->filtersButton();
    QVERIFY(button->text().contains(QStringLiteral("1")));
    popup->hide();
}

void TestDashboardPage::chipRemovesFilter()
{
    query::UsageFilter f;
    f.add(Dimension::Provider, QStringLiteral("anthropic"));
    f.add(Dimension::Team, QStringLiteral("sales")); // sales also uses Bedrock
    m_service->setFilter(f);
    auto *chips = m_page->findChild<ui::FilterChipBar *>();
    QVERIFY(chips && chips->isVisible());
    QCOMPARE(chips->chipCount(), 2);
    const Money filtered = m_service->totals().cost.total();
    QTest::mouseClick(chips->chip(0), Qt::LeftButton); // the provider chip (map order)
    QCOMPARE(m_service->filter().equals.contains(Dimension::Provider), false);
    QCOMPARE(chips->chipCount(), 1);
    QVERIFY(m_service->totals().cost.total() > filtered);
    const query::Period p = m_service->period();
    QCOMPARE(m_service->totals().cost.total(), cliCost(p.from, p.to, {QStringLiteral("team=sales")}));
}

void TestDashboardPage::drillDownSignals()
{
    QSignalSpy spy(m_page.get(), &ui::DashboardPage::drillDownRequested);
    const query::Period p = m_service->period();
    auto *chart = m_page->findChild<ui::SpendChart *>(QStringLiteral("spendChart"));
    QVERIFY(chart);
    auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series && series->count() == 3); // providers
    const QString provider = series->barSets().at(1)->label();

    // A bar segment: that provider on that day.
    Q_EMIT series->barSets().at(1)->clicked(4);
    QCOMPARE(spy.count(), 1);
    auto f = spy.takeFirst().at(0).value<query::UsageFilter>();
    QCOMPARE(f.from, p.from.addDays(4));
    QCOMPARE(f.to, p.from.addDays(4));
    QCOMPARE(f.equals.value(Dimension::Provider), QStringList{provider});

    // A legend entry: that provider over the whole period.
    const auto markers = chart->chart()->legend()->markers(series);
    Q_EMIT markers.at(1)->clicked();
    f = spy.takeFirst().at(0).value<query::UsageFilter>();
    QCOMPARE(f.from, p.from);
    QCOMPARE(f.to, p.to);
    QCOMPARE(f.equals.value(Dimension::Provider), QStringList{provider});

    // A top-driver row: its model and team.
    auto *drivers = m_page->findChild<ui::CompactTableView *>(QStringLiteral("topDriversTable"));
    QVERIFY(drivers && drivers->model()->rowCount() == 5);
    const QModelIndex first = drivers->model()->index(0, 0);
    QTest::mouseClick(drivers->viewport(), Qt::LeftButton, {}, drivers->visualRect(first).center());
    QCOMPARE(spy.count(), 1);
    f = spy.takeFirst().at(0).value<query::UsageFilter>();
    QCOMPARE(f.equals.value(Dimension::Model), QStringList{first.data().toString()});
    QCOMPARE(f.equals.value(Dimension::Team), QStringList{drivers->model()->index(0, 1).data().toString()});
    QCOMPARE(f.from, p.from);

    // A breakdown row, by keyboard.
    auto *breakdown = m_page->findChild<ui::CompactTableView *>(QStringLiteral("breakdownTable"));
    QVERIFY(breakdown);
    breakdown->setFocus();
    breakdown->setCurrentIndex(breakdown->model()->index(0, 0));
    QTest::keyClick(breakdown, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    f = spy.takeFirst().at(0).value<query::UsageFilter>();
    QCOMPARE(f.equals.value(Dimension::Provider), QStringList{breakdown->model()->index(0, 0).data().toString()});
}

void TestDashboardPage::displayCurrencyConvertsCards()
{
    const auto eur = DisplayCurrency::create(QStringLiteral("EUR"), QStringLiteral("€"), QStringLiteral("0.92"),
                                             QDate(2026, 11, 20));
    QVERIFY(eur);
    m_service->setDisplayCurrency(*eur);
    const Money usd = m_service->totals().cost.total();
    KpiCard *spend = m_page->kpiCard(KpiModel::Spend);
    QCOMPARE(spend->valueText(), usd.mulDiv(92, 100).toDisplayString(QLocale(), QStringLiteral("€")));
    QVERIFY(spend->toolTip().contains(tl::usdAmount(usd) + QStringLiteral(" USD")));
    QCOMPARE(m_service->kpis()->index(KpiModel::Spend).data(KpiModel::RawValueRole).toString(), usd.toDecimalString());
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("currencyNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("0.92 per USD")));
    auto *currency = m_page->findChild<QToolButton *>(QStringLiteral("currencyButton"));
    QVERIFY(currency->text().contains(QStringLiteral("EUR")));
    m_service->setDisplayCurrency(DisplayCurrency());
    QVERIFY(!note->isVisible());
}

void TestDashboardPage::hourOnlyForShortPeriods()
{
    auto *hour = m_page->findChild<QToolButton *>(QStringLiteral("granularityHour"));
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("periodCombo"));
    QVERIFY(hour && combo);
    QVERIFY(!hour->isEnabled()); // 30 days
    combo->setCurrentIndex(combo->findData(int(query::PeriodPreset::Last7Days)));
    QVERIFY(hour->isEnabled());
    QTest::mouseClick(hour, Qt::LeftButton);
    QCOMPARE(m_service->spendOverTime()->rowCount(), 7 * 24);
    combo->setCurrentIndex(combo->findData(int(query::PeriodPreset::Last90Days)));
    QVERIFY(!hour->isEnabled());
    QCOMPARE(m_service->spendOverTime()->rowCount(), 90); // falls back to days
}

void TestDashboardPage::kpiCardsAreKeyboardReachable()
{
    for (int row = 0; row < KpiModel::RowCount; ++row) {
        KpiCard *card = m_page->kpiCard(row);
        QVERIFY(card);
        QVERIFY(card->focusPolicy() & Qt::TabFocus);
        QVERIFY(!card->accessibleName().isEmpty());
        QVERIFY(!card->toolTip().isEmpty());
        QVERIFY2(card->valueText() != QStringLiteral("—"), qPrintable(card->accessibleName()));
    }
}

QTEST_MAIN(TestDashboardPage)
// Data imported from long ago: the last 30 days hold none of it. The page says where the data
// is and moves there in one click, instead of showing zeros.
void TestDashboardPage::periodWithoutDataPointsToTheData()
{
    ui::NoticeBanner *notice = m_page->outsideDataNotice();
    QVERIFY(!notice->isVisible());
    m_service->setToday(m_today.addDays(200));
    m_service->setPeriodPreset(query::PeriodPreset::Last30Days);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), tl::test::kSlowMachineMs);
    const query::DataRange range = m_service->snapshot().range;
    QCOMPARE(range.last, m_today);
    QVERIFY(notice->text().contains(QLocale().toString(range.first, QLocale::ShortFormat)));
    QVERIFY(notice->text().contains(QLocale().toString(range.last, QLocale::ShortFormat)));
    QTest::mouseClick(notice->button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), tl::test::kSlowMachineMs);
    QCOMPARE(m_service->period().from, range.first);
    QCOMPARE(m_service->period().to, range.last);
    QCOMPARE(m_service->snapshot().current.cost.total(), cliCost(range.first, range.last));
}

void TestDashboardPage::unpricedRecordsNamedUnderTheCostSplit()
{
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("costSplitUnpriced"));
    QVERIFY(note);
    m_service->setPeriodPreset(query::PeriodPreset::Last30Days);
    QVERIFY(!note->isVisible()); // the demo prices every record
    // A record of a model no catalog knows, today.
    UsageFact f;
    f.recordKey = QStringLiteral("test:unpriced");
    f.start = QDateTime(m_today, QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    f.bucket = BucketWidth::Request;
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("no-such-model");
    f.modelFamily = f.model;
    f.tokens.requests = 1;
    f.tokens.uncachedInput = 1000;
    f.priced = false;
    store::FactStore facts(*m_db);
    store::Transaction tx(m_db->connection());
    auto batch = facts.beginBatch(QStringLiteral("test"), QStringLiteral("unpriced"));
    QVERIFY(batch.ok());
    const QList<UsageFact> one{f};
    QVERIFY(facts.insertFacts(*batch, one).ok());
    QVERIFY(tx.commit().ok());
    m_service->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), test::kSlowMachineMs);
    const qint64 records = m_service->snapshot().current.facts;
    QCOMPARE(m_service->snapshot().current.unpricedFacts, 1);
    QVERIFY2(note->text().contains(QStringLiteral("1 of %1 records has no catalog price").arg(QLocale().toString(records))),
             qPrintable(note->text()));
    // The whole note is readable: wrapped, never cut.
    QVERIFY(note->wordWrap());
    QVERIFY(note->height() >= note->heightForWidth(note->width()));
}

#include "tst_dashboard_page.moc"
