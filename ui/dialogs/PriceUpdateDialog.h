#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tl::services {
class CatalogUpdateService;
}

namespace tl::ui {

class MessageWidget;

// "Check for price updates": the catalogs to check (one URL or file per line, the two
// community catalogs by default), whether to check when TokenLedger starts, and per source
// what a check found — models added, changed (with what changed in today's prices) and
// removed — before anything is stored. "Apply updates" stores exactly what is shown.
class PriceUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    // QSettings keys: the start-up check (off by default) and when it last ran.
    static constexpr const char *kCheckOnStartupKey = "prices/checkForUpdatesOnStartup";
    static constexpr const char *kLastStartupCheckKey = "prices/lastStartupCheck";

    explicit PriceUpdateDialog(services::CatalogUpdateService *service, QWidget *parent = nullptr);

    // Starts a check with the sources shown (saving them first).
    void checkNow();
    void applyUpdates();

private:
    void showResults();
    void updateButtons();
    bool saveSources();

    services::CatalogUpdateService *m_service;
    QPlainTextEdit *m_sources;
    QPushButton *m_defaults;
    QCheckBox *m_onStartup;
    QPushButton *m_check;
    QLabel *m_checked;
    QTreeWidget *m_results;
    MessageWidget *m_message;
    QPushButton *m_apply;
};

} // namespace tl::ui
