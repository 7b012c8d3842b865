#pragma once

#include "core/Result.h"
#include "planning/Baseline.h"
#include "planning/Scenario.h"
#include "pricing/PriceCatalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tl::planning {

enum class Lever
{
    Routing,
    TokenOptimization,
    SemanticCache,
    PromptCaching,
    Batch,
    SelfHosting,
};
inline constexpr Lever kLeverOrder[] = {Lever::Routing,      Lever::TokenOptimization,
                                        Lever::SemanticCache, Lever::PromptCaching,
                                        Lever::Batch,        Lever::SelfHosting};
QString leverKey(Lever lever); // "routing", "token_optimization", "semantic_cache",
                               // "prompt_caching", "batch", "self_hosting"

struct LeverResult
{
    Lever lever;
    bool active = false;  // present in the scenario
    Money costBefore;     // monthly cost entering the lever
    Money costAfter;      // monthly cost leaving it
    Money savings() const { return costBefore - costAfter; } // may be negative
    QString explanation;  // how the figure was computed, in words and numbers
};

struct SelfHostingResult
{
    Quantity tokensPerMonth;          // N: tokens moved off the API
    Quantity capacityPerInstance;     // tokens per month one instance serves
    std::int64_t instances = 0;
    Money fixedMonthlyCost;           // instances × hourly × hours
    Money apiCostOfMovedTraffic;      // what the API would have charged for N
    // Monthly tokens at which one instance costs what the API charges; nullopt when the moved
    // traffic has no API cost (nothing to compare with).
    std::optional<Quantity> breakEvenTokensPerMonth;
};

struct SliceCost
{
    Slice slice;
    Money cost;
};

struct WhatIfResult
{
    Money baselineCost;            // C0
    Money scenarioCost;            // C_final
    QList<LeverResult> levers;     // always six, in lever order
    std::optional<SelfHostingResult> selfHosting;
    QList<SliceCost> baselineSlices; // priced at current prices
    QList<SliceCost> finalSlices;    // after every lever (API traffic only)
    Money totalSavings() const { return baselineCost - scenarioCost; }
};

// The what-if model of docs/whatif.md: a pure function of baseline, catalog and scenario.
// Slices are priced with the catalog's prices in force on `pricingDate` ("current prices").
// Errors name the model without a price or the inconsistent setting.
Result<WhatIfResult> evaluateScenario(const Baseline &baseline, const pricing::PriceCatalog &catalog,
                                      const Scenario &scenario, const QDate &pricingDate);

} // namespace tl::planning
