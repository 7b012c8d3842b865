#pragma once

#include "planning/Scenario.h"
#include "query/UsageFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tl::services {
class SavingsService;
}

namespace tl::ui {

// The Savings page: the savings finder's ranked opportunities for a period, grouped by a
// dimension, with the total (each workload's combined figure once), the selected row's
// evidence and assumptions, and actions that open the row's scenario in the What-if planner or
// show the workload's records in Explore.
class SavingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SavingsPage(services::SavingsService *service, QWidget *parent = nullptr);

    // Runs the finder (the page does so itself the first time it is shown).
    void find();
    // A scenario the database brings that combines levers across workloads (the demo's savings
    // plan), offered under the total; empty hides the offer.
    void setPlan(const QString &name);

Q_SIGNALS:
    void openInWhatIfRequested(const tl::planning::Scenario &scenario);
    void showRecordsRequested(const tl::query::UsageFilter &filter);
    void openPlanRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void updateDetails();
    int selectedRow() const;

    services::SavingsService *m_service;
    QComboBox *m_groupBy;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_find;
    QLabel *m_total;
    QLabel *m_status;
    QLabel *m_plan = nullptr;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_openWhatIf;
    QPushButton *m_showRecords;
    bool m_periodChosen = false; // the user picked dates (else the last 30 days with data)
    bool m_shownOnce = false;
};

} // namespace tl::ui
