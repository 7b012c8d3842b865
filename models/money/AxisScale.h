#pragma once

#include <QList>
#include <QString>

class QLocale;

namespace tl {

// The ticks of a chart axis: a step of 1, 2, 2.5 or 5 × 10^k, so that labels read as round numbers
// (0, 200, 400, …), bounds on whole steps around the data, and as many decimals as
// the step needs — never two ticks with the same label. Used by every on-screen chart and the
// PDF's charts, with the label functions below, so all axes read alike.
struct AxisScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0; // digits after the decimal point the step needs

    // The nicest step that covers [lo, hi] in at most `maxIntervals` steps; an empty or
    // inverted range becomes one step around its value. Zero stays on the axis when the data
    // do not cross it but `includeZero` is set.
    static AxisScale nice(double lo, double hi, int maxIntervals = 5, bool includeZero = true);

    QList<double> ticks() const;
    int intervals() const;
};

// "1,500", "1.500", "0.25": the locale's digits and separators, `scale.decimals` places.
QString axisNumberLabel(double value, const AxisScale &scale, const QLocale &locale);
// "$1,500", "-$1,000", "1.500 €": the locale's currency pattern with `symbol`.
QString axisMoneyLabel(double value, const AxisScale &scale, const QLocale &locale, const QString &symbol);

} // namespace tl
