#include "planning/WhatIfText.h"

#include <QCoreApplication>

#include <cmath>

namespace tl::planning {

namespace {

// A number with at most `decimals` decimals, trailing zeros (and a bare decimal point) dropped.
QString trimmed(const QLocale &locale, double value, int decimals)
{
    QString t = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (!t.contains(point))
        return t;
    const QString zero = locale.zeroDigit();
    while (t.endsWith(zero))
        t.chop(zero.size());
    if (t.endsWith(point))
        t.chop(point.size());
    return t;
}

} // namespace

QString WhatIfText::money(Money usd) const
{
    return currency.format(usd, locale, 2);
}

QString WhatIfText::percent(Share share) const
{
    //: A percentage in the what-if explanations; %1 is the number ("12,5"), keep the space if
    //: your language puts one before the sign.
    return QCoreApplication::translate("tl::planning::WhatIfText", "%1 %")
        .arg(trimmed(locale, static_cast<double>(share.ppm) / 10'000.0, 2));
}

QString WhatIfText::tokens(Quantity q) const
{
    const double v = q.toDouble();
    if (v >= 1e9)
        return QCoreApplication::translate("tl::planning::WhatIfText", "%1 billion")
            .arg(locale.toString(v / 1e9, 'f', 2));
    if (v >= 1e6)
        return QCoreApplication::translate("tl::planning::WhatIfText", "%1M").arg(locale.toString(v / 1e6, 'f', 1));
    if (v >= 1e4)
        return QCoreApplication::translate("tl::planning::WhatIfText", "%1k").arg(locale.toString(v / 1e3, 'f', 1));
    return locale.toString(static_cast<qlonglong>(std::llround(v)));
}

} // namespace tl::planning
