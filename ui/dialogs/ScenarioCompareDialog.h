#pragma once

#include <QDialog>

class QChartView;
class QTableView;

namespace tl::itemmodels {
class ScenarioComparisonModel;
}

namespace tl::ui {

// Scenarios side by side: the comparison table (baseline cost, each lever's savings, scenario
// cost, break-even) and a grouped bar chart of the savings per lever, one bar per scenario.
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioCompareDialog(itemmodels::ScenarioComparisonModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    int barSetCount() const;

private:
    void rebuildChart();

    itemmodels::ScenarioComparisonModel *m_model;
    QTableView *m_table;
    QChartView *m_chart;
};

} // namespace tl::ui
