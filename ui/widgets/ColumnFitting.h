#pragma once

#include <QList>

class QFontMetrics;
class QString;
class QTableView;

namespace tl::ui {

// Gives each visible column of `view` its natural width; when they do not fit the viewport,
// columns wider than `maxColumnWidth` shrink first (down to it, 0: never), widest ids first.
// Shared by the compact table views so they fit columns the same way.
void applyColumnWidths(QTableView *view, QList<int> widths, int maxColumnWidth);

// The narrowest text width that shows `title` on at most two lines, broken between words
// (one line only when `allowTwoLines` is false). Header margins are the caller's.
int titleWidth(const QFontMetrics &fm, const QString &title, bool allowTwoLines = true);

} // namespace tl::ui
