// The what-if page offscreen in the main window on the demo organisation: sliders drive the
// scenario, the scenario card shows exactly the engine's result, lever groups switch levers
// off, routing shares stay within 100 %, files open, save and compare, and an empty database
// shows the empty state with a way to a baseline by hand.
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "dialogs/ScenarioCompareDialog.h"
#include "services/WhatIfService.h"
#include "pages/WhatIfPage.h"
#include "pricing/DatabasePricing.h"
#include "services/Session.h"
#include "widgets/BreakEvenChart.h"
#include "widgets/KpiCard.h"
#include "widgets/LeverPanel.h"
#include "widgets/WaterfallChart.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using planning::Share;

class TestWhatIfPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void slidersDriveTheScenarioCard();
    void routingTiersStayWithinOneHundredPercent();
    void selfHostingShowsBreakEven();
    void filesSaveOpenAndCompare();
    void emptyDatabaseOffersBaselineByHand();

private:
    struct Window
    {
        std::unique_ptr<services::Session> session;
        std::unique_ptr<services::AppServices> services;
        std::unique_ptr<ui::MainWindow> window;
        ui::WhatIfPage *page = nullptr;
    };
    Window openWindow(const QString &path);
    Money engineCost(ui::WhatIfPage *page, const planning::Scenario &scenario);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestWhatIfPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("whatif.db"));
    services::Session session;
    QVERIFY(session.openWithDemoOnFirstStart(m_path).ok());
    QVERIFY(session.isDemo());
}

TestWhatIfPage::Window TestWhatIfPage::openWindow(const QString &path)
{
    Window w;
    w.session = std::make_unique<services::Session>();
    if (!w.session->open(path).ok())
        return w;
    w.services = test::appServices(*w.session);
    w.window = std::make_unique<ui::MainWindow>(w.services.get());
    w.window->resize(1400, 900);
    w.window->show();
    w.window->showPage(ui::MainWindow::WhatIf);
    w.page = w.window->findChild<ui::WhatIfPage *>(QStringLiteral("whatIfPage"));
    return w;
}

// The engine on its own: the page's baseline spec, the database's prices, `scenario`.
Money TestWhatIfPage::engineCost(ui::WhatIfPage *page, const planning::Scenario &scenario)
{
    store::Database *db = page->service()->database();
    auto pricing = pricing::DatabasePricing::load(*db);
    auto baseline = planning::buildBaseline(*db, scenario.baseline);
    if (!pricing || !baseline)
        return Money::fromUnits(-1);
    auto r = planning::evaluateScenario(*baseline, (*pricing)->catalog(), scenario, page->service()->today());
    if (!r)
        qWarning() << r.errorMessage();
    return r ? r->scenarioCost : Money::fromUnits(-2);
}

