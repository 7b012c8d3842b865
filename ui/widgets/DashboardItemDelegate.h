#pragma once

#include <QStyledItemDelegate>

namespace tl::ui {

// Draws the dashboard tables' extras from itemmodels::DashboardRole: a bar behind a cell
// (BarFractionRole, coloured by BarColorIndexRole) and rising/falling trends in vermillion
// and bluish green (TrendRole); the ▲/▼ in the text carries the meaning without colour.
class DashboardItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tl::ui
