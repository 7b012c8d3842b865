#include "widgets/FittedTableView.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStringList>

#include <algorithm>

namespace tl::ui {

namespace {

constexpr int kCellPadding = 16; // left and right margins of a cell of the footer

// Gives each column of `view` its natural width; when the visible ones do not fit the
// viewport, columns wider than `maxColumnWidth` shrink first (down to it, 0: never), from
// the left.
void applyColumnWidths(QTableView *view, QList<int> widths, int maxColumnWidth)
{
    int overflow = -view->viewport()->width();
    for (int column = 0; column < widths.size(); ++column)
        if (!view->isColumnHidden(column))
            overflow += widths[column];
    // Too wide for the view: shrink the widest columns (long model ids) first.
    for (int column = 0; column < widths.size() && overflow > 0 && maxColumnWidth > 0; ++column) {
        const int spare = widths[column] - maxColumnWidth;
        if (spare > 0 && !view->isColumnHidden(column)) {
            const int cut = std::min(spare, overflow);
            widths[column] -= cut;
            overflow -= cut;
        }
    }
    for (int column = 0; column < widths.size(); ++column)
        view->horizontalHeader()->resizeSection(column, widths[column]);
}

// The narrowest text width that shows `title` on at most two lines, broken between words
// (one line only when `allowTwoLines` is false). Header margins are the caller's.
int titleWidth(const QFontMetrics &fm, const QString &title, bool allowTwoLines)
{
    int best = fm.horizontalAdvance(title);
    if (!allowTwoLines)
        return best;
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    for (int split = 1; split < words.size(); ++split) {
        const int first = fm.horizontalAdvance(words.mid(0, split).join(u' '));
        const int second = fm.horizontalAdvance(words.mid(split).join(u' '));
        best = std::min(best, std::max(first, second));
    }
    return best;
}

} // namespace

FittedTableView::FittedTableView(const Fitting &fitting, QWidget *parent) : QTableView(parent), m_fitting(fitting)
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
    header->setSectionsMovable(false);
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + 10); // two lines of title
    if (m_fitting.sortRoomOnlyWhenSorted)
        connect(header, &QHeaderView::sortIndicatorChanged, this, &FittedTableView::fitColumns);
}

void FittedTableView::setModel(QAbstractItemModel *model)
{
    if (m_fitting.followModel) {
        if (QAbstractItemModel *old = this->model())
            disconnect(old, nullptr, this, nullptr);
    }
    QTableView::setModel(model);
    if (!model || !m_fitting.followModel)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &FittedTableView::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FittedTableView::fitColumns);
    fitColumns();
}

int FittedTableView::sizeHintForColumn(int column) const
{
    const int own = QTableView::sizeHintForColumn(column);
    if (!m_footer || !m_footer->model() || column >= m_footer->model()->columnCount())
        return own;
    const QString total = m_footer->model()->index(0, column).data(Qt::DisplayRole).toString();
    return std::max(own, m_footer->fontMetrics().horizontalAdvance(total) + kCellPadding);
}

// The narrowest width that shows the column's title on at most two lines.
int FittedTableView::headerWidth(int column) const
{
    const QString title = model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const bool oneLine = title.size() <= m_fitting.oneLineTitleLength;
    const int best = titleWidth(horizontalHeader()->fontMetrics(), title, !oneLine);
    const bool arrow = isSortingEnabled()
                       && (!m_fitting.sortRoomOnlyWhenSorted || horizontalHeader()->sortIndicatorSection() == column);
    return best + m_fitting.headerMargins + (arrow ? m_fitting.sortIndicatorRoom : 0);
}

void FittedTableView::fitColumns()
{
    m_natural.clear();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        m_natural << std::max(sizeHintForColumn(column), headerWidth(column));
    applyWidths();
}

void FittedTableView::applyWidths()
{
    if (!model() || m_natural.size() != model()->columnCount())
        return;
    applyColumnWidths(this, m_natural, m_fitting.maximumColumnWidth);
}

void FittedTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    applyWidths();
}

} // namespace tl::ui