void TestWhatIfPage::slidersDriveTheScenarioCard()
{
    Window w = openWindow(m_path);
    QVERIFY(w.page);
    QCOMPARE(w.window->currentPage(), ui::MainWindow::WhatIf);
    QVERIFY(w.page->isVisible());
    // The page fits the smallest window the main-window test uses.
    QVERIFY(w.window->minimumSizeHint().width() <= 1010);
    QVERIFY(w.window->minimumSizeHint().height() <= 700);
    auto *service = w.page->service();
    // The demo opens on its savings plan, which saves between 40 and 70 % of its baseline;
    // the sliders below start from a neutral scenario.
    QVERIFY(service->exampleNames().size() == 2);
    QCOMPARE(service->settings().name, service->exampleNames().first());
    QVERIFY2(service->result(), qPrintable(service->errorMessage()));
    const double saved = 1.0 - service->result()->scenarioCost.toDouble() / service->result()->baselineCost.toDouble();
    QVERIFY2(saved > 0.4 && saved < 0.7, qPrintable(QString::number(saved)));
    service->newScenario();
    QVERIFY2(service->result(), qPrintable(service->errorMessage()));
    const QLocale locale;
    planning::Scenario expected;
    expected.baseline = service->settings().baseline;
    QVERIFY(expected.baseline.from.isValid());
    const Money baseline = engineCost(w.page, expected);
    // Neutral start: the scenario costs what the baseline costs.
    QCOMPARE(w.page->baselineCard()->valueText(), baseline.toDisplayString(locale));
    QCOMPARE(w.page->scenarioCard()->valueText(), baseline.toDisplayString(locale));

    // Sliders start at the data's neutral position.
    auto *batchSlider = w.window->findChild<QSlider *>(QStringLiteral("batchShareSlider"));
    auto *batchSpin = w.window->findChild<QDoubleSpinBox *>(QStringLiteral("batchShareSpin"));
    QVERIFY(batchSlider && batchSpin);
    QCOMPARE(batchSlider->value(), int(std::lround(service->neutral().batchShare.ppm / 1000.0)));
    QVERIFY(batchSlider->value() > 0);

    auto *batchGroup = w.window->findChild<QGroupBox *>(QStringLiteral("batchGroup"));
    QVERIFY(batchGroup && !batchGroup->isChecked() && !batchSlider->isEnabled());
    batchGroup->setChecked(true);
    QVERIFY(batchSlider->isEnabled());
    QCOMPARE(w.page->scenarioCard()->valueText(), baseline.toDisplayString(locale)); // still neutral
    batchSlider->setValue(500);
    QCOMPARE(batchSpin->value(), 50.0);
    expected.batch = planning::BatchLever{Share{500'000}};
    const Money withBatch = engineCost(w.page, expected);
    QVERIFY(withBatch != baseline);
    QCOMPARE(w.page->scenarioCard()->valueText(), withBatch.toDisplayString(locale));
    QCOMPARE(service->result()->scenarioCost, withBatch);

    // Prompt caching: the cacheable share by keyboard on the slider, the hit rate in the spin box.
    auto *cachingGroup = w.window->findChild<QGroupBox *>(QStringLiteral("promptCachingGroup"));
    auto *cacheable = w.window->findChild<QSlider *>(QStringLiteral("cacheableShareSlider"));
    auto *hitRate = w.window->findChild<QDoubleSpinBox *>(QStringLiteral("prefixHitRateSpin"));
    auto *hitRateSlider = w.window->findChild<QSlider *>(QStringLiteral("prefixHitRateSlider"));
    QVERIFY(cachingGroup && cacheable && hitRate && hitRateSlider);
    cachingGroup->setChecked(true);
    const int start = cacheable->value();
    cacheable->setFocus();
    QTest::keyClick(cacheable, start <= 900 ? Qt::Key_PageUp : Qt::Key_PageDown);
    QVERIFY(cacheable->value() != start);
    hitRate->setValue(80.0);
    QCOMPARE(hitRateSlider->value(), 800);
    expected.promptCaching = planning::PromptCachingLever{Share{cacheable->value() * 1000}, Share{800'000}};
    const Money withBoth = engineCost(w.page, expected);
    QCOMPARE(w.page->scenarioCard()->valueText(), withBoth.toDisplayString(locale));
    QVERIFY(w.page->scenarioCard()->toolTip().contains(withBoth.toDecimalString()));

    // Batch off: back to the value without it.
    batchGroup->setChecked(false);
    QVERIFY(!service->isLeverEnabled(planning::Lever::Batch));
    expected.batch.reset();
    const Money cachingOnly = engineCost(w.page, expected);
    QCOMPARE(w.page->scenarioCard()->valueText(), cachingOnly.toDisplayString(locale));
    // On again: the slider kept its place.
    batchGroup->setChecked(true);
    QCOMPARE(batchSlider->value(), 500);
    QCOMPARE(w.page->scenarioCard()->valueText(), withBoth.toDisplayString(locale));

    // The waterfall labels each lever; the figures table has the engine's explanations.
    auto *waterfall = w.window->findChild<ui::WaterfallChart *>(QStringLiteral("waterfallChart"));
    QVERIFY(waterfall);
    const QStringList labels = waterfall->barLabels();
    QCOMPARE(labels.size(), 8);
    QCOMPARE(labels.first(), service->result()->baselineCost.toDisplayString(locale, QStringLiteral("$"), 0));
    QCOMPARE(labels.at(1), QStringLiteral("off")); // routing is off
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("leverResultTable"));
    QVERIFY(table);
    QVERIFY(!table->model()->index(int(planning::Lever::Batch), 2).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestWhatIfPage::routingTiersStayWithinOneHundredPercent()
{
    Window w = openWindow(m_path);
    QVERIFY(w.page);
    w.page->service()->newScenario();
    auto *routing = w.window->findChild<QGroupBox *>(QStringLiteral("routingGroup"));
    auto *add = w.window->findChild<QPushButton *>(QStringLiteral("routingAddTier"));
    QVERIFY(routing && add);
    routing->setChecked(true);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(w.page->service()->settings().routing->tiers.size(), 2);
    auto *tier0 = w.window->findChild<QSlider *>(QStringLiteral("routingTier0ShareSlider"));
    auto *tier1 = w.window->findChild<QSlider *>(QStringLiteral("routingTier1ShareSlider"));
    QVERIFY(tier0 && tier1);
    tier0->setValue(700);
    tier1->setValue(500);
    QCOMPARE(tier1->value(), 300); // clamped, and the page says so
    auto *notice = w.window->findChild<QLabel *>(QStringLiteral("whatIfNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("100")));
    auto *remove = w.window->findChild<QAbstractButton *>(QStringLiteral("routingTier0Remove"));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(w.page->service()->settings().routing->tiers.size(), 1);
    QCOMPARE(w.page->service()->settings().routing->tiers.first().share, Share{300'000});
}

void TestWhatIfPage::selfHostingShowsBreakEven()
{
    Window w = openWindow(m_path);
    QVERIFY(w.page);
    auto *service = w.page->service();
    service->newScenario();
    auto *chart = w.window->findChild<ui::BreakEvenChart *>(QStringLiteral("breakEvenChart"));
    QVERIFY(chart);
    QVERIFY(!chart->isChartShown());
    auto *group = w.window->findChild<QGroupBox *>(QStringLiteral("selfHostingGroup"));
    auto *add = w.window->findChild<QPushButton *>(QStringLiteral("selfHostingAddModel"));
    QVERIFY(group && add);
    group->setChecked(true);
    QVERIFY(!chart->isChartShown()); // no model chosen yet
    QTest::mouseClick(add, Qt::LeftButton); // the picker starts at the largest model of the baseline
    QCOMPARE(service->settings().selfHosting->models.size(), 1);
    QCOMPARE(service->settings().selfHosting->models.first(), service->baseline().slices.first().model);
    QVERIFY2(service->result(), qPrintable(service->errorMessage()));
    QVERIFY(chart->isChartShown());
    QVERIFY(!chart->summaryText().isEmpty());
}

void TestWhatIfPage::filesSaveOpenAndCompare()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    Window w = openWindow(m_path);
    QVERIFY(w.page);
    auto *service = w.page->service();
    service->newScenario();
    service->setBatchShare(Share{1'000'000});
    QVERIFY(w.page->saveTo(a));
    const QString card = w.page->scenarioCard()->valueText();
    service->newScenario();
    QVERIFY(w.page->scenarioCard()->valueText() != card);
    QVERIFY(w.page->openFile(a));
    QCOMPARE(w.page->scenarioCard()->valueText(), card);
    auto *batchGroup = w.window->findChild<QGroupBox *>(QStringLiteral("batchGroup"));
    QVERIFY(batchGroup->isChecked());

    w.page->compareFiles({a});
    auto *dialog = w.window->findChild<ui::ScenarioCompareDialog *>(QStringLiteral("scenarioCompareDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->model()->columnCount(), 2);
    QCOMPARE(dialog->barSetCount(), 2);
    dialog->close();

    // The page restores the last scenario on the next start.
    Window again = openWindow(m_path);
    QVERIFY(again.page);
    QCOMPARE(again.page->service()->filePath(), a);
    QCOMPARE(again.page->scenarioCard()->valueText(), card);
}

void TestWhatIfPage::emptyDatabaseOffersBaselineByHand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        services::Session s;
        QVERIFY(s.createEmpty(path).ok());
    }
    QSettings().remove(QLatin1String(services::WhatIfService::kLastScenarioKey));
    Window w = openWindow(path);
    QVERIFY(w.page);
    auto *button = w.window->findChild<QPushButton *>(QStringLiteral("useManualBaseline"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isVisible());
    auto *service = w.page->service();
    QVERIFY(service->settings().baseline.manual);
    QVERIFY2(service->result(), qPrintable(service->errorMessage()));
    QVERIFY(service->result()->baselineCost > Money());
    QCOMPARE(w.page->baselineCard()->valueText(), service->result()->baselineCost.toDisplayString(QLocale()));
}

QTEST_MAIN(TestWhatIfPage)
#include "tst_whatif_page.moc"
