#pragma once

#include <QTableView>

namespace tl::ui {

// A compact, read-only table: whole-row selection (single by default), alternating rows, no
// row numbers. Column widths are fitted to the contents — and to the totals line under the
// table, when there is one — and to long header titles wrapped onto two lines instead of
// widening narrow number columns; when the columns do not fit, the widest ones (long model
// ids) shrink first and are elided in the middle. How the header titles are measured, and
// whether the view refits by itself, is the page's choice (Fitting).
class FittedTableView : public QTableView
{
    Q_OBJECT
public:
    struct Fitting
    {
        int headerMargins = 16;     // left and right margins of a header section
        int sortIndicatorRoom = 14; // room for the sort arrow, when sorting is enabled
        // Only the sorted column needs the arrow's room (then every new sort refits).
        bool sortRoomOnlyWhenSorted = false;
        // Titles this short stay on one line ("In use", "Output"); -1: any title may wrap.
        int oneLineTitleLength = 8;
        // When the columns do not fit, wider ones shrink down to this width (0: never).
        int maximumColumnWidth = 240;
        // Refit after every reset of the model and every insertion of rows.
        bool followModel = true;
    };

    // The defaults are the price lists' rules.
    explicit FittedTableView(QWidget *parent = nullptr) : FittedTableView(Fitting(), parent) {}
    explicit FittedTableView(const Fitting &fitting, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // A one-row table whose cells the columns must also fit (the totals line under the table).
    void setFooter(QTableView *footer) { m_footer = footer; }
    const Fitting &fitting() const { return m_fitting; }

    void fitColumns();

protected:
    int sizeHintForColumn(int column) const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int headerWidth(int column) const;
    void applyWidths();

    Fitting m_fitting;
    QTableView *m_footer = nullptr;
    QList<int> m_natural; // fitted width of each column
};

} // namespace tl::ui
