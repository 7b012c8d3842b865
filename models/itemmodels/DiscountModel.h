#pragma once

#include "pricing/Discounts.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Negotiated discounts: provider, model ("all models" when provider-wide), percent off list
// price, note. Qt::UserRole gives raw values (the model id as stored, empty when
// provider-wide; the percentage as double).
class DiscountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Provider = 0, Model, Percent, Note, ColumnCount };
    enum Roles { RawValueRole = Qt::UserRole };

    explicit DiscountModel(QObject *parent = nullptr);

    void setDiscounts(const pricing::Discounts &discounts);
    void clear();

    const pricing::Discount *discountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<pricing::Discount> m_rows;
};

} // namespace tl::itemmodels
