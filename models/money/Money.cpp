#include "money/Money.h"

#include <QLocale>

#include <cstdlib>

namespace tl {

Int128 roundedDivideWide(Int128 numerator, std::int64_t denominator)
{
    const bool negative = numerator < 0;
    Int128 n = negative ? -numerator : numerator;
    Int128 q = n / denominator;
    const Int128 r = n % denominator;
    if (r * 2 >= denominator)
        ++q;
    return negative ? -q : q;
}

std::int64_t roundedDivide(Int128 numerator, std::int64_t denominator)
{
    return static_cast<std::int64_t>(roundedDivideWide(numerator, denominator));
}

std::optional<Money> Money::fromWideNanos(Int128 nanos)
{
    if (nanos > static_cast<Int128>(INT64_MAX) || nanos < static_cast<Int128>(INT64_MIN))
        return std::nullopt;
    return Money(static_cast<std::int64_t>(nanos));
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    std::int64_t sum = a.m_nanos;
    if (!checkedAddTo(sum, b.m_nanos))
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedMulDiv(Money m, std::int64_t num, std::int64_t den)
{
    if (den == 0)
        return std::nullopt;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    // |m| < 2^63 and |num| < 2^63: the product fits 127 bits.
    return fromWideNanos(roundedDivideWide(static_cast<Int128>(m.m_nanos) * num, den));
}

std::optional<Money> Money::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'+' || text[i] == u'-') {
        negative = text[i] == u'-';
        ++i;
    }

    // Collect all significant digits and the position of the decimal point.
    QString digits;
    int decimals = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
            seenDigit = true;
            if (seenPoint)
                ++decimals;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;

    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        const qsizetype expStart = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            ++i;
        if (i == expStart || i - expStart > 4)
            return std::nullopt;
        exponent = text.mid(expStart, i - expStart).toInt();
        if (expNegative)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;

    // value = digits × 10^(exponent − decimals); we want nanos = value × 10^9.
    int shift = 9 + exponent - decimals;
    // Strip leading zeros so long zero-padded inputs do not overflow.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits = digits.mid(firstNonZero);

    Int128 mantissa = 0;
    int dropped = 0; // digits that do not fit go into rounding
    bool roundUp = false;
    const int keepDigits = shift >= 0 ? int(digits.size()) : int(digits.size()) + shift;
    for (int d = 0; d < digits.size(); ++d) {
        const int v = digits[d].unicode() - '0';
        if (d < keepDigits) {
            mantissa = mantissa * 10 + v;
            if (mantissa > (Int128(1) << 100))
                return std::nullopt;
        } else {
            if (dropped == 0)
                roundUp = v >= 5;
            ++dropped;
        }
    }
    if (shift >= 0) {
        if (shift > 30)
            return mantissa == 0 ? std::optional<Money>(Money()) : std::nullopt;
        for (int s = 0; s < shift; ++s) {
            mantissa *= 10;
            if (mantissa > (Int128(1) << 100))
                return std::nullopt;
        }
    } else if (keepDigits < 0) {
        mantissa = 0;
        roundUp = false;
    }
    if (roundUp)
        ++mantissa;
    if (mantissa > static_cast<Int128>(INT64_MAX))
        return std::nullopt;
    const auto n = static_cast<std::int64_t>(mantissa);
    return Money(negative ? -n : n);
}

QString Money::toDecimalString(int minDecimals) const
{
    const bool negative = m_nanos < 0;
    const unsigned long long abs = negative ? 0ULL - static_cast<unsigned long long>(m_nanos)
                                            : static_cast<unsigned long long>(m_nanos);
    const unsigned long long units = abs / kNanosPerUnit;
    unsigned long long frac = abs % kNanosPerUnit;

    QString fraction = QString::number(frac).rightJustified(9, u'0');
    int keep = 9;
    while (keep > minDecimals && fraction[keep - 1] == u'0')
        --keep;
    fraction.truncate(keep);

    QString out;
    if (negative && (units != 0 || frac != 0))
        out += u'-';
    out += QString::number(units);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out;
}

Money Money::rounded(int decimals) const
{
    if (decimals >= 9)
        return *this;
    std::int64_t step = 1;
    for (int d = decimals; d < 9; ++d)
        step *= 10;
    return Money(roundedDivide(m_nanos, step) * step);
}

QString Money::toRoundedString(int decimals) const
{
    return rounded(decimals).toDecimalString(decimals);
}

QString Money::toDisplayString(const QLocale &requested, const QString &currencySymbol,
                               int decimals) const
{
    // The "C" locale (no LANG set) has no currency pattern; show what an English reader expects.
    const QLocale locale = requested.language() == QLocale::C
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : requested;
    const Money r = rounded(decimals);
    const std::int64_t abs = r.m_nanos < 0 ? -r.m_nanos : r.m_nanos;
    const qlonglong units = abs / kNanosPerUnit;
    QString number = locale.toString(units);
    if (decimals > 0) {
        // The decimals in the locale's own digits too (Arabic-Indic, Persian, …).
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        std::int64_t frac = abs % kNanosPerUnit;
        for (int d = decimals; d < 9; ++d)
            frac /= 10;
        QString digits = plain.toString(static_cast<qlonglong>(frac));
        while (digits.size() < decimals * plain.zeroDigit().size())
            digits.prepend(plain.zeroDigit());
        number += locale.decimalPoint() + digits;
    }
    // No symbol asked for: the number alone (toCurrencyString would put the locale's own
    // currency there, "17.000,00 €" for a USD amount on a German desktop).
    QString out = currencySymbol.isEmpty() ? locale.toString(0) : locale.toCurrencyString(0.0, currencySymbol, 0);
    // toCurrencyString gives the locale's pattern ("$0" / "0 $"); put our exact digits in.
    out.replace(locale.toString(0), number);
    if (r.m_nanos < 0)
        out = locale.negativeSign() + out;
    return out;
}

Money Money::mulDiv(std::int64_t num, std::int64_t den) const
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    return Money(roundedDivide(static_cast<Int128>(m_nanos) * num, den));
}

} // namespace tl
