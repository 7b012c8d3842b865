#pragma once

#include "core/Result.h"
#include "store/ledger/LedgerCatalogStore.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tl::store {

class Database;

// The local copy of a team ledger's prices and CSV column mappings (schema 16). Everything
// of one ledger carries its origin "ledger:<ledger id>:": its catalogs and overrides are stored
// in the price table as catalogs "ledger:<ledger id>:<catalog>" ("…:user": the organisation's
// overrides), with their sources in catalog_source under the same names; its discounts,
// request-modifier rules and mappings carry the origin in their own column. The analyst's own
// rows are never touched. A mapping whose name one of the analyst's own uses is stored as
// "<name> (team ledger)".
class LedgerPriceMirror
{
public:
    struct Counts
    {
        int catalogPrices = 0; // entries of the ledger's catalogs
        int overrides = 0;     // the organisation's overrides
        int discounts = 0;
        int modifierRules = 0;
        int mappings = 0;
    };

    explicit LedgerPriceMirror(Database &db) : m_db(db) {}

    static QString origin(const QString &ledgerId) { return QStringLiteral("ledger:%1:").arg(ledgerId); }

    // The ledger's price change number the database mirrored last; nothing when never.
    std::optional<std::int64_t> mirroredChange(const QString &ledgerId) const;
    // Replaces everything of the ledger's origin by `set` and notes its change number, in one
    // transaction.
    Result<Counts> mirror(const QString &ledgerId, const ledger::LedgerPriceSet &set);

private:
    Database &m_db;
};

} // namespace tl::store
