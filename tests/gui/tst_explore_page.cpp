// The Explore page offscreen on the demo organisation: grouping, the find field, the column
// chooser, copying, drilling into a row, and MainWindow::openExplorer() giving the figures of
// `tokenledger-cli summary` for the same filter and days.
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "services/DashboardService.h"
#include "itemmodels/ExplorerModel.h"
#include "itemmodels/ExplorerProxyModel.h"
#include "services/ExplorerService.h"
#include "itemmodels/ExplorerTotalsModel.h"
#include "pages/ExplorePage.h"
#include "services/Session.h"
#include "widgets/ExplorerTable.h"
#include "widgets/FittedTableView.h"
#include "widgets/TotalsFooterView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace tl;
using itemmodels::ExplorerModel;

class TestExplorePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void groupByChangesTheRows();
    void findFieldFiltersRowsAndEnterFocusesTable();
    void columnChooserHidesAndRemembers();
    void ctrlCCopiesExactRows();
    void exportWritesTheRowsShown();
    void enterOnARowDrillsIntoIt();
    void openExplorerMatchesCliSummary();
    void tabReachesEveryControl();
    void emptyDatabaseShowsEmptyState();
    void emptyPeriodOffersAllData();
    void periodIsSharedWithTheDashboard();

private:
    struct Window
    {
        services::Session session;
        std::unique_ptr<services::AppServices> services;
        std::unique_ptr<ui::MainWindow> window;
        ui::ExplorePage *page = nullptr;
    };
    std::unique_ptr<Window> openWindow();
    static QComboBox *level(ui::ExplorePage *page, int i);
    static void choose(QComboBox *combo, Dimension d);

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
};

void TestExplorePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("explore.db"));
    m_today = QDateTime::currentDateTimeUtc().date();
    services::Session session;
    QVERIFY(session.openWithDemoOnFirstStart(m_path).ok());
    QVERIFY(session.isDemo());
}

void TestExplorePage::init()
{
    QSettings().clear();
}

std::unique_ptr<TestExplorePage::Window> TestExplorePage::openWindow()
{
    auto w = std::make_unique<Window>();
    if (!w->session.open(m_path).ok())
        return nullptr;
    w->services = test::appServices(w->session);
    w->window = std::make_unique<ui::MainWindow>(w->services.get());
    w->window->show();
    w->window->showPage(ui::MainWindow::Explore);
    w->page = w->window->explorePage();
    return w;
}

QComboBox *TestExplorePage::level(ui::ExplorePage *page, int i)
{
    return page->findChild<QComboBox *>(QStringLiteral("groupByLevel%1").arg(i));
}

