#pragma once

#include "budgets/BudgetEvaluator.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace tl::ui {

// Cumulative spend of a budget's period: actual spend day by day, the expected path to the
// end of the period with the forecast's range, the budget as a line, and the exhaustion date.
class BudgetBurnChart : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetBurnChart(QWidget *parent = nullptr);

    // `spendSource`: where the spend comes from (BudgetListModel::spendSourceText).
    void setStatus(const std::optional<budgets::BudgetStatus> &status, const QString &spendSource = {});
    // Series names shown, for tests: "Spent", "Forecast", …
    QStringList seriesNames() const;

private:
    QChartView *m_view;
    QLabel *m_caption;
};

} // namespace tl::ui
