#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace tl::services {
class BudgetService;
}

namespace tl::ui {

class BudgetBurnChart;

// Budgets: the list with a progress bar each (spent, forecast, thresholds; overlapping
// budgets are separate rows), add/edit/remove, the selected budget's burn-up chart, and the
// alert history with acknowledge and snooze.
class BudgetsPage : public QWidget
{
    Q_OBJECT
public:
    // QSettings key: keep running in the tray when the window closes (default off).
    static constexpr const char *kKeepInTrayKey = "tray/keepRunning";

    explicit BudgetsPage(services::BudgetService *service, QWidget *parent = nullptr);

    // Selects the budget's row (e.g. when its notification was clicked).
    void selectBudget(qint64 budgetId);
    qint64 selectedBudget() const;

    void addBudget();
    void editBudget();
    void removeBudget();

private:
    void onEvaluated();
    void updateChart();
    void updateButtons();
    qint64 selectedAlert() const;
    void snoozeSelected(int minutes);

    services::BudgetService *m_service;
    QTableView *m_budgets;
    QTableView *m_alerts;
    BudgetBurnChart *m_chart;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_acknowledge;
    QToolButton *m_snooze;
    QCheckBox *m_keepInTray;
    qint64 m_selected = 0;
    QString m_selectByName; // a budget just added, to select when the evaluation lists it
};

} // namespace tl::ui
