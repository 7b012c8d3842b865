#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace tl::itemmodels {

class ExplorerModel;

// The totals line under the Explore table: one row, the same columns as the ExplorerModel it
// follows, with its totalsData(). Kept out of the table model so that sorting and text
// filtering never move or hide it.
class ExplorerTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ExplorerTotalsModel(ExplorerModel *source, QObject *parent = nullptr);

    ExplorerModel *source() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<ExplorerModel> m_source;
};

} // namespace tl::itemmodels
