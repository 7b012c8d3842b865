#include "itemmodels/ExplorerProxyModel.h"

#include "itemmodels/ExplorerModel.h"

namespace tl::itemmodels {

ExplorerProxyModel::ExplorerProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ExplorerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ExplorerProxyModel::setFilterWords(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

QList<int> ExplorerProxyModel::sourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows << mapToSource(index(r, 0)).row();
    return rows;
}

bool ExplorerProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    QStringList values;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (!index.data(ExplorerModel::DimensionRole).isValid())
            break; // dimension columns come first
        values << index.data(Qt::DisplayRole).toString();
    }
    const QString haystack = values.join(u'\n');
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace tl::itemmodels
