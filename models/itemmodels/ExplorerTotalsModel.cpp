#include "itemmodels/ExplorerTotalsModel.h"

#include "itemmodels/ExplorerModel.h"

namespace tl::itemmodels {

ExplorerTotalsModel::ExplorerTotalsModel(ExplorerModel *source, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{
    // The source only ever changes by a reset; follow it.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ExplorerTotalsModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &ExplorerTotalsModel::endResetModel);
}

int ExplorerTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : 1;
}

int ExplorerTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant ExplorerTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->totalsData(index.column(), role);
}

QVariant ExplorerTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tl::itemmodels
