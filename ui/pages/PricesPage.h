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
    explicit PricesPage(services::PricesService *service, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }

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

    services::PricesService *m_service;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    FittedTableView *m_table;
    QGroupBox *m_historyGroup;
    FittedTableView *m_history;
    DiscountsPanel *m_discounts;
    NoticeBanner *m_banner;
    QPushButton *m_import;
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
