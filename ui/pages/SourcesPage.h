#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;

namespace tl::services {
class ImportService;
}

namespace tl::ui {

// Sources: importing log files (with progress and cancel), the history of every import —
// file imports and API syncs — with its counts, the problems of the selected import, and undo.
// A panel of provider connections can be placed above the history with setConnectionsPanel().
class SourcesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPage(services::ImportService *service, QWidget *parent = nullptr);

    // Puts `panel` (titled "Provider billing APIs") at the top of the page; the page owns it.
    void setConnectionsPanel(QWidget *panel);
    // Puts `panel` (titled "Team ledger") above the file imports; the page owns it.
    void setTeamLedgerPanel(QWidget *panel);

    // Asks for files (and a mapping for CSV) and imports them; File ▸ Import files… too.
    void chooseFiles();
    // For tests: imports without the file dialog.
    void importFiles(const QStringList &files);

private:
    void onSelectionChanged();
    void undoSelected();
    void onProgress(int fileIndex, int fileCount, const QString &file, qint64 bytesDone,
                    qint64 bytesTotal, qint64 records, double rate);
    void onFinished(bool ok, const QString &summary);
    QWidget *section(const QString &title, QWidget *content);
    qint64 selectedBatch() const;

    services::ImportService *m_service;
    QSplitter *m_splitter;
    QComboBox *m_format;
    QPushButton *m_import;
    QPushButton *m_undo;
    QTableView *m_history;
    QTableView *m_problems;
    QLabel *m_problemsTitle;
    QLabel *m_status;
    QProgressDialog *m_progress = nullptr;
};

} // namespace tl::ui