void TestExplorePage::choose(QComboBox *combo, Dimension d)
{
    const int index = combo->findData(int(d));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestExplorePage::groupByChangesTheRows()
{
    auto w = openWindow();
    QVERIFY(w && w->page);
    QCOMPARE(w->window->currentPage(), ui::MainWindow::Explore);
    ExplorerModel *model = w->page->service()->model();
    // At first by team, then model.
    QCOMPARE(model->groupBy(), (QList<Dimension>{Dimension::Team, Dimension::Model}));
    choose(level(w->page, 1), Dimension::Provider);
    QCOMPARE(model->groupBy(), (QList<Dimension>{Dimension::Team, Dimension::Provider}));
    level(w->page, 1)->setCurrentIndex(0); // "—"
    choose(level(w->page, 0), Dimension::Provider);
    QCOMPARE(model->groupBy(), QList<Dimension>{Dimension::Provider});
    QCOMPARE(w->page->proxy()->rowCount(), 3);

    choose(level(w->page, 0), Dimension::Team);
    QCOMPARE(w->page->service()->groupBy(), QList<Dimension>{Dimension::Team});
    QCOMPARE(w->page->proxy()->rowCount(), 5);
    QCOMPARE(w->page->proxy()->headerData(0, Qt::Horizontal).toString(), dimensionLabel(Dimension::Team));
    QVERIFY(level(w->page, 1)->isVisibleTo(w->page));

    choose(level(w->page, 1), Dimension::Model);
    QCOMPARE(model->groupBy(), (QList<Dimension>{Dimension::Team, Dimension::Model}));
    QVERIFY(w->page->proxy()->rowCount() > 5);
    // Sorted by computed cost, largest first.
    const int cost = model->columnOf(ExplorerModel::ComputedCost);
    for (int r = 1; r < w->page->proxy()->rowCount(); ++r)
        QVERIFY(w->page->proxy()->index(r - 1, cost).data(ExplorerModel::SortRole).toDouble()
                >= w->page->proxy()->index(r, cost).data(ExplorerModel::SortRole).toDouble());
    // The totals line follows the columns and shows the exact total.
    auto *footer = w->page->table()->footer();
    QCOMPARE(footer->model()->columnCount(), model->columnCount());
    QCOMPARE(footer->model()->index(0, cost).data(ExplorerModel::ExactRole).toString(),
             model->totals().cost.total().toDecimalString(2));

    // Four levels, custom dates and a few filters still fit the smallest window (1010 px, of
    // which the navigation takes 170).
    choose(level(w->page, 2), Dimension::Tags);
    QCOMPARE(w->page->service()->groupBy().size(), 3);
    QVERIFY(level(w->page, 3)->isVisibleTo(w->page));
    auto *period = w->page->findChild<QComboBox *>(QStringLiteral("explorePeriodCombo"));
    period->setCurrentIndex(period->findData(int(query::PeriodPreset::Custom)));
    w->page->service()->addFilterValue(Dimension::Provider, QStringLiteral("anthropic"));
    w->page->service()->addFilterValue(Dimension::Provider, QStringLiteral("openai"));
    w->page->service()->addFilterValue(Dimension::Tags, QStringLiteral("use_case:support-chat"));
    QVERIFY2(w->page->minimumSizeHint().width() <= 1010 - 180,
             qPrintable(QString::number(w->page->minimumSizeHint().width())));
    w->page->service()->clearFilters();
    choose(level(w->page, 1), Dimension::Model);

    // "—" in the second box goes back to one level.
    level(w->page, 1)->setCurrentIndex(0);
    QCOMPARE(model->groupBy(), QList<Dimension>{Dimension::Team});

    // The grouping is remembered.
    auto again = openWindow();
    QVERIFY(again);
    QCOMPARE(again->page->service()->groupBy(), QList<Dimension>{Dimension::Team});
}

void TestExplorePage::findFieldFiltersRowsAndEnterFocusesTable()
{
    auto w = openWindow();
    QVERIFY(w);
    QApplication::setActiveWindow(w->window.get());
    choose(level(w->page, 0), Dimension::Team);
    choose(level(w->page, 1), Dimension::Model);
    const int all = w->page->proxy()->rowCount();
    QLineEdit *find = w->page->findField();
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("SUPPORT"));
    const int shown = w->page->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < all);
    for (int r = 0; r < shown; ++r)
        QCOMPARE(w->page->proxy()->index(r, 0).data().toString(), QStringLiteral("support"));
    auto *status = w->page->findChild<QLabel *>(QStringLiteral("exploreStatus"));
    QVERIFY(status->text().contains(QStringLiteral("SUPPORT")));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(w->page->table()->view()->hasFocus());
    QCOMPARE(w->page->table()->view()->currentIndex().row(), 0);
    find->clear();
    QCOMPARE(w->page->proxy()->rowCount(), all);
}

void TestExplorePage::columnChooserHidesAndRemembers()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        ExplorerModel *model = w->page->service()->model();
        auto *button = w->page->findChild<QPushButton *>(QStringLiteral("columnsButton"));
        QVERIFY(button && button->menu());
        Q_EMIT button->menu()->aboutToShow();
        auto *action = button->menu()->findChild<QAction *>(QStringLiteral("column_reasoning"));
        QVERIFY(action && action->isChecked());
        action->trigger();
        const int column = model->columnOf(ExplorerModel::Reasoning);
        QVERIFY(w->page->table()->view()->isColumnHidden(column));
        QVERIFY(w->page->table()->footer()->isColumnHidden(column));
        QVERIFY(!w->page->table()->visibleColumns().contains(column));
        QCOMPARE(QSettings().value(QStringLiteral("explorer/hiddenColumns")).toStringList(),
                 QStringList{QStringLiteral("reasoning")});
        // Still hidden after regrouping moves the columns.
        level(w->page, 1)->setCurrentIndex(0);
        QCOMPARE(model->dimensionColumnCount(), 1);
        QVERIFY(w->page->table()->view()->isColumnHidden(model->columnOf(ExplorerModel::Reasoning)));
        QVERIFY(!w->page->table()->view()->isColumnHidden(model->columnOf(ExplorerModel::Output)));
    }
    auto again = openWindow();
    QVERIFY(again);
    ExplorerModel *model = again->page->service()->model();
    QVERIFY(again->page->table()->view()->isColumnHidden(model->columnOf(ExplorerModel::Reasoning)));
}

