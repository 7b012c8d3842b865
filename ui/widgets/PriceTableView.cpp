#include "widgets/PriceTableView.h"

#include "widgets/ColumnFitting.h"

#include <QHeaderView>

namespace tl::ui {

PriceTableView::PriceTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Room for two lines of title.
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + 10);
}

void PriceTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &PriceTableView::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PriceTableView::fitColumns);
    fitColumns();
}

// The narrowest width that shows the column's title on at most two lines.
int PriceTableView::headerWidth(int column) const
{
    const QString title = model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const bool shortTitle = title.size() <= 8; // "In use", "Output": one line reads better
    const int best = titleWidth(horizontalHeader()->fontMetrics(), title, !shortTitle);
    const bool sortable = isSortingEnabled();
    return best + 16 + (sortable ? 14 : 0); // margins, and the sort indicator
}

void PriceTableView::fitColumns()
{
    m_natural.clear();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        m_natural << qMax(sizeHintForColumn(column), headerWidth(column));
    applyWidths();
}

void PriceTableView::applyWidths()
{
    if (!model() || m_natural.size() != model()->columnCount())
        return;
    applyColumnWidths(this, m_natural, m_maxColumnWidth);
}

void PriceTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    applyWidths();
}

} // namespace tl::ui
