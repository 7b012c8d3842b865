#include "widgets/ShareBarDelegate.h"

#include "Palette.h"

#include <QPainter>

namespace tl::ui {

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::UserRole);
    if (value.isValid() && !(option.state & QStyle::State_Selected)) {
        const double share = std::clamp(value.toDouble(), 0.0, 1.0);
        const QRect area = option.rect.adjusted(3, 4, -3, -4);
        QRect bar = area;
        bar.setWidth(qRound(area.width() * share));
        if (bar.width() > 0) {
            QColor fill = accentColor();
            fill.setAlpha(90);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(bar, 2, 2);
            painter->restore();
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace tl::ui
