#include "widgets/ExplorerTableView.h"

#include "widgets/ColumnFitting.h"

#include <QHeaderView>

namespace tl::ui {

namespace {
constexpr int kCellPadding = 16;   // left and right margins of a cell
constexpr int kHeaderPadding = 20; // margins of a header section
constexpr int kSortIndicator = 16; // room for the sort arrow of the sorted column
} // namespace

ExplorerTableView::ExplorerTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + 10); // two lines of title
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ExplorerTableView::fitColumns);
}

int ExplorerTableView::sizeHintForColumn(int column) const
{
    const int own = QTableView::sizeHintForColumn(column);
    if (!m_footer || !m_footer->model() || column >= m_footer->model()->columnCount())
        return own;
    const QString total = m_footer->model()->index(0, column).data(Qt::DisplayRole).toString();
    return std::max(own, m_footer->fontMetrics().horizontalAdvance(total) + kCellPadding);
}

// The narrowest width that shows the column's title on at most two lines.
int ExplorerTableView::headerWidth(int column) const
{
    const QString title = model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const int best = titleWidth(horizontalHeader()->fontMetrics(), title);
    const bool sorted = isSortingEnabled() && horizontalHeader()->sortIndicatorSection() == column;
    return best + kHeaderPadding + (sorted ? kSortIndicator : 0);
}

void ExplorerTableView::fitColumns()
{
    m_natural.clear();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        m_natural << std::max(sizeHintForColumn(column), headerWidth(column));
    applyWidths();
}

void ExplorerTableView::applyWidths()
{
    if (!model() || m_natural.size() != model()->columnCount())
        return;
    applyColumnWidths(this, m_natural, m_maxColumnWidth);
}

void ExplorerTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    applyWidths();
}

} // namespace tl::ui
