#pragma once

#include "core/BackgroundTask.h"
#include "core/Result.h"
#include "itemmodels/DiscountModel.h"
#include "itemmodels/PriceHistoryModel.h"
#include "itemmodels/PriceTableModel.h"
#include "pricing/CatalogImport.h"
#include "pricing/Discounts.h"
#include "pricing/PriceCatalog.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <memory>


namespace tl::store {
class Database;
}

namespace tl::services {

struct CatalogUpdateResult;

// The Prices page's state and actions: the effective catalog (overrides and imported
// catalogs over the built-in one) and the negotiated discounts, the item models that show
// them, and the changes a user makes to them. Every change is stored at once; costs already
// stored keep their old value until startReprice() recomputes them on a worker thread with
// its own database connection.
class PricesService : public QObject
{
    Q_OBJECT
public:
    explicit PricesService(QObject *parent = nullptr);
    ~PricesService() override; // cancels a running re-price and waits for it

    void setDatabase(store::Database *db); // not owned; nullptr shows the built-in catalog
    store::Database *database() const { return m_db; }
    // Reads the catalog and discounts again and refreshes the models.
    Status reload();

    // "Today" for the prices in force; defaults to the current UTC date. Tests pin it.
    void setToday(const QDate &today);
    QDate today() const;

    const pricing::PriceCatalog &catalog() const { return m_catalog; }
    const pricing::Discounts &discounts() const { return m_discounts; }
    itemmodels::PriceTableModel *priceTable() const { return m_table; }
    itemmodels::PriceHistoryModel *history() const { return m_history; }
    itemmodels::DiscountModel *discountModel() const { return m_discountModel; }

    // Fills the history model with every entry of (provider, model); empty clears it.
    void showHistory(const QString &provider, const QString &model);
    bool hasOverride(const QString &provider, const QString &model) const;
    QStringList providers() const;
    QStringList modelsOf(const QString &provider) const;

    Result<pricing::CatalogImportReport> importCatalogFile(const QString &path);
    // Stores what a price-update check previewed (services::applyCatalogUpdate), as an import
    // does: the table reloads and the page offers to re-price.
    Result<pricing::CatalogImportReport> applyCatalogUpdate(const CatalogUpdateResult &preview);
    // Stores `price` as the user's override of its provider and model from its effective-from
    // date on, replacing an override with the same start.
    Status saveOverride(const pricing::ModelPrice &price);
    // Removes every override of (provider, model); the imported or built-in price applies again.
    Status removeOverride(const QString &provider, const QString &model);
    Status saveDiscount(const pricing::Discount &discount);
    Status removeDiscount(const QString &provider, const QString &model);

    // True after a change to prices or discounts that stored usage does not reflect yet.
    bool needsReprice() const { return m_needsReprice; }
    bool isRepricing() const;
    // Recomputes every stored cost with the current prices in the background; false (with a
    // repriceFinished(false, why)) when it cannot start.
    bool startReprice();
    // Asks a running re-price to stop; it then finishes with ok = false and changes nothing.
    void cancelReprice();

Q_SIGNALS:
    void reloaded();
    void pricesChanged();
    void repriceStarted();
    void repriceProgress(qint64 done, qint64 total);
    void repriceFinished(bool ok, const QString &message);
    void errorOccurred(const QString &message);

private:
    struct RepriceOutcome
    {
        bool ok = false;
        QString message;
        QString path; // the database file that was re-priced
    };
    Status checkWritable() const;
    void changed();
    void onRepriceDone(const RepriceOutcome &outcome);

    store::Database *m_db = nullptr;
    QDate m_today;
    pricing::PriceCatalog m_catalog;
    pricing::Discounts m_discounts;
    itemmodels::PriceTableModel *m_table;
    itemmodels::PriceHistoryModel *m_history;
    itemmodels::DiscountModel *m_discountModel;
    bool m_needsReprice = false;
    BackgroundTask<RepriceOutcome> m_task{this};
};

} // namespace tl::services
