#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"

#include <QCoreApplication>

#include <cstdint>
#include <functional>

namespace tl::store::ledger {

class PgConnection;

// Re-prices every fact in the ledger with the collector's prices, in one transaction under the
// ledger's write lock: the facts are read with COPY, priced by `priceFact` (which fills cost,
// priced and unpricedUnits, like FactStore::reprice's), and those whose cost changed are
// written back through a stage table with a new change number each, so that desktops replace
// them on their next pull. The changed rows are held in memory until they are written.
class LedgerReprice
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerReprice)

public:
    struct Stats
    {
        std::int64_t facts = 0;
        std::int64_t changed = 0;
        std::int64_t unpriced = 0;
    };

    explicit LedgerReprice(PgConnection &conn) : m_conn(conn) {}

    Result<Stats> run(const std::function<void(UsageFact &)> &priceFact);

private:
    PgConnection &m_conn;
};

} // namespace tl::store::ledger
