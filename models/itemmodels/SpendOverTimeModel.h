#pragma once

#include "query/UsageQueries.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Spend over time as a table: one row per day (or hour), one column per series (provider,
// model, …). DisplayRole gives formatted money, Qt::UserRole the value as double for charts,
// ExactRole the exact decimal string. Vertical headers are dates, horizontal ones the series.
class SpendOverTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ValueRole = Qt::UserRole, ExactRole, BucketStartRole };

    explicit SpendOverTimeModel(QObject *parent = nullptr);

    void setSeries(query::TimeSeries series);
    const query::TimeSeries &series() const { return m_series; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString bucketLabel(int row) const;

private:
    query::TimeSeries m_series;
};

} // namespace tl::itemmodels
