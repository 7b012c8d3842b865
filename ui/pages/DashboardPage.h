#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace tl::itemmodels {
class DashboardService;
}

namespace tl::ui {

class KpiCard;
class SpendChart;

// The dashboard: period and stacking controls, KPI cards and spend over time.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(itemmodels::DashboardService *service, QWidget *parent = nullptr);

    KpiCard *kpiCard(int row) const;

private:
    void updateEmptyState();

    itemmodels::DashboardService *m_service;
    QComboBox *m_period;
    QComboBox *m_stackBy;
    QLabel *m_periodLabel;
    QList<KpiCard *> m_cards;
    SpendChart *m_chart;
    QStackedWidget *m_content;
};

} // namespace tl::ui
