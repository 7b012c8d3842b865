#include "itemmodels/DiscountModel.h"

#include <QLocale>

namespace tl::itemmodels {

DiscountModel::DiscountModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiscountModel::setDiscounts(const pricing::Discounts &discounts)
{
    beginResetModel();
    m_rows = discounts.items();
    endResetModel();
}

void DiscountModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const pricing::Discount *DiscountModel::discountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DiscountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiscountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pricing::Discount &d = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Provider: return d.provider;
        case Model: return d.model.isEmpty() ? tr("all models") : d.model;
        case Percent: {
            QString text = d.percent;
            const QString point = QLocale().decimalPoint();
            if (point != QStringLiteral("."))
                text.replace(u'.', point);
            return tr("%1 %").arg(text);
        }
        case Note:
            // Mirrored from a team ledger: read-only here, and said so.
            if (!d.origin.isEmpty())
                return d.note.isEmpty() ? tr("(team ledger)") : tr("%1 (team ledger)").arg(d.note);
            return d.note;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (!d.origin.isEmpty() && index.column() != Percent)
            return tr("From the team ledger: its collector changes it; the app shows it read-only. "
                      "A discount of your own for the same models wins over it.");
        if (index.column() == Percent)
            return d.model.isEmpty()
                       ? tr("%1 % off list price for every %2 model without a discount of its own")
                             .arg(d.percent, d.provider)
                       : tr("%1 % off list price for %2").arg(d.percent, d.model);
        return index.column() == Note ? QVariant(d.note) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Percent ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (index.column()) {
        case Provider: return d.provider;
        case Model: return d.model;
        case Percent: return d.percent.toDouble();
        case Note: return d.note;
        default: return {};
        }
    default: return {};
    }
}

QVariant DiscountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Provider: return tr("Provider");
        case Model: return tr("Model");
        case Percent: return tr("Discount");
        case Note: return tr("Note");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == Percent)
        return tr("Percentage off list price; it reduces every part of the cost");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tl::itemmodels
