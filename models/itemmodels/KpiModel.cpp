#include "itemmodels/KpiModel.h"

namespace tl::itemmodels {

KpiModel::KpiModel(QObject *parent) : QAbstractListModel(parent) {}

void KpiModel::changedAll()
{
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
}

void KpiModel::setSnapshot(const query::DashboardSnapshot &snapshot)
{
    KpiFigures::setSnapshot(snapshot);
    changedAll();
}

void KpiModel::setCurrency(const DisplayCurrency &currency)
{
    KpiFigures::setCurrency(currency);
    changedAll();
}

void KpiModel::clear()
{
    KpiFigures::clear();
    changedAll();
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(index.row(), role);
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(RawValueRole, "rawValue");
    names.insert(TrendRole, "trend");
    return names;
}

} // namespace tl::itemmodels
