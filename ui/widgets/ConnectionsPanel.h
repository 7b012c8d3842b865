#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tl::services {
class SyncService;
}

namespace tl::ui {

class MessageWidget;

// Provider billing API connections: the list (provider, name, base URL, filters, last sync,
// records, last error), add/edit/remove, "Test connection" with a readable verdict, and
// "Sync now" with progress and cancel. Self-contained: give it the service and place it.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPanel(services::SyncService *service, QWidget *parent = nullptr);

    // Opens the dialog for a new connection (also offered on an empty database's dashboard).
    void addConnection();

private:
    void editConnection();
    void removeConnection();
    void testConnection();
    void syncNow();
    void updateButtons();
    std::int64_t selectedId() const;
    void showStatus(const QString &text, bool problem);
    void setBusy(bool busy, const QString &text);

    services::SyncService *m_service;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    MessageWidget *m_status;
    QLabel *m_empty;
    QSpinBox *m_autoSync;
    std::int64_t m_keepSelected = 0;
    bool m_dialogOpen = false; // a connection dialog's own test shows its verdict there, not here
};

} // namespace tl::ui
