#pragma once

#include "query/UsageFilter.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace tl::services {
class AppServices;
class Session;
class DashboardService;
class ExplorerService;
class PricesService;
class ImportService;
class BudgetService;
class SyncService;
}

namespace tl::ui {

class DashboardPage;
class ExplorePage;
class PricesPage;
class SavingsPage;
class SourcesPage;
class BudgetsPage;

// The main window: navigation on the left, one page per area, the demo badge and the File
// menu's database actions. Pages own their content; this class only wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Dashboard = 0, Explore, WhatIf, Savings, Budgets, Sources, Prices, PageCount };

    // Shows the services of `services` (not owned; must outlive the window).
    explicit MainWindow(services::AppServices *services, QWidget *parent = nullptr);

    services::AppServices *services() const { return m_services; }

    services::DashboardService *dashboardService() const;
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    services::PricesService *pricesService() const;
    // File imports; importFinished/undoFinished refresh the dashboard and the explorer.
    services::ImportService *importService() const;
    SourcesPage *sourcesPage() const { return m_sourcesPage; }
    SavingsPage *savingsPage() const { return m_savingsPage; }
    PricesPage *pricesPage() const { return m_pricesPage; }
    ExplorePage *explorePage() const { return m_explorePage; }
    // Budgets and alerts; evaluateNow() is a public slot to call after imports and syncs.
    services::BudgetService *budgetService() const;
    BudgetsPage *budgetsPage() const { return m_budgetsPage; }
    // Shows the Budgets page with the budget selected (e.g. from a clicked notification).
    void openBudget(qint64 budgetId);
    void showPage(Page page);
    Page currentPage() const;

    // Shows the Explore page for a drill-down: the filter's days as a custom range, its
    // dimension filters as chips, grouped by the next sensible dimension.
    void openExplorer(const tl::query::UsageFilter &filter);

    // Replaces the current database with an empty one; asks first when `confirm` is true.
    void startEmptyDatabase(bool confirm = true);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPages();
    void onDatabaseChanged();
    void openDatabase();
    void loadDemo();
    void exportReport();
    void exportData(bool focus);
    void showError(const QString &what, const QString &message);
    void restoreLayout();

    services::AppServices *m_services;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboardPage = nullptr;
    SourcesPage *m_sourcesPage = nullptr;
    SavingsPage *m_savingsPage = nullptr;
    PricesPage *m_pricesPage = nullptr;
    ExplorePage *m_explorePage = nullptr;
    BudgetsPage *m_budgetsPage = nullptr;
    QToolButton *m_demoBadge;
    QAction *m_demoBadgeAction = nullptr;
    QLabel *m_dbLabel;
};

} // namespace tl::ui
