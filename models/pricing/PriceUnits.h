#pragma once

#include <QString>

#include <cstdint>
#include <span>

namespace tl::pricing {

// The billable units of the genai-prices v2 unit registry (units.yml): the key a catalog
// prices a unit under, the usage quantity it prices, and how many of that quantity one price
// covers (1,000,000 tokens, 1,000 searches, 3,600 seconds, …).
struct PriceUnit
{
    const char *priceKey;  // "input_audio_mtok"
    const char *usageKey;  // "input_audio_tokens"
    std::int64_t per;      // quantity one price covers
};

// Every unit of the registry, in its order.
std::span<const PriceUnit> priceUnits();

// The unit a catalog price key names, or nullptr for a key the registry does not have.
const PriceUnit *priceUnitByKey(const QString &priceKey);

} // namespace tl::pricing
