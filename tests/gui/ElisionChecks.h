// What the no-elision tests look for (tst_no_elision: the pages, tst_no_elision_dialogs: the
// dialogs). Each check reports "class objectName: needs N px, has M: "text"" for a visible
// widget whose text does not fit:
//   - a label wider than its room (or, word-wrapped, taller than its height);
//   - a header section whose title does not fit (wrapped titles: the header's height);
//   - a push, tool, check or radio button whose text (with icon and indicator) does not fit;
//   - an empty line edit whose placeholder text does not fit its text area;
//   - a combo box whose current text does not fit its edit field and whose tooltip does not
//     say it (a model id in a narrow panel);
//   - an item view cell on screen whose display text does not fit its column (or, with word
//     wrap, its row's height) and whose tooltip (Qt::ToolTipRole) does not carry that text.
//     The rule for cells: a column is either sized to its texts, or the cells it cuts say
//     their full text in their tooltip. Sizing every column to its longest text is not
//     enforceable (a free-text note or a long model id would push the figures off screen),
//     while "the full text is one hover away" is, and it is what a user needs.
#pragma once

#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace tl::test {

bool shown(const QWidget *w);
// Every problem in `window` and its children, in the form above.
QStringList elisionProblems(QWidget *window);
QStringList cellProblems(QAbstractItemView *view);
// How many visible texts (labels, buttons, cells on screen) `window` shows: a test that
// looked at nothing would pass.
int visibleTexts(QWidget *window);

} // namespace tl::test
