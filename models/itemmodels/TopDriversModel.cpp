#include "itemmodels/TopDriversModel.h"

#include "money/AmountText.h"
#include "itemmodels/DashboardRoles.h"

#include <QLocale>

namespace tl::itemmodels {

TopDriversModel::TopDriversModel(QObject *parent) : QAbstractTableModel(parent) {}

QString TopDriversModel::noneLabel()
{
    return tr("(none)");
}

void TopDriversModel::setDrivers(const QList<query::DriverRow> &rows, Dimension other, Money periodTotal)
{
    beginResetModel();
    m_rows = rows;
    m_other = other;
    m_total = periodTotal;
    endResetModel();
}

void TopDriversModel::setCurrency(const DisplayCurrency &currency)
{
    beginResetModel();
    m_currency = currency;
    endResetModel();
}

int TopDriversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopDriversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> TopDriversModel::change(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const query::DriverRow &r = m_rows[row];
    if (r.previousCost.isZero() || r.previousCost.isNegative())
        return std::nullopt;
    return (r.cost - r.previousCost).toDouble() / r.previousCost.toDouble();
}

QString TopDriversModel::trendText(int row) const
{
    const auto c = change(row);
    const QLocale locale;
    if (!c)
        return m_rows[row].cost.isZero() ? QStringLiteral("—") : tr("new");
    const QString pct = locale.toString(std::abs(*c) * 100.0, 'f', 1) + locale.percent();
    if (*c > 0.0005)
        return QStringLiteral("▲ ") + pct;
    if (*c < -0.0005)
        return QStringLiteral("▼ ") + pct;
    return QStringLiteral("± ") + pct;
}

QVariant TopDriversModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::DriverRow &r = m_rows[index.row()];
    const QLocale locale;
    const QString other = r.other.isEmpty() ? noneLabel() : r.other;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn: return r.model;
        case OtherColumn: return other;
        case CostColumn: return m_currency.format(r.cost, locale);
        case TrendColumn: return trendText(index.row());
        default: return {};
        }
    case Qt::ToolTipRole: {
        const auto c = change(index.row());
        const QString share = m_total.isZero() || m_total.isNegative()
                                  ? QStringLiteral("—")
                                  : locale.toString(r.cost.toDouble() / m_total.toDouble() * 100.0, 'f', 1)
                                        + locale.percent();
        QString tip = tr("%1 · %2: %3 USD in the period (%4 of spend), %5 requests.")
                          .arg(r.model, other, usdAmount(r.cost), share,
                               locale.toString(static_cast<qlonglong>(r.requests)));
        tip += u'\n'
               + (c ? tr("Previous period: %1 USD; change (%2 − %1) ÷ %1 = %3 %.")
                          .arg(usdAmount(r.previousCost), usdAmount(r.cost),
                               locale.toString(*c * 100.0, 'f', 2))
                    : tr("No spend in the previous period."));
        if (!m_currency.isUsd())
            tip += u'\n' + tr("Shown in %1: %2.").arg(m_currency.code(), m_currency.rateNote(locale));
        tip += u'\n' + tr("Click to explore this model and %1.").arg(dimensionLabel(m_other).toLower());
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= CostColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case AmountRole: return m_currency.convert(r.cost).toDouble();
    case ExactUsdRole: return r.cost.toDecimalString();
    case TrendRole: {
        if (index.column() != TrendColumn)
            return 0;
        const auto c = change(index.row());
        return !c ? 0 : (*c > 0.0005 ? 1 : (*c < -0.0005 ? -1 : 0));
    }
    default: return {};
    }
}

QVariant TopDriversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case OtherColumn: return dimensionLabel(m_other);
    case CostColumn: return tr("Cost");
    case TrendColumn: return tr("vs previous");
    default: return {};
    }
}

} // namespace tl::itemmodels
