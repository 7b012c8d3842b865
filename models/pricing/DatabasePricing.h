#pragma once

#include "core/Result.h"
#include "pricing/CostEngine.h"

#include <memory>

namespace tl::store {
class CatalogStore;
class Database;
}

namespace tl::pricing {

// The prices a database computes costs with: its user overrides and imported catalogs over
// the built-in catalog, and its negotiated discounts. Owns the catalog its engine refers to.
class DatabasePricing
{
public:
    static Result<std::unique_ptr<DatabasePricing>> load(store::Database &db);
    // The prices of any store over the built-in catalog: a team ledger's
    // (store::ledger::LedgerCatalogStore) for the facts a collector writes there.
    static Result<std::unique_ptr<DatabasePricing>> load(store::CatalogStore &store);
    // The built-in catalog alone, without discounts (no database yet).
    static std::unique_ptr<DatabasePricing> builtinOnly();

    const PriceCatalog &catalog() const { return m_catalog; }
    const Discounts &discounts() const { return m_discounts; }
    const CostEngine &engine() const { return *m_engine; }

private:
    DatabasePricing(PriceCatalog catalog, Discounts discounts);

    PriceCatalog m_catalog;
    Discounts m_discounts;
    std::unique_ptr<CostEngine> m_engine;
};

// Recomputes the cost of every stored usage record with the database's current prices and
// rebuilds the rollups (after a catalog import, an override or a discount change).
// `progress(done, total)` may return false to cancel; a cancelled run changes nothing.
struct RepriceResult
{
    std::int64_t records = 0;
    std::int64_t changed = 0;
    std::int64_t unpriced = 0;
};
Result<RepriceResult> repriceDatabase(store::Database &db,
                                      const std::function<bool(std::int64_t, std::int64_t)> &progress = {});

} // namespace tl::pricing
