#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

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

    std::optional<Money> perRequest;
};

struct ModelPrice
{
    QString catalog = QStringLiteral("builtin");
    QString provider;
    QString model;
    QString family;
    QStringList aliases;
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
