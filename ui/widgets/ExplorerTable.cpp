#include "widgets/ExplorerTable.h"

#include "itemmodels/ExplorerModel.h"
#include "itemmodels/ExplorerProxyModel.h"
#include "itemmodels/ExplorerTotalsModel.h"
#include "widgets/FittedTableView.h"
#include "widgets/ShareBarDelegate.h"
#include "widgets/TotalsFooterView.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QVBoxLayout>

namespace tl::ui {

using itemmodels::ExplorerModel;

namespace {

constexpr auto kHiddenColumnsKey = "explorer/hiddenColumns";

// Wider header margins than the price lists, room for the sort arrow in the sorted column
// only, and any title may wrap. The view does not refit on its own: this table refits it
// after a regrouping, not on every row the find box lets through.
FittedTableView::Fitting explorerFitting()
{
    FittedTableView::Fitting f;
    f.headerMargins = 20;
    f.sortIndicatorRoom = 16;
    f.sortRoomOnlyWhenSorted = true;
    f.oneLineTitleLength = -1;
    f.maximumColumnWidth = 200;
    f.followModel = false;
    return f;
}

} // namespace

ExplorerTable::ExplorerTable(itemmodels::ExplorerProxyModel *proxy, itemmodels::ExplorerTotalsModel *totals,
                             QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_view(new FittedTableView(explorerFitting(), this)),
      m_shareDelegate(new ShareBarDelegate(this)),
      m_footer(new TotalsFooterView(m_view, this)),
      m_columnsMenu(new QMenu(tr("Columns"), this))
{
    m_view->setObjectName(QStringLiteral("explorerTable"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Usage grouped by the chosen dimensions"));
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hidden = QSettings().value(QLatin1String(kHiddenColumnsKey)).toStringList();
    m_sortKey = ExplorerModel::metricKey(ExplorerModel::ComputedCost);

    m_view->setSortingEnabled(true);
    m_footer->setModel(totals);
    m_view->setFooter(m_footer);
    m_view->setModel(proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    connect(proxy, &QAbstractItemModel::modelReset, this, &ExplorerTable::onModelReset);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ExplorerTable::rememberSort);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->exec(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            Q_EMIT rowContextMenuRequested(m_proxy->mapToSource(index).row(), m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(m_proxy->mapToSource(index).row()); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &ExplorerTable::rebuildColumnsMenu);
    onModelReset();
}

ExplorerModel *ExplorerTable::source() const
{
    return qobject_cast<ExplorerModel *>(m_proxy->sourceModel());
}

void ExplorerTable::onModelReset()
{
    // Columns move when the grouping changes: find the sort column again by its name.
    const ExplorerModel *model = source();
    int column = -1;
    for (int c = 0; model && c < model->columnCount(); ++c)
        if (model->columnKey(c) == m_sortKey)
            column = c;
    if (column < 0 && model) {
        column = model->columnOf(ExplorerModel::ComputedCost);
        m_sortOrder = Qt::DescendingOrder;
    }
    const QString key = m_sortKey;
    m_view->sortByColumn(column, m_sortOrder);
    m_sortKey = column >= 0 && model ? model->columnKey(column) : key;
    placeShareDelegate();
    applyHiddenColumns();
    m_view->fitColumns();
    m_footer->syncColumns();
}

void ExplorerTable::placeShareDelegate()
{
    const ExplorerModel *model = source();
    for (int c = 0; model && c < model->columnCount(); ++c)
        m_view->setItemDelegateForColumn(c, model->metricAt(c) == ExplorerModel::Share ? m_shareDelegate : nullptr);
}

void ExplorerTable::rememberSort(int column, Qt::SortOrder order)
{
    if (const ExplorerModel *model = source(); model && column >= 0 && column < model->columnCount()) {
        m_sortKey = model->columnKey(column);
        m_sortOrder = order;
    }
}

void ExplorerTable::applyHiddenColumns()
{
    const ExplorerModel *model = source();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        m_view->setColumnHidden(c, m_hidden.contains(model->columnKey(c)));
    m_footer->syncColumns();
}

void ExplorerTable::setColumnKeyHidden(const QString &key, bool hidden)
{
    if (hidden == m_hidden.contains(key))
        return;
    if (hidden)
        m_hidden << key;
    else
        m_hidden.removeAll(key);
    QSettings().setValue(QLatin1String(kHiddenColumnsKey), m_hidden);
    applyHiddenColumns();
    m_view->fitColumns();
    m_footer->syncColumns();
}

void ExplorerTable::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    for (int m = 0; m < ExplorerModel::MetricCount; ++m) {
        const auto metric = ExplorerModel::Metric(m);
        const QString key = ExplorerModel::metricKey(metric);
        QAction *action = m_columnsMenu->addAction(ExplorerModel::metricTitle(metric));
        action->setObjectName(QStringLiteral("column_") + key);
        action->setToolTip(ExplorerModel::metricDescription(metric));
        action->setCheckable(true);
        action->setChecked(!m_hidden.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) { setColumnKeyHidden(key, !on); });
    }
    m_columnsMenu->addSeparator();
    QAction *all = m_columnsMenu->addAction(tr("Show all columns"));
    all->setObjectName(QStringLiteral("showAllColumns"));
    all->setEnabled(!m_hidden.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        const QStringList hidden = m_hidden;
        for (const QString &key : hidden)
            setColumnKeyHidden(key, false);
    });
}

QList<int> ExplorerTable::selectedOrAllSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return m_proxy->sourceRows();
    QList<int> proxyRows;
    for (const QModelIndex &index : selected)
        proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int r : proxyRows)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return rows;
}

QList<int> ExplorerTable::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

} // namespace tl::ui
