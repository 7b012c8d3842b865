#include "widgets/ChartAxis.h"

#include <QCategoryAxis>

namespace tl::ui {

QCategoryAxis *scaleAxis(const AxisScale &scale, const std::function<QString(double)> &label)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The first category ends on the lowest tick, so it gets a label and a grid line too.
    axis->setStartValue(scale.min - scale.step);
    for (double tick : scale.ticks())
        axis->append(label(tick), tick);
    axis->setRange(scale.min, scale.max);
    return axis;
}

QCategoryAxis *moneyAxis(double lo, double hi, const QString &symbol, int maxIntervals, const QLocale &locale)
{
    const AxisScale scale = AxisScale::nice(lo, hi, maxIntervals);
    const QString trimmed = symbol.trimmed();
    return scaleAxis(scale, [&](double v) { return axisMoneyLabel(v, scale, locale, trimmed); });
}

QCategoryAxis *numberAxis(double lo, double hi, int maxIntervals, const QLocale &locale)
{
    const AxisScale scale = AxisScale::nice(lo, hi, maxIntervals);
    return scaleAxis(scale, [&](double v) { return axisNumberLabel(v, scale, locale); });
}

} // namespace tl::ui
