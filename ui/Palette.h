#pragma once

#include <QColor>
#include <QString>

namespace tl::ui {

// Series colours that stay distinguishable for the common forms of colour blindness
// (the Okabe–Ito set), with a neutral grey reserved for "Other".
QColor seriesColor(int index);
QColor otherSeriesColor();

// Accent colours of the interface.
QColor accentColor();
QColor demoBadgeColor();

} // namespace tl::ui
