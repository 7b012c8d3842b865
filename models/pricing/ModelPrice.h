#pragma once

#include "money/Money.h"
#include "pricing/MatchRule.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tl::pricing {

// Prices of one model over one period of time. All amounts are per million tokens, except
// perRequest, which is per request.
struct PriceSet
{
    Money input;
    std::optional<Money> cacheRead;
    std::optional<Money> cacheWrite5m;
    std::optional<Money> cacheWrite1h;
    Money output;
    std::optional<Money> batchInput;
    std::optional<Money> batchOutput;

    // Long-context tier: when a request's total input exceeds the threshold, these prices
    // apply to the whole request.
    std::optional<std::int64_t> longContextThreshold;
    std::optional<Money> longInput;
    std::optional<Money> longCacheRead;
    std::optional<Money> longCacheWrite5m;
    std::optional<Money> longOutput;

    // Priority and flex service tiers, where the provider lists them (standard otherwise).
    std::optional<Money> priorityInput;
    std::optional<Money> priorityOutput;
    std::optional<Money> flexInput;
    std::optional<Money> flexOutput;

    std::optional<Money> perRequest;

    // Prices of the units of genai-prices' unit registry beyond the ones above (PriceUnits.h),
    // by price key ("input_audio_mtok", "output_image_mtok", "web_searches_kcount", …), each
    // per that unit's own count (a million tokens, a thousand calls, an hour). longUnits holds
    // their long-context prices (same threshold as above).
    QMap<QString, Money> units;
    QMap<QString, Money> longUnits;

    std::optional<Money> unit(const char *priceKey, bool longContext = false) const
    {
        const QString key = QString::fromLatin1(priceKey);
        if (longContext) {
            if (const auto it = longUnits.constFind(key); it != longUnits.constEnd())
                return *it;
        }
        if (const auto it = units.constFind(key); it != units.constEnd())
            return *it;
        return std::nullopt;
    }

    bool operator==(const PriceSet &) const = default;
};

struct ModelPrice
{
    QString catalog = QStringLiteral("builtin");
    QString provider;
    QString model;
    QString family;
    QStringList aliases;
    // Optional pattern for ids not listed in model/aliases (e.g. from genai-prices).
    std::shared_ptr<const MatchRule> match;
    QDate effectiveFrom; // invalid = since ever (inclusive)
    QDate effectiveTo;   // invalid = still valid (exclusive)
    PriceSet prices;

    bool coversDate(const QDate &d) const
    {
        return (!effectiveFrom.isValid() || d >= effectiveFrom)
               && (!effectiveTo.isValid() || d < effectiveTo);
    }
};

} // namespace tl::pricing
