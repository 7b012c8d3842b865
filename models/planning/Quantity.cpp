#include "planning/Quantity.h"

#include <algorithm>

namespace tl::planning {

namespace {
Int128 roundedDiv128(Int128 n, Int128 d)
{
    const bool negative = (n < 0) != (d < 0);
    Int128 an = n < 0 ? -n : n;
    const Int128 ad = d < 0 ? -d : d;
    Int128 q = an / ad;
    if ((an % ad) * 2 >= ad)
        ++q;
    return negative ? -q : q;
}
} // namespace

std::int64_t Quantity::rounded() const
{
    return static_cast<std::int64_t>(roundedDiv128(m_micros, kScale));
}

Quantity Quantity::mulDiv(std::int64_t num, std::int64_t den) const
{
    return Quantity(roundedDiv128(m_micros * num, den));
}

Money Quantity::costAt(Money perMillion) const
{
    // micro-tokens × nano-dollars per million tokens / (1e6 × 1e6)
    return Money::fromNanos(static_cast<std::int64_t>(
        roundedDiv128(m_micros * perMillion.nanos(), Int128(kScale) * 1'000'000)));
}

Money Quantity::costPerUnit(Money perUnit) const
{
    return Money::fromNanos(static_cast<std::int64_t>(roundedDiv128(m_micros * perUnit.nanos(), kScale)));
}

QString Quantity::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, 6);
    Int128 step = 1;
    for (int d = decimals; d < 6; ++d)
        step *= 10;
    const Int128 r = roundedDiv128(m_micros, step); // in units of 10^-decimals
    const bool negative = r < 0;
    const Int128 a = negative ? -r : r;
    Int128 unit = 1;
    for (int d = 0; d < decimals; ++d)
        unit *= 10;
    QString out = QString::number(static_cast<qulonglong>(a / unit));
    if (decimals > 0)
        out += u'.' + QString::number(static_cast<qulonglong>(a % unit)).rightJustified(decimals, u'0');
    return negative ? u'-' + out : out;
}

std::optional<Share> Share::parse(const QString &text)
{
    const auto m = Money::parse(text);
    if (!m || m->nanos() % 1000 != 0)
        return std::nullopt; // more than six decimals
    return Share{m->nanos() / 1000};
}

QString Share::toString() const
{
    return Money::fromNanos(ppm * 1000).toDecimalString();
}

} // namespace tl::planning
