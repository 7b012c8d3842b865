#pragma once

#include "money/DisplayCurrency.h"
#include "query/UsageQueries.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Spend over time as a table: one row per day (or hour), one column per series (provider,
// model, …). DisplayRole gives formatted money and Qt::UserRole the value as double for charts,
// both in the display currency; ExactRole the exact USD decimal string. Vertical headers are
// dates, horizontal ones the series.
class SpendOverTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ValueRole = Qt::UserRole, ExactRole, BucketStartRole };

    explicit SpendOverTimeModel(QObject *parent = nullptr);

    void setSeries(query::TimeSeries series);
    const query::TimeSeries &series() const { return m_series; }
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }

    // The dimension values a column stands for (all of "Other"'s members for Other).
    QStringList seriesFilterValues(int column) const;
    // The UTC day of a row (the day of the hour for hourly rows).
    QDate bucketDay(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString bucketLabel(int row) const;

private:
    query::TimeSeries m_series;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
