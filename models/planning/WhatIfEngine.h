#pragma once

#include "core/Result.h"
#include "planning/Baseline.h"
#include "planning/Scenario.h"
#include "planning/WhatIfText.h"
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
    // Added by the engine: the semantic cache's embedding bill plus its fixed monthly cost
    // (part of scenarioCost, not of finalSlices). scenarioCost = Σ finalSlices.cost
    // + semanticCacheCost + selfHosting->fixedMonthlyCost.
    Money semanticCacheCost;
    Money totalSavings() const { return baselineCost - scenarioCost; }
};

// The what-if model of docs/whatif.md: a pure function of baseline, catalog and scenario.
// Slices are priced with the catalog's prices in force on `pricingDate` ("current prices").
// Errors name the model without a price or the inconsistent setting. The explanations are in
// the application's language, their figures written as `text` says (US English and dollars by
// default).
Result<WhatIfResult> evaluateScenario(const Baseline &baseline, const pricing::PriceCatalog &catalog,
                                      const Scenario &scenario, const QDate &pricingDate,
                                      const WhatIfText &text = {});

// Neutral slider positions ("keep what the data has"), for the GUI. A scenario whose lever is
// set exactly to this position leaves every slice as it is, even when slices differ.
// Prompt caching: aggregate p = Σ(CR+W5+W1) / ΣT and r = ΣCR / Σ(CR+W5+W1) over the slices
// whose model has a cache-read price on `pricingDate` (the catalog decides which slices count;
// slices without a price are skipped). 0 where the denominator is 0.
PromptCachingLever neutralPromptCaching(const Baseline &baseline, const pricing::PriceCatalog &catalog,
                                        const QDate &pricingDate);
// Batch: batch-tier requests / all requests (0 without requests).
Share neutralBatchShare(const Baseline &baseline);

// Monthly cost of one slice at `prices`, with the cost rules of docs/formats.md for the
// slice's service tier (kinds without a price charged as input; batch: catalog batch prices
// else 50 % of input and output, cache prices unchanged; priority/flex where listed; the
// long-context tier never applies to monthly slices; per-request price × requests).
Money sliceCost(const Slice &slice, const pricing::PriceSet &prices);

} // namespace tl::planning
