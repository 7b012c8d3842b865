#include "itemmodels/BreakdownModel.h"

#include "money/AmountText.h"
#include "itemmodels/DashboardRoles.h"
#include "itemmodels/TopDriversModel.h"

#include <QLocale>

namespace tl::itemmodels {

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setRows(const QList<query::BreakdownRow> &rows, Dimension dimension, Money periodTotal)
{
    beginResetModel();
    m_rows = rows;
    m_dimension = dimension;
    m_total = periodTotal;
    m_max = Money();
    for (const auto &r : m_rows)
        m_max = std::max(m_max, r.cost);
    endResetModel();
}

void BreakdownModel::setCurrency(const DisplayCurrency &currency)
{
    beginResetModel();
    m_currency = currency;
    endResetModel();
}

QStringList BreakdownModel::filterValues(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows[row].isOther ? m_rows[row].members : QStringList{m_rows[row].value};
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::label(int row) const
{
    const query::BreakdownRow &r = m_rows[row];
    return r.value.isEmpty() ? TopDriversModel::noneLabel() : r.value;
}

double BreakdownModel::share(int row) const
{
    if (m_total.isZero() || m_total.isNegative())
        return 0.0;
    return m_rows[row].cost.toDouble() / m_total.toDouble();
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::BreakdownRow &r = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ValueColumn: return label(index.row());
        case CostColumn: return m_currency.format(r.cost, locale);
        case ShareColumn: return QString(locale.toString(share(index.row()) * 100.0, 'f', 1) + locale.percent());
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2: %3 USD, %4 % of %5 USD spend, %6 requests.")
                          .arg(dimensionLabel(m_dimension), label(index.row()), usdAmount(r.cost),
                               locale.toString(share(index.row()) * 100.0, 'f', 2), usdAmount(m_total),
                               locale.toString(static_cast<qlonglong>(r.requests)));
        if (r.isOther)
            tip += u'\n' + tr("Other sums %1 values: %2").arg(r.members.size()).arg(r.members.join(QStringLiteral(", ")));
        if (!m_currency.isUsd())
            tip += u'\n' + tr("Shown in %1: %2.").arg(m_currency.code(), m_currency.rateNote(locale));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole: return m_currency.convert(r.cost).toDouble();
    case ExactUsdRole: return r.cost.toDecimalString();
    case BarFractionRole:
        if (index.column() != ShareColumn || m_max.isZero() || m_max.isNegative() || r.cost.isNegative())
            return {};
        return r.cost.toDouble() / m_max.toDouble();
    case BarColorIndexRole: return r.isOther ? -2 : -1;
    default: return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn: return dimensionLabel(m_dimension);
    case CostColumn: return tr("Cost");
    case ShareColumn: return tr("Share of spend");
    default: return {};
    }
}

} // namespace tl::itemmodels
