#pragma once

#include "money/Money.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tl::ingest {

// Parses the time stamps import files use, to UTC seconds since the epoch:
// "2025-04-09T23:00:17Z", "…T23:00:17.123456+00:00", "2025-04-09 23:00:17" (no zone: UTC),
// BigQuery's "2025-06-14 00:00:00 UTC", a bare date, or a Unix time in seconds or
// milliseconds. Fractions of a second are dropped.
std::optional<std::int64_t> parseTimestamp(std::string_view text);

enum class IntParse { Ok, Empty, NotANumber, TooLarge, Negative, Fraction };
// An integer count: digits with an optional '-', also "12.0" and "1.2e3" when the value is
// whole. Fails with TooLarge beyond ±10^12 (limits::kMaxCountPerRecord) and Negative when
// negatives are not allowed.
IntParse parseCount(std::string_view text, std::int64_t &out, bool allowNegative = false);
QString intParseMessage(IntParse r);

// A decimal amount of money ("0.0123", "1.5e-3"), nullopt when malformed.
std::optional<Money> parseMoney(std::string_view text);

QString fromUtf8(std::string_view s);
inline bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// TokenLedger's provider id for a provider name as log files write it ("openai",
// "vertex_ai", "Amazon Web Services", "Microsoft", …); the lower-cased name when unknown.
QString providerId(const QString &name);
// Best guess of the provider from a model id, for sources that do not name it.
QString providerFromModel(const QString &model);

} // namespace tl::ingest
