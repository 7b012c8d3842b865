#include "itemmodels/CostSplitModel.h"

#include "money/AmountText.h"
#include "itemmodels/DashboardRoles.h"

#include <QLocale>

namespace tl::itemmodels {

CostSplitModel::CostSplitModel(QObject *parent) : QAbstractTableModel(parent) {}

void CostSplitModel::setCost(const CostBreakdown &cost, std::int64_t unpricedRecords, std::int64_t records,
                             std::int64_t unpricedUnits)
{
    m_cost = cost;
    m_unpriced = unpricedRecords;
    m_records = records;
    m_unpricedUnits = unpricedUnits;
    Q_EMIT dataChanged(index(0, 0), index(KindCount - 1, ColumnCount - 1));
}

QString CostSplitModel::unpricedNote() const
{
    const QLocale locale;
    QString units;
    if (m_unpricedUnits > 0)
        units = tr("%1 units (audio, image or video tokens, searches, code executions) have no price in their "
                   "model's catalog entry and count as zero.")
                    .arg(locale.toString(qlonglong(m_unpricedUnits)));
    if (m_unpriced <= 0)
        return units;
    if (!units.isEmpty())
        units.prepend(u' ');
    if (m_unpriced == 1)
        return tr("1 of %1 records has no catalog price: its computed cost counts as zero. Add a price "
                  "on the Prices page, then re-price.")
                   .arg(locale.toString(qlonglong(m_records)))
               + units;
    return tr("%1 of %2 records have no catalog price: their computed cost counts as zero. Add the prices "
              "on the Prices page, then re-price.")
               .arg(locale.toString(qlonglong(m_unpriced)), locale.toString(qlonglong(m_records)))
           + units;
}

void CostSplitModel::setCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    Q_EMIT dataChanged(index(0, 0), index(KindCount - 1, ColumnCount - 1));
}

Money CostSplitModel::amount(int kind) const
{
    switch (kind) {
    case UncachedInput: return m_cost.uncachedInput;
    case CacheRead: return m_cost.cacheRead;
    case CacheWrite: return m_cost.cacheWrite;
    case Output: return m_cost.output;
    default: return {};
    }
}

double CostSplitModel::share(int kind) const
{
    const Money total = m_cost.total();
    if (total.isZero() || total.isNegative())
        return 0.0;
    return amount(kind).toDouble() / total.toDouble();
}

QString CostSplitModel::kindLabel(int kind)
{
    switch (kind) {
    case UncachedInput: return tr("Uncached input");
    case CacheRead: return tr("Cache reads");
    case CacheWrite: return tr("Cache writes");
    case Output: return tr("Output");
    default: return {};
    }
}

int CostSplitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KindCount;
}

int CostSplitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostSplitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int kind = index.row();
    const Money value = amount(kind);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindLabel(kind);
        case CostColumn: return m_currency.format(value, locale);
        case ShareColumn: return QString(locale.toString(share(kind) * 100.0, 'f', 1) + locale.percent());
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2 USD exactly, %3 % of %4 USD spend.")
                          .arg(kindLabel(kind), usdAmount(value), locale.toString(share(kind) * 100.0, 'f', 2),
                               usdAmount(m_cost.total()));
        if (!m_currency.isUsd())
            tip += u'\n' + tr("%1 in %2 (%3).").arg(m_currency.format(value, locale), m_currency.code(),
                                                    m_currency.rateNote(locale));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == KindColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole: return m_currency.convert(value).toDouble();
    case ExactUsdRole: return value.toDecimalString();
    case BarFractionRole: return share(kind);
    case BarColorIndexRole: return kind;
    default: return {};
    }
}

QVariant CostSplitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case CostColumn: return tr("Cost");
    case ShareColumn: return tr("Share");
    default: return {};
    }
}

} // namespace tl::itemmodels
