#pragma once

#include "query/UsageFilter.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace tl::services {
class DashboardService;
}

namespace tl::ui {

class CompactTableView;
class CostSplitBar;
class DashboardControlBar;
class DashboardPanel;
class FilterChipBar;
class GettingStartedPanel;
class KpiCard;
class NoticeBanner;
class SpendChart;

// The dashboard: global controls (period, filters, display currency), KPI cards, spend over
// time, top cost drivers, a breakdown by a chosen dimension, the cost split and computed vs
// billed cost. Refreshes run in the background when they read much data (the service's Auto
// mode). Clicking a bar segment, a legend entry, a top driver or a breakdown row asks to drill
// down (drillDownRequested) with the matching filter.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(services::DashboardService *service, QWidget *parent = nullptr);

    KpiCard *kpiCard(int row) const;
    DashboardControlBar *controls() const { return m_controls; }
    GettingStartedPanel *gettingStarted() const { return m_gettingStarted; }
    NoticeBanner *outsideDataNotice() const { return m_outsideData; }

Q_SIGNALS:
    void drillDownRequested(tl::query::UsageFilter filter);

private:
    QWidget *createKpis();
    DashboardPanel *createSpendPanel();
    DashboardPanel *createDriversPanel();
    DashboardPanel *createBreakdownPanel();
    DashboardPanel *createSplitPanel();
    DashboardPanel *createBilledPanel();
    void updateFromService();
    void updateCurrencyNote();
    void chooseCurrency();

    services::DashboardService *m_service;
    DashboardControlBar *m_controls;
    FilterChipBar *m_chips;
    QLabel *m_currencyNote;
    NoticeBanner *m_outsideData = nullptr; // the period holds none of the data
    QList<KpiCard *> m_cards;
    SpendChart *m_chart = nullptr;
    QComboBox *m_stackBy = nullptr;
    QButtonGroup *m_granularity = nullptr;
    QToolButton *m_hourButton = nullptr;
    QButtonGroup *m_driverMode = nullptr;
    CompactTableView *m_drivers = nullptr;
    QComboBox *m_breakdownBy = nullptr;
    CompactTableView *m_breakdown = nullptr;
    CostSplitBar *m_split = nullptr;
    CompactTableView *m_billedTable = nullptr;
    QLabel *m_billedEmpty = nullptr;
    DashboardPanel *m_billedPanel = nullptr;
    QLabel *m_billedNote = nullptr;
    QStackedWidget *m_content;
    GettingStartedPanel *m_gettingStarted = nullptr;
};

} // namespace tl::ui
