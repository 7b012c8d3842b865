#pragma once

#include <QPointer>
#include <QScrollBar>
#include <QTableView>

namespace tl::ui {

// A one-line table under another table — its totals — that follows the other table's column
// widths, hidden columns and horizontal scrolling, so that every total sits under its column.
// Not focusable; the tooltips give the exact values.
class TotalsFooterView : public QTableView
{
    Q_OBJECT
public:
    explicit TotalsFooterView(QTableView *follow, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Copies widths and hidden columns from the followed table.
    void syncColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncMargins();

    QTableView *m_follow;
    // The followed table's scroll bars, kept apart from the table: the footer hears their
    // Hide events while the table is being destroyed, when the table may no longer be asked.
    // Held as QObjects and asked with qobject_cast, which answers "not a scroll bar" for one
    // that is being destroyed (a cast to QScrollBar* then would be undefined behaviour).
    QPointer<QObject> m_followVertical;
    QPointer<QObject> m_followHorizontal;
    QScrollBar *followVertical() const { return qobject_cast<QScrollBar *>(m_followVertical.data()); }
    QScrollBar *followHorizontal() const { return qobject_cast<QScrollBar *>(m_followHorizontal.data()); }
};

} // namespace tl::ui
