#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/FactPreparer.h"
#include "store/FactStore.h"
#include "store/ImportSink.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tl::store {

// What an import of one file does to the database, as one scope: it sets the connection up
// for a bulk write (a larger page cache; no foreign-key checks of its own writes), opens the
// ONE transaction of the file and its import_batch row, stores the prepared chunks of facts
// and the problems, and finish() records the batch's counts and commits. Whatever way the
// scope ends without finish() — an error, a cancel, an early return — the transaction rolls
// back, so the database is exactly as before; and on every way out the connection gets its
// own settings back (the connection may be the GUI's or another long-lived one).
class BulkImport : public ImportSink
{
public:
    // SQLite page cache of the importing connection while the scope lives, in KiB.
    static constexpr int kCacheKb = 32768;

    explicit BulkImport(Database &db);
    ~BulkImport() override;
    BulkImport(const BulkImport &) = delete;
    BulkImport &operator=(const BulkImport &) = delete;

    // Opens the transaction and the import_batch row of `file`. Nothing else works before it.
    Status begin(const QString &source, const QString &file, std::int64_t fileSize) override;
    std::int64_t batchId() const override { return m_batchId; }

    // Stores facts that one FactPreparer prepared, chunk after chunk (dedup by record key;
    // their rollup rows are summed in memory and written when a buffer fills or at finish()).
    Result<InsertStats> insert(std::span<const UsageFact> facts,
                               const FactPreparer::Prepared &prepared) override;
    Status addProblem(std::int64_t line, const QString &field, const QString &reason) override;

    // Writes the rollup rows still summed in memory, records the batch's counts as done and
    // commits the transaction.
    Status finish(std::int64_t read, std::int64_t imported, std::int64_t duplicates,
                  std::int64_t rejected, const QString &message) override;

private:
    Database &m_db;
    FactStore m_facts;
    std::optional<Transaction> m_tx;
    std::int64_t m_batchId = 0;
    std::vector<std::int64_t> m_dimIds; // the preparer's dimension ids → dim rows
    std::int64_t m_cacheBefore = -65536;
    bool m_foreignKeysWereOn = false;
};

} // namespace tl::store
