#pragma once

#include <QSortFilterProxyModel>

namespace tl::itemmodels {

// Sorting and text filtering over an ExplorerModel. Sorts by ExplorerModel::SortRole; the
// text filter keeps the rows whose dimension values contain every word typed (in any of the
// dimension columns, ignoring case), so "support gpt" finds team support on gpt-4o models.
class ExplorerProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ExplorerProxyModel(QObject *parent = nullptr);

    void setFilterWords(const QString &text);
    QString filterText() const { return m_text; }

    // Source rows in the proxy's order.
    QList<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace tl::itemmodels
