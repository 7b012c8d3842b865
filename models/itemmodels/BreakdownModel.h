#pragma once

#include "domain/Dimension.h"
#include "money/DisplayCurrency.h"
#include "query/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Spend of the period broken down by one dimension: the largest values, the rest summed into
// "Other". The share column carries a bar (BarFractionRole, relative to the largest row).
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ValueColumn = 0, CostColumn, ShareColumn, ColumnCount };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setRows(const QList<query::BreakdownRow> &rows, Dimension dimension, Money periodTotal);
    void setCurrency(const DisplayCurrency &currency);
    const QList<query::BreakdownRow> &rows() const { return m_rows; }
    Dimension dimension() const { return m_dimension; }
    // The filter values a row stands for (Other: all of its members).
    QStringList filterValues(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString label(int row) const;
    double share(int row) const;

    QList<query::BreakdownRow> m_rows;
    Dimension m_dimension = Dimension::Provider;
    Money m_total;
    Money m_max;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
