#pragma once

#include "money/AxisScale.h"

#include <QLocale>
#include <QString>

#include <functional>

class QCategoryAxis;

namespace tl::ui {

// Value axes for Qt Charts whose labels are written by our own formatter: QValueAxis only
// knows printf formats, which ignore the locale, have no thousands separators and repeat
// labels on small ranges. The axis spans the scale's whole steps; its grid lines sit on them.
QCategoryAxis *scaleAxis(const AxisScale &scale, const std::function<QString(double)> &label);

// Amounts in `symbol`'s currency between lo and hi (zero included), e.g. "$0 … $15,000".
QCategoryAxis *moneyAxis(double lo, double hi, const QString &symbol, int maxIntervals = 5,
                         const QLocale &locale = QLocale());

// Plain numbers between lo and hi (zero included), e.g. "0 … 1,500".
QCategoryAxis *numberAxis(double lo, double hi, int maxIntervals = 5, const QLocale &locale = QLocale());

} // namespace tl::ui
