#pragma once

#include "core/Result.h"
#include "store/LedgerPriceMirror.h"

#include <QString>

#include <cstdint>

namespace tl::store {
class Database;
}
namespace tl::store::ledger {
class PgConnection;
}

namespace tl::services {

// What a pull did with the team ledger's prices and mappings.
struct LedgerPriceChanges
{
    bool mirrored = false;         // they had changed since the last pull and were copied
    std::int64_t changeNumber = 0; // the ledger's price change number now
    store::LedgerPriceMirror::Counts counts; // what the copy holds (when mirrored)
};

// Part of a ledger pull (LedgerPullUseCase): when the ledger's price change number differs
// from the one this database mirrored last, reads the ledger's catalogs, overrides,
// discounts, request-modifier rules and mappings in one snapshot and replaces the local copy
// of them (store::LedgerPriceMirror, one local transaction). Otherwise reads one number.
Result<LedgerPriceChanges> pullLedgerPrices(store::Database &db, store::ledger::PgConnection &ledger,
                                            const QString &ledgerId);

} // namespace tl::services
