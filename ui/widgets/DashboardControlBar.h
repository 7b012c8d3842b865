#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace tl::services {
class DashboardService;
}

namespace tl::ui {

class FilterPopup;

// The dashboard's global controls: the period (presets and Custom… with two dates), the
// filters button with its popup, and the display currency. Talks to the service directly.
class DashboardControlBar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardControlBar(services::DashboardService *service, QWidget *parent = nullptr);

    FilterPopup *filterPopup() const { return m_filterPopup; }
    QToolButton *filtersButton() const { return m_filters; }
    // Opens the filter popup (optionally at a dimension).
    void showFilters();

Q_SIGNALS:
    void currencyButtonClicked();

private:
    void onPresetChosen();
    void onCustomDatesChanged();
    void syncFromService();

    services::DashboardService *m_service;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash;
    QLabel *m_periodLabel;
    QToolButton *m_filters;
    QToolButton *m_currency;
    QLabel *m_busy;
    FilterPopup *m_filterPopup;
    bool m_syncing = false;
};

} // namespace tl::ui
