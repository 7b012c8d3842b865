#include "widgets/BudgetProgressDelegate.h"

#include "Palette.h"
#include "itemmodels/BudgetListModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace tl::ui {

using itemmodels::BudgetListModel;

void BudgetProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int used = index.data(BudgetListModel::PerMilleUsedRole).toInt();
    const int forecast = index.data(BudgetListModel::PerMilleForecastRole).toInt();
    const bool enabled = index.data(BudgetListModel::EnabledRole).toBool();
    const QVariantList thresholds = index.data(BudgetListModel::ThresholdsRole).toList();
    // The bar spans 0 … max(100 %, forecast, spend) up to 200 %; beyond that it is clipped.
    const int scale = std::clamp(std::max({1000, used, forecast}), 1000, 2000);

    const QRect r = option.rect.adjusted(6, 6, -70, -6);
    auto xOf = [&](int perMille) {
        return r.left() + int(qint64(r.width()) * std::min(perMille, scale) / scale);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(r, option.palette.color(QPalette::AlternateBase).darker(104));
    const QColor good = enabled ? accentColor() : QColor(0x99, 0x99, 0x99);
    const QColor bad(0xc0, 0x39, 0x2b);
    QColor forecastColor = (forecast >= 1000 ? bad : good);
    forecastColor.setAlpha(90);
    painter->fillRect(QRect(QPoint(r.left(), r.top()), QPoint(xOf(forecast), r.bottom())),
                      forecastColor);
    painter->fillRect(QRect(QPoint(r.left(), r.top() + 3), QPoint(xOf(used), r.bottom() - 3)),
                      used >= 1000 ? bad : good);
    painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
    for (const QVariant &t : thresholds) {
        const int x = xOf(t.toInt() * 10);
        painter->drawLine(x, r.top() - 2, x, r.top() + 3);
        painter->drawLine(x, r.bottom() - 3, x, r.bottom() + 2);
    }
    painter->setPen(QPen(option.palette.color(QPalette::Text), 2));
    const int full = xOf(1000);
    painter->drawLine(full, r.top() - 3, full, r.bottom() + 3);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect textRect(r.right() + 6, option.rect.top(), option.rect.right() - r.right() - 6,
                         option.rect.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, tr("%1 %").arg(used / 10));
    painter->restore();
}

QSize BudgetProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 260), std::max(s.height(), 26)};
}

} // namespace tl::ui
