#include "MainWindow.h"

#include "Palette.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "services/DashboardService.h"
#include "services/ExplorerService.h"
#include "services/BudgetService.h"
#include "services/CatalogUpdateService.h"
#include "services/PricesService.h"
#include "services/WhatIfService.h"
#include "pages/BudgetsPage.h"
#include "pages/DashboardPage.h"
#include "pages/SourcesPage.h"
#include "services/ImportService.h"
#include "pages/ExplorePage.h"
#include "pages/PricesPage.h"
#include "pages/SavingsPage.h"
#include "pages/WhatIfPage.h"
#include "report/ReportJobs.h"
#include "services/SyncService.h"
#include "widgets/ConnectionsPanel.h"
#include "widgets/GettingStartedPanel.h"
#include "widgets/TeamLedgerPanel.h"
#include "services/AppServices.h"
#include "services/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace tl::ui {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kPageKey = "mainWindow/page";
} // namespace

MainWindow::MainWindow(services::AppServices *services, QWidget *parent)
    : QMainWindow(parent), m_services(services),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_demoBadge(new QToolButton(this)), m_dbLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("TokenLedger"));
    setWindowIcon(QIcon(QStringLiteral(":/tokenledger/icons/tokenledger.svg")));

    createPages();
    createMenus();

    auto *toolbar = addToolBar(tr("Database"));
    toolbar->setObjectName(QStringLiteral("databaseToolbar"));
    toolbar->setMovable(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setText(tr("DEMO DATA — start empty…"));
    m_demoBadge->setToolTip(tr("You are looking at an invented organisation. Click to start with "
                               "an empty database for your own data."));
    m_demoBadge->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: black; font-weight: bold;"
                                              " border-radius: 4px; padding: 3px 10px; }")
                                   .arg(demoBadgeColor().name()));
    connect(m_demoBadge, &QToolButton::clicked, this, [this] { startEmptyDatabase(true); });
    // A widget in a tool bar is shown and hidden through its action.
    m_demoBadgeAction = toolbar->addWidget(m_demoBadge);

    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(&m_services->session(), &services::Session::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_services->dashboard(), &services::DashboardService::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    onDatabaseChanged();
    restoreLayout();
    // The optional start-up check for price updates, once the window is up.
    QTimer::singleShot(2000, m_pricesPage, &PricesPage::checkOnStartupIfDue);
}

services::DashboardService *MainWindow::dashboardService() const
{
    return m_services->dashboard();
}

services::PricesService *MainWindow::pricesService() const
{
    return m_services->prices();
}

services::ImportService *MainWindow::importService() const
{
    return m_services->imports();
}

services::BudgetService *MainWindow::budgetService() const
{
    return m_services->budgets();
}