void TestExplorePage::ctrlCCopiesExactRows()
{
    auto w = openWindow();
    QVERIFY(w);
    QApplication::setActiveWindow(w->window.get());
    ExplorerModel *model = w->page->service()->model();
    auto *view = w->page->table()->view();
    view->setFocus();
    view->selectRow(1);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(lines[0], header.join(u'\t'));
    const int source = w->page->proxy()->mapToSource(w->page->proxy()->index(1, 0)).row();
    const query::UsageGroup *g = model->groupAt(source);
    const QStringList fields = lines[1].split(u'\t');
    QCOMPARE(fields.size(), model->columnCount());
    QCOMPARE(fields[0], g->key[0]);
    QCOMPARE(fields[model->columnOf(ExplorerModel::ComputedCost)], g->totals.cost.total().toDecimalString(2));
    QCOMPARE(fields[model->columnOf(ExplorerModel::Requests)], QString::number(g->totals.tokens.requests));

    // Nothing selected: every row shown, in the table's order.
    view->clearSelection();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList all = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(all.size(), 1 + w->page->proxy()->rowCount());
    QVERIFY(all[1].startsWith(w->page->proxy()->index(0, 0).data(ExplorerModel::ExactRole).toString() + u'\t'));
}

void TestExplorePage::exportWritesTheRowsShown()
{
    auto w = openWindow();
    QVERIFY(w);
    choose(level(w->page, 0), Dimension::Team);
    level(w->page, 1)->setCurrentIndex(0);
    w->page->findField()->setText(QStringLiteral("search"));
    QCOMPARE(w->page->proxy()->rowCount(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teams.csv"));
    bool answered = false;
    // The export asks for a file name in a modal dialog: answer it.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()), tl::test::kSlowMachineMs);
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog->selectedFiles().value(0).endsWith(w->page->service()->suggestedFileName()));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        answered = true;
    });
    w->page->exportCsv();
    QVERIFY(answered);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Team,Requests,")));
    QVERIFY(lines[1].startsWith(QStringLiteral("search,")));
    const query::UsageGroup *g = w->page->service()->model()->groupAt(w->page->proxy()->sourceRows().value(0));
    QVERIFY(lines[1].contains(u',' + g->totals.cost.total().toDecimalString(2) + u','));
}

void TestExplorePage::enterOnARowDrillsIntoIt()
{
    auto w = openWindow();
    QVERIFY(w);
    QApplication::setActiveWindow(w->window.get());
    choose(level(w->page, 0), Dimension::Team);
    level(w->page, 1)->setCurrentIndex(0); // "—": by team alone
    QCOMPARE(w->page->service()->groupBy(), QList<Dimension>{Dimension::Team});
    auto *view = w->page->table()->view();
    const QModelIndex first = w->page->proxy()->index(0, 0);
    const QString team = first.data(ExplorerModel::ExactRole).toString();
    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    services::ExplorerService *service = w->page->service();
    QCOMPARE(service->dimensionFilter().equals.value(Dimension::Team), QStringList{team});
    QCOMPARE(service->groupBy(), QList<Dimension>{Dimension::Model});
    const auto chips = w->page->findChildren<QToolButton *>(QStringLiteral("filterChip"));
    QCOMPARE(chips.size(), 1);
    QVERIFY(chips.first()->text().contains(team));
    chips.first()->click();
    QVERIFY(service->dimensionFilter().equals.isEmpty());
}

void TestExplorePage::openExplorerMatchesCliSummary()
{
    auto w = openWindow();
    QVERIFY(w);
    w->window->showPage(ui::MainWindow::Dashboard);
    const QDate from = m_today.addDays(-13);
    const QDate to = m_today.addDays(-1);
    query::UsageFilter filter{from, to, {}};
    filter.add(Dimension::Team, QStringLiteral("support"));
    w->window->openExplorer(filter);
    QCOMPARE(w->window->currentPage(), ui::MainWindow::Explore);
    services::ExplorerService *service = w->page->service();
    QCOMPARE(service->period().from, from);
    QCOMPARE(service->period().to, to);
    QCOMPARE(service->currentFilter(), filter);
    QCOMPARE(w->page->findChildren<QToolButton *>(QStringLiteral("filterChip")).size(), 1);
    QVERIFY(w->page->proxy()->rowCount() > 0);

    const auto r = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("summary"), QStringLiteral("--json"),
                                 QStringLiteral("--filter"), QStringLiteral("team=support"), QStringLiteral("--from"),
                                 from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate)});
    QCOMPARE(r.exitCode, 0);
    const auto j = nlohmann::json::parse(r.out.toStdString());
    const auto totals = w->page->table()->footer()->model();
    ExplorerModel *model = service->model();
    const auto exact = [&](ExplorerModel::Metric m) {
        return totals->index(0, model->columnOf(m)).data(ExplorerModel::ExactRole).toString();
    };
    QCOMPARE(exact(ExplorerModel::ComputedCost),
             Money::parse(QString::fromStdString(j["cost"].get<std::string>()))->toDecimalString(2));
    QCOMPARE(exact(ExplorerModel::Requests), QString::number(j["requests"].get<qint64>()));
    QCOMPARE(exact(ExplorerModel::Output), QString::number(j["output_tokens"].get<qint64>()));
    QCOMPARE(exact(ExplorerModel::CacheRead), QString::number(j["cache_read_tokens"].get<qint64>()));

    // Only support's usage: grouping by team as well shows support alone.
    choose(level(w->page, 0), Dimension::Team);
    choose(level(w->page, 1), Dimension::Model);
    QVERIFY(w->page->proxy()->rowCount() > 1);
    for (int row = 0; row < w->page->proxy()->rowCount(); ++row)
        QCOMPARE(w->page->proxy()->index(row, 0).data().toString(), QStringLiteral("support"));
}

