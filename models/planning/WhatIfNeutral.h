#pragma once

#include "planning/Baseline.h"
#include "planning/Quantity.h"

#include <QDate>

namespace tl::pricing {
class PriceCatalog;
}

namespace tl::planning {

// The neutral lever positions the data already has, so that sliders start where the traffic
// is today (docs/whatif.md): the batch share of requests, and the cacheable share and prefix
// hit rate of input on models with cache prices (planning::neutralBatchShare and
// planning::neutralPromptCaching).
struct WhatIfNeutral
{
    planning::Share batchShare;     // batch-tier requests ÷ all requests
    planning::Share cacheableShare; // (CR + W5 + W1) ÷ T over slices whose model has cache prices
    planning::Share cacheHitRate;   // CR ÷ (CR + W5 + W1) over the same slices

    static WhatIfNeutral fromBaseline(const planning::Baseline &baseline,
                                      const pricing::PriceCatalog &catalog, const QDate &pricingDate);
};

} // namespace tl::planning