void MainWindow::createPages()
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(170);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(base); }"
                                        " QListWidget#navigation::item { padding: 7px 12px; }"));
    m_nav->setAccessibleName(tr("Navigation"));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);

    m_dashboardPage = new DashboardPage(m_services->dashboard(), this);
    m_explorePage = new ExplorePage(m_services->explorer(), this);
    connect(m_services->explorer(), &services::ExplorerService::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_dashboardPage, &DashboardPage::drillDownRequested, this, &MainWindow::openExplorer);
    m_budgetsPage = new BudgetsPage(m_services->budgets(), this);
    connect(m_services->budgets(), &services::BudgetService::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60000); });
    connect(m_services->budgets(), &services::BudgetService::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_sourcesPage = new SourcesPage(m_services->imports(), this);
    connect(m_services->sync(), &services::SyncService::syncFinished, this,
            [this](const QString &, bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    auto *connections = new ConnectionsPanel(m_services->sync(), this);
    m_sourcesPage->setConnectionsPanel(connections);
    m_sourcesPage->setTeamLedgerPanel(new TeamLedgerPanel(m_services->ledger(), this));
    // An empty database's first steps, on the Dashboard and on Explore.
    for (GettingStartedPanel *start : {m_dashboardPage->gettingStarted(), m_explorePage->gettingStarted()}) {
        connect(start, &GettingStartedPanel::importRequested, this, [this] {
            showPage(Sources);
            m_sourcesPage->chooseFiles();
        });
        connect(start, &GettingStartedPanel::connectRequested, this, [this, connections] {
            showPage(Sources);
            connections->addConnection();
        });
        connect(start, &GettingStartedPanel::openDatabaseRequested, this, &MainWindow::openDatabase);
        connect(start, &GettingStartedPanel::demoRequested, this, &MainWindow::loadDemo);
        connect(start, &GettingStartedPanel::guideRequested, this, [this] {
            auto *dialog = new HelpDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // The guide is written in English; its heading is not translated.
            dialog->showSection(QStringLiteral("user-guide.md"), QStringLiteral("Getting your own data in"));
            dialog->show();
        });
    }
    auto *savingsPage = new SavingsPage(m_services->savings(), this);
    connect(savingsPage, &SavingsPage::openInWhatIfRequested, this, [this](const planning::Scenario &scenario) {
        m_services->whatIf()->openScenario(scenario);
        showPage(WhatIf);
    });
    connect(savingsPage, &SavingsPage::showRecordsRequested, this, &MainWindow::openExplorer);
    // The demo's findings lead to its savings plan.
    connect(savingsPage, &SavingsPage::openPlanRequested, this, [this] {
        m_services->whatIf()->openExample(0);
        showPage(WhatIf);
    });
    m_savingsPage = savingsPage;
    m_pricesPage = new PricesPage(m_services->prices(), m_services->catalogUpdates(), this);
    connect(m_services->catalogUpdates(), &services::CatalogUpdateService::checkFinished, this, [this] {
        if (const int n = m_services->catalogUpdates()->pendingChanges(); n > 0)
            statusBar()->showMessage(n == 1 ? tr("A price update is available for 1 model: see Prices.")
                                            : tr("Price updates are available for %1 models: see Prices.")
                                                  .arg(QLocale().toString(n)),
                                     30000);
    });
    struct PageInfo
    {
        QString name;
        QWidget *widget;
    };
    const QList<PageInfo> pages = {
        {tr("Dashboard"), m_dashboardPage},
        {tr("Explore"), m_explorePage},
        {tr("What-if"), new WhatIfPage(m_services->whatIf(), this)},
        {tr("Savings"), savingsPage},
        {tr("Budgets"), m_budgetsPage},
        {tr("Sources"), m_sourcesPage},
        {tr("Prices"), m_pricesPage},
    };
    for (const PageInfo &p : pages) {
        m_nav->addItem(p.name);
        m_pages->addWidget(p.widget);
    }
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(Dashboard);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *empty = file->addAction(tr("Start &empty database…"), this, [this] { startEmptyDatabase(true); });
    empty->setObjectName(QStringLiteral("startEmptyAction"));
    QAction *demo = file->addAction(tr("Load &demo organisation"), this, &MainWindow::loadDemo);
    demo->setObjectName(QStringLiteral("loadDemoAction"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import files…"), this, [this] {
        showPage(Sources);
        m_sourcesPage->chooseFiles();
    });
    import->setObjectName(QStringLiteral("importFilesAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Export &report…"), this, &MainWindow::exportReport)->setObjectName(QStringLiteral("exportReportAction"));
    file->addAction(tr("Export &FOCUS…"), this, [this] { exportData(true); })->setObjectName(QStringLiteral("exportFocusAction"));
    file->addAction(tr("Export raw facts as &CSV…"), this, [this] { exportData(false); })
        ->setObjectName(QStringLiteral("exportCsvAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = view->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), m_services->dashboard(), &services::DashboardService::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_services->explorer(), &services::ExplorerService::refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About TokenLedger"), this, [this] {
        QMessageBox::about(this, tr("About TokenLedger"),
                           tr("<h3>TokenLedger %1</h3><p>See where your organisation's LLM-inference "
                              "money goes, and which savings lever pays for your traffic.</p>"
                              "<p>Costs are computed from the price catalog to the nano-dollar and "
                              "never summed in floating point.</p>")
                               .arg(QStringLiteral(TOKENLEDGER_VERSION)));
    });
}

void MainWindow::exportReport()
{
    if (m_services->session().path().isEmpty())
        return;
    ReportDialog dialog(m_services->session().path(), this);
    dialog.setToday(m_services->dashboard()->today());
    dialog.setPeriod(m_services->dashboard()->period().from, m_services->dashboard()->period().to);
    dialog.setFilter(m_services->dashboard()->filter());
    dialog.setCurrency(m_services->dashboard()->displayCurrency());
    dialog.setOrganisation(m_services->session().organisationName());
    // The scenario last worked on in the planner is offered, not included.
    const QString lastScenario = QSettings().value(QLatin1String(services::WhatIfService::kLastScenarioKey)).toString();
    if (!lastScenario.isEmpty() && QFileInfo::exists(lastScenario))
        dialog.addScenarioFile(lastScenario, false);
    dialog.exec();
    if (dialog.organisation() != m_services->session().organisationName()) {
        if (Status s = m_services->session().setOrganisationName(dialog.organisation()); !s)
            showError(tr("Cannot save the organisation's name"), s.errorMessage());
    }
}

void MainWindow::exportData(bool focus)
{
    // The dashboard's period and filters: what is on screen is what gets exported.
    if (m_services->session().path().isEmpty())
        return;
    const query::Period &period = m_services->dashboard()->period();
    const QString name = QStringLiteral("tokenledger-%1-%2-to-%3.csv")
                             .arg(focus ? QStringLiteral("focus") : QStringLiteral("usage"),
                                  period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    // FOCUS: the file type chooses the version, the current one (1.3) first.
    const QString focus13 = tr("FOCUS 1.3 CSV (*.csv)");
    const QString focus12 = tr("FOCUS 1.2 CSV, for tools that expect 1.2 (*.csv)");
    QString selected = focus ? focus13 : QString();
    const QString path = QFileDialog::getSaveFileName(this, focus ? tr("Export FOCUS") : tr("Export raw facts"),
                                                      QDir::home().filePath(name),
                                                      focus ? focus13 + QStringLiteral(";;") + focus12
                                                            : tr("CSV files (*.csv)"),
                                                      &selected);
    if (path.isEmpty())
        return;
    const auto kind = !focus                ? report::ReportJobs::ExportKind::RawCsv
                      : selected == focus12 ? report::ReportJobs::ExportKind::Focus12
                                            : report::ReportJobs::ExportKind::Focus;
    query::UsageFilter filter = m_services->dashboard()->filter();
    filter.from = period.from;
    filter.to = period.to;
    auto *jobs = new report::ReportJobs(this);
    jobs->setDatabasePath(m_services->session().path());
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, jobs, &report::ReportJobs::cancel);
    connect(jobs, &report::ReportJobs::progress, progress, [progress](const QString &step, int percent) {
        progress->setLabelText(step);
        progress->setValue(percent);
    });
    const auto done = [jobs, progress] {
        progress->deleteLater();
        jobs->deleteLater();
    };
    connect(jobs, &report::ReportJobs::exportFinished, this, [this, done](const QString &file, qint64 rows) {
        done();
        statusBar()->showMessage(tr("%1 rows written to %2").arg(rows).arg(QDir::toNativeSeparators(file)), 10000);
    });
    connect(jobs, &report::ReportJobs::failed, this, [this, done](const QString &message) {
        done();
        showError(tr("Export failed"), message);
    });
    jobs->exportData(kind, path, filter);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_nav->currentRow());
}

void MainWindow::openExplorer(const tl::query::UsageFilter &filter)
{
    m_explorePage->applyFilter(filter);
    showPage(Explore);
}

void MainWindow::openBudget(qint64 budgetId)
{
    showPage(Budgets);
    m_budgetsPage->selectBudget(budgetId);
}

void MainWindow::onDatabaseChanged()
{
    const bool demo = m_services->session().isDemo();
    m_demoBadgeAction->setVisible(demo);
    const QString org = m_services->session().organisationName();
    setWindowTitle(org.isEmpty() ? QStringLiteral("TokenLedger")
                                 : QStringLiteral("%1 — TokenLedger").arg(org));
    m_dbLabel->setText(tr("Database: %1").arg(m_services->session().path()));
    m_savingsPage->setPlan(m_services->whatIf()->exampleNames().value(0));
}

void MainWindow::startEmptyDatabase(bool confirm)
{
    const QString path = m_services->session().path();
    if (confirm) {
        const QString question =
            m_services->session().isDemo()
                ? tr("Remove the demo organisation and start with an empty database?\n\n%1").arg(path)
                : tr("Start a new, empty database? Everything in\n%1\nwill be deleted.").arg(path);
        if (QMessageBox::question(this, tr("Start empty database"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    if (Status s = m_services->session().createEmpty(path); !s)
        showError(tr("Cannot start an empty database"), s.errorMessage());
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), m_services->session().path(),
                                                      tr("TokenLedger databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = m_services->session().open(path); !s)
        showError(tr("Cannot open the database"), s.errorMessage());
}

void MainWindow::loadDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_services->session().loadDemo();
    QApplication::restoreOverrideCursor();
    if (!s)
        showError(tr("Cannot load the demo organisation"), s.errorMessage());
}

void MainWindow::showError(const QString &what, const QString &message)
{
    statusBar()->showMessage(what, 10000);
    QMessageBox::warning(this, what, message);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int page = settings.value(QLatin1String(kPageKey), int(Dashboard)).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : Dashboard);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kPageKey), int(currentPage()));
    event->accept();
}

} // namespace tl::ui
