#pragma once

#include <QStyledItemDelegate>

namespace tl::ui {

// Draws a cell's share (Qt::UserRole, 0…1) as a light bar behind its text, so that the
// largest groups stand out at a glance.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tl::ui
