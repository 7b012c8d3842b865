#include "Palette.h"

#include <array>

namespace tl::ui {

QColor seriesColor(int index)
{
    static const std::array<QColor, 7> colors = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0xF0, 0xE4, 0x42), // yellow
    };
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor otherSeriesColor()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor accentColor()
{
    return QColor(0x0B, 0x5D, 0x6B);
}

QColor demoBadgeColor()
{
    return QColor(0xE6, 0x9F, 0x00);
}

} // namespace tl::ui
