#pragma once

#include <QTableView>

namespace tl::ui {

// A compact, read-only table for price lists: whole-row single selection, alternating rows,
// column widths fitted to the contents after every reset, long header titles wrapped onto a
// second line instead of widening narrow number columns, and — only when the columns do not
// fit — very long ids elided in the middle (their tooltip shows them whole).
class PriceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit PriceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // When the columns do not fit, wider ones shrink down to this width (0: never).
    void setMaximumColumnWidth(int width) { m_maxColumnWidth = width; }

    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int headerWidth(int column) const;
    void applyWidths();

    int m_maxColumnWidth = 240;
    QList<int> m_natural; // fitted width of each column
};

} // namespace tl::ui
