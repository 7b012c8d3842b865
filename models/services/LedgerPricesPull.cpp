#include "services/LedgerPricesPull.h"

#include "store/Database.h"
#include "store/ledger/LedgerCatalogStore.h"

namespace tl::services {

Result<LedgerPriceChanges> pullLedgerPrices(store::Database &db, store::ledger::PgConnection &ledger,
                                            const QString &ledgerId)
{
    store::ledger::LedgerCatalogStore remote(ledger);
    store::LedgerPriceMirror mirror(db);
    LedgerPriceChanges out;
    auto number = remote.changeNumber();
    if (!number)
        return number.error();
    out.changeNumber = *number;
    if (mirror.mirroredChange(ledgerId) == *number)
        return out;
    auto set = remote.readAll();
    if (!set)
        return set.error();
    auto counts = mirror.mirror(ledgerId, *set);
    if (!counts)
        return counts.error();
    out.mirrored = true;
    out.changeNumber = set->changeNumber;
    out.counts = *counts;
    return out;
}

} // namespace tl::services
