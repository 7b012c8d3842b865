#include "pricing/DatabasePricing.h"

#include "store/Database.h"
#include "store/FactStore.h"
#include "store/SqliteCatalogStore.h"

namespace tl::pricing {

DatabasePricing::DatabasePricing(PriceCatalog catalog, Discounts discounts)
    : m_catalog(std::move(catalog)), m_discounts(std::move(discounts)),
      m_engine(std::make_unique<CostEngine>(m_catalog, m_discounts))
{
}

Result<std::unique_ptr<DatabasePricing>> DatabasePricing::load(store::Database &db)
{
    store::SqliteCatalogStore local(db);
    return load(local);
}

Result<std::unique_ptr<DatabasePricing>> DatabasePricing::load(store::CatalogStore &store)
{
    auto catalog = PriceCatalog::effective(store);
    if (!catalog)
        return catalog.error();
    auto discounts = Discounts::load(store);
    if (!discounts)
        return discounts.error();
    return std::unique_ptr<DatabasePricing>(
        new DatabasePricing(std::move(catalog).value(), std::move(discounts).value()));
}

std::unique_ptr<DatabasePricing> DatabasePricing::builtinOnly()
{
    return std::unique_ptr<DatabasePricing>(new DatabasePricing(PriceCatalog::builtin(), {}));
}

Result<RepriceResult> repriceDatabase(store::Database &db,
                                      const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    auto pricing = DatabasePricing::load(db);
    if (!pricing)
        return pricing.error();
    const CostEngine &engine = (*pricing)->engine();
    store::FactStore facts(db);
    auto stats = facts.reprice([&](UsageFact &f) { engine.priceFact(f); }, progress);
    if (!stats)
        return stats.error();
    return RepriceResult{stats->facts, stats->changed, stats->unpriced};
}

} // namespace tl::pricing
