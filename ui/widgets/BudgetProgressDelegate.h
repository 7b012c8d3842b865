#pragma once

#include <QStyledItemDelegate>

namespace tl::ui {

// Draws a budget's progress: the share spent as a solid bar, the forecast to the end of the
// period as a lighter bar behind it, a tick at each threshold and a marker at 100 %. Reads the
// per-mille and threshold roles of BudgetListModel.
class BudgetProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tl::ui
