#pragma once

#include <QWidget>

class QMenu;

namespace tl::itemmodels {
class ExplorerModel;
class ExplorerProxyModel;
class ExplorerTotalsModel;
}

namespace tl::ui {

class FittedTableView;
class ShareBarDelegate;
class TotalsFooterView;

// The Explore table with its totals line underneath. Keeps, across regroupings: the sort
// column (by name; computed cost, largest first, by default) and the columns the user hid
// (remembered in QSettings "explorer/hiddenColumns"). The column chooser is a menu of
// checkable metric columns, shown by the header's context menu and by columnsMenu().
class ExplorerTable : public QWidget
{
    Q_OBJECT
public:
    ExplorerTable(itemmodels::ExplorerProxyModel *proxy, itemmodels::ExplorerTotalsModel *totals,
                  QWidget *parent = nullptr);

    FittedTableView *view() const { return m_view; }
    TotalsFooterView *footer() const { return m_footer; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // Model rows of the selected rows in the table's order, or of every row shown when none
    // is selected; model columns shown, left to right.
    QList<int> selectedOrAllSourceRows() const;
    QList<int> visibleColumns() const;

    void setColumnKeyHidden(const QString &key, bool hidden);

Q_SIGNALS:
    void rowActivated(int sourceRow);
    void rowContextMenuRequested(int sourceRow, const QPoint &globalPos);

private:
    itemmodels::ExplorerModel *source() const;
    void onModelReset();
    void applyHiddenColumns();
    void placeShareDelegate();
    void rememberSort(int column, Qt::SortOrder order);
    void rebuildColumnsMenu();

    itemmodels::ExplorerProxyModel *m_proxy;
    FittedTableView *m_view;
    ShareBarDelegate *m_shareDelegate;
    TotalsFooterView *m_footer;
    QMenu *m_columnsMenu;
    QStringList m_hidden;
    QString m_sortKey;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace tl::ui
