#include "widgets/DashboardItemDelegate.h"

#include "Palette.h"
#include "itemmodels/DashboardRoles.h"

#include <QApplication>
#include <QPainter>

namespace tl::ui {

namespace {
QColor barColor(int index)
{
    if (index >= 0)
        return seriesColor(index);
    return index == -2 ? otherSeriesColor() : seriesColor(0);
}
} // namespace

void DashboardItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int trend = index.data(itemmodels::TrendRole).toInt();
    if (trend != 0) {
        // Vermillion for rising spend, bluish green for falling (Okabe–Ito).
        const QColor c = trend > 0 ? seriesColor(5) : seriesColor(2);
        option->palette.setColor(QPalette::Text, c);
        option->palette.setColor(QPalette::HighlightedText, c);
        option->font.setBold(true);
    }
}

void DashboardItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant fraction = index.data(itemmodels::BarFractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection first, then a bar in the left part of the cell and the text
    // (right-aligned) beside it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.0 %")) + 8;
    const QRect barArea(cell.left(), cell.top() + cell.height() / 4, std::max(0, cell.width() - textWidth),
                        cell.height() / 2);
    const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
    QRect bar = barArea;
    bar.setWidth(std::max(f > 0 ? 2 : 0, int(barArea.width() * f + 0.5)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(barColor(index.data(itemmodels::BarColorIndexRole).toInt()));
    painter->drawRoundedRect(bar, 2, 2);
    painter->setPen(opt.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                           : QPalette::Text));
    painter->drawText(cell, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace tl::ui
