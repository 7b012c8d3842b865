#include "widgets/ColumnFitting.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>

#include <algorithm>

namespace tl::ui {

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

} // namespace tl::ui
