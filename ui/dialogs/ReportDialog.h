#pragma once

#include "money/DisplayCurrency.h"
#include "query/UsageFilter.h"
#include "report/ReportData.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tl::report {
class ReportJobs;
}

namespace tl::ui {

// File ▸ Export report…: period, filters (the dashboard's by default), sections, what-if
// scenario files and paper size; a preview of the pages; then the PDF, written with progress.
// The data is computed off the GUI thread; the pages are laid out by the same renderer as
// `tokenledger-cli report`, in the display currency and the UI language.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString &databasePath, QWidget *parent = nullptr);

    // Defaults taken from the dashboard.
    void setPeriod(const QDate &from, const QDate &to);
    void setFilter(const query::UsageFilter &filter);
    void setCurrency(const DisplayCurrency &currency) { m_currency = currency; }
    void setToday(const QDate &today) { m_today = today; }
    // The organisation named on the title page; the caller remembers a changed one.
    void setOrganisation(const QString &name);
    QString organisation() const;
    // Adds a scenario file to the list, ticked (included) or not (offered).
    void addScenarioFile(const QString &path, bool included = true);
    void setSectionChecked(report::Section section, bool on);
    void setPaper(report::Paper paper);

    report::ReportRequest request() const;

    // Computes the data and shows the pages.
    void preview();
    // Computes the data and writes the PDF to `path` (asks for a file when empty).
    void writePdf(const QString &path = {});

    int lastWrittenPageCount() const { return m_writtenPages; }

Q_SIGNALS:
    void previewReady(int pages);
    void pdfWritten(const QString &path, int pages);
    void failed(const QString &message);

private:
    void onDataReady(const report::ReportData &data);
    void onFailed(const QString &message);
    void setBusy(bool busy);
    void addScenarios();
    void removeScenario();

    report::ReportJobs *m_jobs;
    QDate m_today;
    DisplayCurrency m_currency;
    query::UsageFilter m_filter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_useFilters;
    QLabel *m_filterText;
    QList<QPair<report::Section, QCheckBox *>> m_sections;
    QListWidget *m_scenarios;
    QComboBox *m_paper;
    QLineEdit *m_organisation;
    QListWidget *m_pages;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_previewButton;
    QPushButton *m_writeButton;
    QString m_pendingPath; // set while a write is on its way
    int m_writtenPages = 0;
};

} // namespace tl::ui
