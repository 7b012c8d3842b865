#include "planning/WhatIfNeutral.h"

#include "planning/WhatIfEngine.h"

namespace tl::planning {

WhatIfNeutral WhatIfNeutral::fromBaseline(const planning::Baseline &baseline,
                                          const pricing::PriceCatalog &catalog, const QDate &pricingDate)
{
    // The engine's own neutral positions: set exactly to these, a lever leaves every slice as
    // it is, even when slices differ.
    const planning::PromptCachingLever caching = planning::neutralPromptCaching(baseline, catalog, pricingDate);
    WhatIfNeutral n;
    n.batchShare = planning::neutralBatchShare(baseline);
    n.cacheableShare = caching.cacheableShare;
    n.cacheHitRate = caching.hitRate;
    return n;
}

} // namespace tl::planning
