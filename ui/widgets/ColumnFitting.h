#pragma once

#include <QList>

class QTableView;

namespace tl::ui {

// Gives each visible column of `view` its natural width; when they do not fit the viewport,
// columns wider than `maxColumnWidth` shrink first (down to it, 0: never), widest ids first.
// Shared by the compact table views so they fit columns the same way.
void applyColumnWidths(QTableView *view, QList<int> widths, int maxColumnWidth);

} // namespace tl::ui
