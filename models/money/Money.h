#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

class QLocale;

namespace tl {

// 128-bit intermediate for exact products (GCC/Clang extension; silences -Wpedantic).
__extension__ typedef __int128 Int128;

// An exact amount of money in nano-units of its currency (1e-9), held in a 64-bit integer.
// Range: about ±9.2 billion currency units. Never touches binary floating point on the way
// from a parsed decimal string to a displayed one.
class Money
{
public:
    static constexpr std::int64_t kNanosPerUnit = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromNanos(std::int64_t nanos) { return Money(nanos); }
    static constexpr Money fromUnits(std::int64_t units) { return Money(units * kNanosPerUnit); }
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents * 10'000'000); }

    // Parses a plain decimal string such as "12", "-0.5", "1.25e-7" or "0.000000015".
    // Digits beyond nine decimals are rounded half away from zero. Exponents are accepted
    // because price catalogs write per-token prices that way. No thousands separators.
    static std::optional<Money> parse(QStringView text);

    constexpr std::int64_t nanos() const { return m_nanos; }
    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    // Canonical decimal string: minimal digits, at least `minDecimals` decimals, at most 9.
    // "12.5" with minDecimals 0, "12.50" with 2. Used for JSON and files.
    QString toDecimalString(int minDecimals = 0) const;

    // Rounded to `decimals` places (half away from zero) as a decimal string.
    QString toRoundedString(int decimals) const;

    // Rounds to `decimals` places, half away from zero.
    Money rounded(int decimals) const;

    // Locale-aware display, rounded to `decimals` (e.g. "$1,234.50" / "1.234,50 $").
    QString toDisplayString(const QLocale &locale, const QString &currencySymbol = QStringLiteral("$"),
                            int decimals = 2) const;

    // Exact multiplication by a rational number num/den, rounded half away from zero.
    // The result must fit (see checkedMulDiv for a test); callers pass ratios of at most one.
    Money mulDiv(std::int64_t num, std::int64_t den) const;

    // Checked arithmetic: nullopt when the exact result does not fit the money range.
    // Every sum or product of amounts that come from files goes through these.
    static std::optional<Money> checkedAdd(Money a, Money b);
    static std::optional<Money> checkedMulDiv(Money m, std::int64_t num, std::int64_t den);
    // An exact 128-bit value in nanos, when it fits the range.
    static std::optional<Money> fromWideNanos(Int128 nanos);
    // The largest amount: about 9.2 billion units.
    static constexpr Money max() { return Money(INT64_MAX); }

    // Approximate value for charts and ratios only; never for sums.
    double toDouble() const { return static_cast<double>(m_nanos) / kNanosPerUnit; }

    constexpr Money operator+(Money o) const { return Money(m_nanos + o.m_nanos); }
    constexpr Money operator-(Money o) const { return Money(m_nanos - o.m_nanos); }
    constexpr Money operator-() const { return Money(-m_nanos); }
    constexpr Money &operator+=(Money o) { m_nanos += o.m_nanos; return *this; }
    constexpr Money &operator-=(Money o) { m_nanos -= o.m_nanos; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t nanos) : m_nanos(nanos) {}
    std::int64_t m_nanos = 0;
};

// Divides a 128-bit numerator by a positive denominator, rounding half away from zero.
// The quotient must fit 64 bits; roundedDivideWide keeps all 128.
std::int64_t roundedDivide(Int128 numerator, std::int64_t denominator);
Int128 roundedDivideWide(Int128 numerator, std::int64_t denominator);

// Adds b to a; false (a unchanged) when the sum leaves the 64-bit range.
inline bool checkedAddTo(std::int64_t &a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return false;
    a = sum;
    return true;
}

} // namespace tl
