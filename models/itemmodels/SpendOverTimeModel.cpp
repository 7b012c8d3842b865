#include "money/AmountText.h"
#include "itemmodels/SpendOverTimeModel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tl::itemmodels {

SpendOverTimeModel::SpendOverTimeModel(QObject *parent) : QAbstractTableModel(parent) {}

void SpendOverTimeModel::setSeries(query::TimeSeries series)
{
    beginResetModel();
    m_series = std::move(series);
    endResetModel();
}

int SpendOverTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.buckets.size());
}

int SpendOverTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.series.size());
}

QVariant SpendOverTimeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Money value = m_series.values[index.column()][index.row()];
    switch (role) {
    case Qt::DisplayRole: return m_currency.format(value, QLocale());
    case Qt::ToolTipRole:
        if (m_currency.isUsd())
            return tr("%1, %2: %3 USD")
                .arg(m_series.series[index.column()], bucketLabel(index.row()), usdAmount(value));
        return tr("%1, %2: %3 (%4 USD)")
            .arg(m_series.series[index.column()], bucketLabel(index.row()),
                 m_currency.format(value, QLocale()), usdAmount(value));
    case ValueRole: return m_currency.convert(value).toDouble();
    case ExactRole: return value.toDecimalString();
    case BucketStartRole: {
        const std::int64_t b = m_series.buckets[index.row()];
        return static_cast<qlonglong>(m_series.granularity == query::Granularity::Day ? b * 86400 : b * 3600);
    }
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

void SpendOverTimeModel::setCurrency(const DisplayCurrency &currency)
{
    beginResetModel();
    m_currency = currency;
    endResetModel();
}

QStringList SpendOverTimeModel::seriesFilterValues(int column) const
{
    if (column < 0 || column >= m_series.series.size())
        return {};
    const QString value = m_series.seriesValues.value(column);
    if (column == m_series.series.size() - 1 && !m_series.otherValues.isEmpty())
        return m_series.otherValues;
    return {value};
}

QDate SpendOverTimeModel::bucketDay(int row) const
{
    if (row < 0 || row >= m_series.buckets.size())
        return {};
    const std::int64_t b = m_series.buckets[row];
    return query::dateOfEpochDay(m_series.granularity == query::Granularity::Day
                                     ? b
                                     : (b >= 0 ? b / 24 : (b - 23) / 24));
}

QString SpendOverTimeModel::bucketLabel(int row) const
{
    if (row < 0 || row >= m_series.buckets.size())
        return {};
    const std::int64_t b = m_series.buckets[row];
    const QLocale locale;
    // Short labels that fit under a bar: "26 Nov" / "26.11." and "26 Nov 14:00".
    const QString dayFormat = locale.language() == QLocale::German ? QStringLiteral("d.M.")
                                                                   : QStringLiteral("d MMM");
    if (m_series.granularity == query::Granularity::Day)
        return locale.toString(query::dateOfEpochDay(b), dayFormat);
    const QDateTime t = QDateTime::fromSecsSinceEpoch(b * 3600, QTimeZone::utc());
    return locale.toString(t, dayFormat + QStringLiteral(" HH:mm"));
}

QVariant SpendOverTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_series.series.size() ? QVariant(m_series.series[section])
                                                               : QVariant();
    return bucketLabel(section);
}

} // namespace tl::itemmodels
