#pragma once

#include "money/Money.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tl::planning {

// A monthly quantity (tokens or requests) in fixed point with six decimals, so that scaling
// to 30 days and splitting by shares stays exact to a millionth of a token.
class Quantity
{
public:
    static constexpr std::int64_t kScale = 1'000'000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMicros(Int128 micros) { return Quantity(micros); }
    static constexpr Quantity fromWhole(std::int64_t n) { return Quantity(Int128(n) * kScale); }

    constexpr Int128 micros() const { return m_micros; }
    double toDouble() const { return static_cast<double>(m_micros) / kScale; }
    // Rounded to whole units (half away from zero).
    std::int64_t rounded() const;
    bool isZero() const { return m_micros == 0; }

    // × num / den, rounded half away from zero to a micro-unit.
    Quantity mulDiv(std::int64_t num, std::int64_t den) const;

    // Cost of this many tokens at `perMillion` USD per million tokens, rounded to a nano-dollar.
    Money costAt(Money perMillion) const;
    // Cost of this many requests at `perRequest` USD each.
    Money costPerUnit(Money perUnit) const;

    QString toString(int decimals = 0) const;

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_micros + o.m_micros); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_micros - o.m_micros); }
    constexpr Quantity &operator+=(Quantity o) { m_micros += o.m_micros; return *this; }
    constexpr Quantity &operator-=(Quantity o) { m_micros -= o.m_micros; return *this; }
    constexpr bool operator==(const Quantity &o) const { return m_micros == o.m_micros; }
    constexpr bool operator<(const Quantity &o) const { return m_micros < o.m_micros; }
    constexpr bool operator>(const Quantity &o) const { return m_micros > o.m_micros; }

private:
    constexpr explicit Quantity(Int128 micros) : m_micros(micros) {}
    Int128 m_micros = 0;
};

// A share between 0 and 1 (or any ratio) in millionths: 0.7 → 700000.
struct Share
{
    std::int64_t ppm = 0;

    static constexpr Share zero() { return {0}; }
    static constexpr Share one() { return {1'000'000}; }
    // Parses "0.7", "1", "0.333333" (at most 6 decimals) or a JSON number's text.
    static std::optional<Share> parse(const QString &text);
    Quantity of(Quantity q) const { return q.mulDiv(ppm, 1'000'000); }
    Money of(Money m) const { return m.mulDiv(ppm, 1'000'000); }
    Share complement() const { return {1'000'000 - ppm}; }
    double toDouble() const { return ppm / 1e6; }
    QString toString() const; // "0.7"
    bool operator==(const Share &) const = default;
};

} // namespace tl::planning
