#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace tl {

// An exact US-dollar amount as tooltips and messages write it next to "USD": every decimal the
// amount has, at least two ("1,234.5625", "12.50"), with the reader's digit grouping and decimal
// point ("1.234,5625" in German), so that exact figures read like the rounded ones around them.
// The "C" locale (no language set) writes as US English does.
inline QString usdAmount(Money usd, const QLocale &requested = QLocale())
{
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    QString exact = usd.toDecimalString(2); // "-1234.5625"
    const bool negative = exact.startsWith(u'-');
    if (negative)
        exact.remove(0, 1);
    const qsizetype point = exact.indexOf(u'.');
    QString out = locale.toString(exact.left(point).toLongLong());
    if (point >= 0)
        out += locale.decimalPoint() + exact.mid(point + 1);
    return negative ? locale.negativeSign() + out : out;
}

} // namespace tl
