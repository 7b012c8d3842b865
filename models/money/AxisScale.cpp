#include "money/AxisScale.h"

#include "money/Money.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tl {

namespace {

// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `rough`.
double niceStep(double rough)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = m * magnitude;
        // A little tolerance, so 0.2 / 1 does not become 0.5 through rounding.
        if (step >= rough * (1.0 - 1e-9))
            return step;
    }
    return 10.0 * magnitude;
}

int decimalsOf(double step)
{
    // The fewest decimals that write the step exactly: 500 → 0, 0.5 → 1, 0.25 → 2.
    for (int d = 0; d < 9; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
            return d;
    }
    return 9;
}

} // namespace

AxisScale AxisScale::nice(double lo, double hi, int maxIntervals, bool includeZero)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        lo = hi = 0;
    if (lo > hi)
        std::swap(lo, hi);
    if (includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    maxIntervals = std::max(1, maxIntervals);
    if (hi - lo <= std::abs(hi) * 1e-12) {
        // No spread: one step of a round size around the value (an empty chart reads 0 to 1).
        const double base = std::abs(hi) > 0 ? niceStep(std::abs(hi)) : 1.0;
        if (hi <= 0 && lo < 0)
            lo = -base, hi = 0;
        else
            hi = lo + base;
        AxisScale single;
        single.min = lo;
        single.max = hi;
        single.step = base;
        single.decimals = decimalsOf(base);
        return single;
    }
    AxisScale s;
    s.step = niceStep((hi - lo) / maxIntervals);
    // Widen the step while the rounded bounds need more intervals than allowed.
    for (int guard = 0; guard < 8; ++guard) {
        s.min = std::floor(lo / s.step + 1e-9) * s.step;
        s.max = std::ceil(hi / s.step - 1e-9) * s.step;
        if (s.intervals() <= maxIntervals)
            break;
        s.step = niceStep(s.step * 1.01);
    }
    if (s.min == 0)
        s.min = 0; // no "-0"
    s.decimals = decimalsOf(s.step);
    return s;
}

int AxisScale::intervals() const
{
    return step > 0 ? int(std::llround((max - min) / step)) : 0;
}

QList<double> AxisScale::ticks() const
{
    QList<double> out;
    const int n = intervals();
    out.reserve(n + 1);
    for (int i = 0; i <= n; ++i) {
        double v = min + i * step;
        // Snap away the binary noise (0.30000000000000004) so labels and positions agree.
        const double snap = std::pow(10.0, decimals);
        v = std::round(v * snap) / snap;
        out << (v == 0 ? 0.0 : v);
    }
    return out;
}

QString axisNumberLabel(double value, const AxisScale &scale, const QLocale &locale)
{
    return locale.toString(value == 0 ? 0.0 : value, 'f', scale.decimals);
}

QString axisMoneyLabel(double value, const AxisScale &scale, const QLocale &locale, const QString &symbol)
{
    // Through Money, so an axis and a table write amounts alike (sign, symbol, separators).
    constexpr double kLimit = 9.0e9; // Money holds up to about 9.2e9 units
    const double clamped = std::clamp(value, -kLimit, kLimit);
    return Money::fromNanos(std::llround(clamped * Money::kNanosPerUnit))
        .toDisplayString(locale, symbol, scale.decimals);
}

} // namespace tl
