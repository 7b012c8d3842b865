#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QRegularExpression>
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

// A decimal number as the reader typed it, in the plain form Money::parse and the catalogs read
// ("2.500,75" in German → "2500.75"). The locale's decimal point is understood, and its group
// separator where it groups by thousands ("2.500" in German is two thousand five hundred,
// "1,234.5" in English); a point where a German reader might use one out of habit ("99.50",
// "0.075") stays a decimal point. Anything else is returned as typed, for the caller's own check
// to reject with its message.
inline QString plainDecimal(const QString &typed, const QLocale &requested = QLocale())
{
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    QString text = typed.trimmed();
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (point.size() != 1 || group.size() != 1)
        return text;
    const QChar p = point.front();
    const QChar g = group.front();
    // Thousands grouped by `g`, an optional fraction after `p`.
    const QRegularExpression grouped(QStringLiteral("^-?[1-9]\\d{0,2}(%1\\d{3})+(%2\\d*)?$")
                                         .arg(QRegularExpression::escape(QString(g)),
                                              QRegularExpression::escape(QString(p))));
    if (grouped.match(text).hasMatch())
        text.remove(g);
    else if (text.contains(g) && g != u'.')
        return text; // "2,5" in English: not a number, said so by the caller's check
    if (p != u'.') {
        if (text.contains(p) && text.contains(u'.'))
            return text; // both marks, not as a grouped number: leave it to the check
        text.replace(p, u'.');
    }
    return text;
}

} // namespace tl
