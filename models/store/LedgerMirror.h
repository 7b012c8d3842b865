#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/BulkImport.h"
#include "store/Database.h"
#include "store/FactPreparer.h"
#include "store/FactStore.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace tl::store {

// The local copy of a team ledger in the desktop's SQLite database. One pull is one local
// transaction: begin() opens it with an import batch (source "ledger"), remove() applies the
// ledger's tombstones, apply() stores its new and re-priced facts by record key, and finish()
// saves the change number reached with them and commits. Destroyed before finish() (a dropped
// connection, an error), it rolls back, and the next pull starts from the last complete one.
// The first pull from a ledger stores like a file import (BulkImport: facts prepared and
// inserted in key order, rollups summed in memory); later ones replace facts by record key.
class LedgerMirror
{
public:
    struct Counts
    {
        std::int64_t added = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        std::int64_t removed = 0;
    };

    explicit LedgerMirror(Database &db);
    ~LedgerMirror();
    LedgerMirror(const LedgerMirror &) = delete;
    LedgerMirror &operator=(const LedgerMirror &) = delete;

    // The ledger's last change this database has (0: never pulled from it).
    Result<std::int64_t> lastChange(const QString &ledgerId);

    Status begin(const QString &ledgerId, const QString &url);
    Result<std::int64_t> remove(std::span<const QString> recordKeys);
    Status apply(std::span<const UsageFact> facts);
    Status finish(std::int64_t lastChange);
    const Counts &counts() const { return m_counts; }

private:
    Database &m_db;
    FactStore m_facts;
    std::optional<Transaction> m_tx;    // later pulls
    std::optional<BulkImport> m_bulk;   // the first pull
    FactPreparer m_preparer;
    QString m_ledgerId;
    QString m_url;
    std::int64_t m_batchId = 0;
    bool m_firstPull = false;
    Counts m_counts;
};

} // namespace tl::store