void TestExplorePage::tabReachesEveryControl()
{
    auto w = openWindow();
    QVERIFY(w);
    QApplication::setActiveWindow(w->window.get());
    auto *period = w->page->findChild<QComboBox *>(QStringLiteral("explorePeriodCombo"));
    period->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 20 && !w->page->table()->view()->hasFocus(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget()->objectName());
    }
    QVERIFY(w->page->table()->view()->hasFocus());
    for (const char *name : {"exploreFind", "groupByLevel0", "groupByLevel1", "filterMenuButton", "columnsButton",
                             "copyButton", "exportCsvButton"})
        QVERIFY2(reached.contains(QLatin1String(name)), name);
}

void TestExplorePage::emptyDatabaseShowsEmptyState()
{
    QTemporaryDir dir;
    services::Session session;
    QVERIFY(session.createEmpty(dir.filePath(QStringLiteral("empty.db"))).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    w.showPage(ui::MainWindow::Explore);
    auto *noData = w.explorePage()->findChild<QWidget *>(QStringLiteral("exploreNoData"));
    QVERIFY(noData && noData->isVisible());
    QVERIFY(!w.explorePage()->findChild<QWidget *>(QStringLiteral("copyButton"))->isEnabled());
}

// A period without usage says so and offers all the data in one click.
void TestExplorePage::emptyPeriodOffersAllData()
{
    auto w = openWindow();
    QVERIFY(w && w->page);
    w->page->service()->setCustomRange(m_today.addYears(-5), m_today.addYears(-5).addDays(6));
    auto *noRows = w->page->findChild<QWidget *>(QStringLiteral("exploreNoRows"));
    QTRY_VERIFY_WITH_TIMEOUT(noRows->isVisible(), tl::test::kSlowMachineMs);
    auto *showAll = noRows->findChild<QPushButton *>(QStringLiteral("exploreShowAllData"));
    QVERIFY(showAll && showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!noRows->isVisible(), tl::test::kSlowMachineMs);
    QCOMPARE(w->page->service()->periodPreset(), query::PeriodPreset::AllData);
    QVERIFY(w->page->proxy()->rowCount() > 1);
}

void TestExplorePage::periodIsSharedWithTheDashboard()
{
    // Issue 15: one period for Dashboard and Explore. A period chosen on either page is the
    // other's too; a drill-down narrows Explore only.
    auto w = openWindow();
    QVERIFY(w);
    services::DashboardService *dashboard = w->services->dashboard();
    services::ExplorerService *explorer = w->page->service();
    dashboard->setPeriodPreset(query::PeriodPreset::ThisMonth);
    QCOMPARE(explorer->periodPreset(), query::PeriodPreset::ThisMonth);
    QCOMPARE(w->page->findChild<QComboBox *>(QStringLiteral("explorePeriodCombo"))->currentData().toInt(),
             int(query::PeriodPreset::ThisMonth));
    const QDate from = m_today.addDays(-20);
    const QDate to = m_today.addDays(-10);
    explorer->setCustomRange(from, to);
    QCOMPARE(dashboard->periodPreset(), query::PeriodPreset::Custom);
    QCOMPARE(dashboard->customFrom(), from);
    QCOMPARE(dashboard->customTo(), to);
    explorer->setPeriodPreset(query::PeriodPreset::Last7Days);
    QCOMPARE(dashboard->periodPreset(), query::PeriodPreset::Last7Days);
    // A drill-down into one day: Explore shows that day, the dashboard keeps its period.
    query::UsageFilter day{m_today.addDays(-3), m_today.addDays(-3), {}};
    w->window->openExplorer(day);
    QCOMPARE(explorer->period().from, m_today.addDays(-3));
    QCOMPARE(dashboard->periodPreset(), query::PeriodPreset::Last7Days);
    // Remembered for the next start, whichever page chose it.
    dashboard->setPeriodPreset(query::PeriodPreset::Last90Days);
    QTRY_COMPARE(QSettings().value(QStringLiteral("explorer/period")).toString(),
                 query::periodPresetKey(query::PeriodPreset::Last90Days));
}

QTEST_MAIN(TestExplorePage)
#include "tst_explore_page.moc"
