#pragma once

#include "domain/Dimension.h"
#include "money/DisplayCurrency.h"
#include "query/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// The top cost drivers of the period: model × team (or × tag), their cost and the change
// against the previous period ("▲ 12.3 %", "▼ 4.0 %", "new").
class TopDriversModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn = 0, OtherColumn, CostColumn, TrendColumn, ColumnCount };

    explicit TopDriversModel(QObject *parent = nullptr);

    void setDrivers(const QList<query::DriverRow> &rows, Dimension other, Money periodTotal);
    void setCurrency(const DisplayCurrency &currency);
    const QList<query::DriverRow> &drivers() const { return m_rows; }
    Dimension otherDimension() const { return m_other; }
    // Change against the previous period; nullopt when there was nothing before.
    std::optional<double> change(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString noneLabel();

private:
    QString trendText(int row) const;

    QList<query::DriverRow> m_rows;
    Dimension m_other = Dimension::Team;
    Money m_total;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
