#pragma once

#include <QTableView>

namespace tl::ui {

// The Explore table view: read-only, whole-row extended selection, alternating rows. Column
// widths are fitted to the contents — including the totals line under the table (bold, larger
// sums) — and to long header titles wrapped onto two lines; when the columns do not fit, the
// widest dimension columns (long model ids) shrink first and are elided in the middle.
class ExplorerTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ExplorerTableView(QWidget *parent = nullptr);

    void setFooter(QTableView *footer) { m_footer = footer; }
    void setMaximumColumnWidth(int width) { m_maxColumnWidth = width; }
    void fitColumns();

protected:
    int sizeHintForColumn(int column) const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int headerWidth(int column) const;
    void applyWidths();

    QTableView *m_footer = nullptr;
    int m_maxColumnWidth = 220;
    QList<int> m_natural;
};

} // namespace tl::ui
