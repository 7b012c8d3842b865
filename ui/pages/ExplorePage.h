#pragma once

#include "query/UsageFilter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tl::itemmodels {
class ExplorerProxyModel;
}
namespace tl::services {
class ExplorerService;
}

namespace tl::ui {

class ExplorerTable;
class FilterChipBar;
class GettingStartedPanel;
class GroupByEditor;
class PeriodPicker;

// Explore: usage grouped by any ordered combination of dimensions for a period, narrowed by
// dimension filters (chips) and a text filter, with totals under the table, a column chooser,
// copying (Ctrl+C) and CSV export. Double-clicking a row (or Enter) drills into it.
class ExplorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExplorePage(services::ExplorerService *service, QWidget *parent = nullptr);

    services::ExplorerService *service() const { return m_service; }
    itemmodels::ExplorerProxyModel *proxy() const { return m_proxy; }
    ExplorerTable *table() const { return m_table; }
    GettingStartedPanel *gettingStarted() const { return m_gettingStarted; }
    QLineEdit *findField() const { return m_find; }

    // Shows the usage of a drill-down (dates and dimension filters) and clears the text filter.
    void applyFilter(const query::UsageFilter &filter);
    // Puts the selected rows, or all rows shown, on the clipboard as tab-separated exact values.
    void copyRows();
    // Asks for a file and writes the rows shown as CSV.
    void exportCsv();

private:
    void buildLayout();
    void restoreChoices();
    void connectSignals();
    void syncFromService();
    void updateStatus();
    void populateFilterMenu();
    void drillInto(int sourceRow);
    void showRowMenu(int sourceRow, const QPoint &globalPos);

    services::ExplorerService *m_service;
    itemmodels::ExplorerProxyModel *m_proxy;
    PeriodPicker *m_period;
    GroupByEditor *m_groupBy;
    QLineEdit *m_find;
    QPushButton *m_filterButton;
    QPushButton *m_columnsButton;
    QPushButton *m_copy;
    QPushButton *m_export;
    FilterChipBar *m_chips;
    ExplorerTable *m_table;
    QStackedWidget *m_content;
    GettingStartedPanel *m_gettingStarted = nullptr;
    QLabel *m_status;
};

} // namespace tl::ui
