#pragma once

#include "pricing/CatalogImport.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;

namespace tl::services {
class CatalogUpdateService;
class PricesService;
}

namespace tl::ui {

class DiscountsPanel;
class NoticeBanner;
class FittedTableView;

// The price catalog costs are computed with: the prices in force today (searchable,
// sortable), the history of the selected model, negotiated discounts, catalog imports, the
// user's overrides, and re-pricing of stored usage after a change.
class PricesPage : public QWidget
{
    Q_OBJECT
public:
    PricesPage(services::PricesService *service, services::CatalogUpdateService *updates,
               QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Opens "Check for price updates": with `checkNow` it starts a check at once, else it shows
    // the last check's findings (the banner's "Review…").
    void openUpdateDialog(bool checkNow = true);
    // The optional start-up check: when it is switched on and did not run in the last 20 hours,
    // checks in the background; the page's banner then says when prices changed.
    void checkOnStartupIfDue();

private:
    void buildLayout();
    void connectSignals();
    void onCurrentRowChanged();
    void restoreSelection();
    void updateActions();
    void importCatalog();
    void showImportReport(const pricing::CatalogImportReport &report);
    void overridePrice();
    void removeOverride();
    void startReprice();
    void onRepriceStarted();
    void onRepriceProgress(qint64 done, qint64 total);
    void onRepriceFinished(bool ok, const QString &message);
    void setStatus(const QString &message);
    void onUpdatesPending();

    services::PricesService *m_service;
    services::CatalogUpdateService *m_updates;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    FittedTableView *m_table;
    QGroupBox *m_historyGroup;
    FittedTableView *m_history;
    DiscountsPanel *m_discounts;
    NoticeBanner *m_banner;
    NoticeBanner *m_updatesBanner;
    QPushButton *m_import;
    QPushButton *m_checkUpdates;
    QPushButton *m_override;
    QPushButton *m_removeOverride;
    QPushButton *m_reprice;
    QLabel *m_status;
    QProgressDialog *m_progress = nullptr;
    bool m_cancelRequested = false;
    QString m_selectedProvider;
    QString m_selectedModel;
};

} // namespace tl::ui
