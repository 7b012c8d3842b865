#pragma once

#include "pricing/PriceCatalog.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Every catalog entry of one (provider, model) across all catalogs — including entries that
// an override or an imported catalog hides — newest first. "In use" says whether the entry
// is the one that bills usage in its period. Qt::UserRole gives sortable raw values (ISO
// dates, double prices, bool for "In use").
class PriceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { From = 0, To, Input, Cached, Output, Source, InUse, ColumnCount };
    enum Roles { RawValueRole = Qt::UserRole, CatalogRole };

    explicit PriceHistoryModel(QObject *parent = nullptr);

    // Shows the history of (provider, model) in `catalog`; `today` decides which date stands
    // for an open-ended period.
    void setModel(const pricing::PriceCatalog &catalog, const QString &provider, const QString &model,
                  const QDate &today);
    void clear();

    const QString &provider() const { return m_provider; }
    const QString &model() const { return m_model; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        pricing::ModelPrice price;
        bool inUse = false;
    };
    QVariant display(const Row &r, int column) const;

    QString m_provider;
    QString m_model;
    QList<Row> m_rows;
};

} // namespace tl::itemmodels
