#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/Database.h"
#include "store/FactBlockWriter.h"
#include "store/FactPreparer.h"
#include "store/ImportSink.h"
#include "store/RollupBuffer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace tl::store {

struct ImportBatch
{
    std::int64_t id = 0;
    QString source;
    QString file;
    QString fileHash;
    std::int64_t fileSize = 0;
    std::int64_t startedAt = 0;
    std::int64_t finishedAt = 0;
    QString status;
    std::int64_t recordsRead = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
    QString message;
};

// Writes usage facts and keeps the hourly and daily rollups equal to the sum of the facts.
//
// Callers wrap a whole import in one Transaction: insertFacts() requires an open transaction,
// so a cancelled or failed import rolls back facts and rollups together.
class FactStore
{
public:
    explicit FactStore(Database &db);

    Result<std::int64_t> beginBatch(const QString &source, const QString &file,
                                    const QString &fileHash = {}, std::int64_t fileSize = 0);
    Status finishBatch(std::int64_t batchId, const QString &status, std::int64_t recordsRead,
                       std::int64_t imported, std::int64_t duplicates, std::int64_t rejected,
                       const QString &message = {});
    Status addProblem(std::int64_t batchId, std::int64_t line, const QString &field,
                      const QString &reason);
    Result<QList<ImportBatch>> batches();

    // Inserts facts, skipping those whose recordKey is already stored, and updates rollups.
    Result<InsertStats> insertFacts(std::int64_t batchId, std::span<const UsageFact> facts);

    // Stores facts by record key, for sources that re-read the same buckets (provider APIs):
    // a new key is inserted; a stored fact with the same key and different values is replaced
    // (rollups corrected); an identical one is left alone. With a stale scope, stored facts whose
    // key starts with scope.keyPrefix and whose start lies in [scope.from, scope.to) but that
    // are not among `facts` are removed (the source no longer reports them). Needs an open
    // transaction. Defined in FactStoreUpsert.cpp.
    struct UpsertStats
    {
        std::int64_t inserted = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        std::int64_t removed = 0;
    };
    struct StaleScope
    {
        QString keyPrefix;
        std::int64_t from = 0;
        std::int64_t to = 0;
    };
    Result<UpsertStats> upsertFacts(std::int64_t batchId, std::span<const UsageFact> facts,
                                    const StaleScope *stale = nullptr);
    // insertFacts for facts that a FactPreparer prepared (possibly on another thread). Their
    // rollup rows are summed in memory and written when a buffer is full or at flushRollups(),
    // which the caller must call before it commits (BulkImport::finish does). `dimIds` maps the preparer's local dimension ids to dim rows; it starts empty and is
    // passed again with every later chunk of the same preparer, in the same transaction.
    // With `intoBlocks` (a file import, BulkImport) the facts are stored in blocks
    // (FactBlockWriter), written when one is full or at flushRollups(); else one row each.
    Result<InsertStats> insertPrepared(std::int64_t batchId, std::span<const UsageFact> facts,
                                       const FactPreparer::Prepared &prepared,
                                       std::vector<std::int64_t> &dimIds, bool intoBlocks = false);

    // Writes the blocks and rollup rows that insertPrepared buffered. Needs the same open
    // transaction.
    Status flushRollups();

    // The id of the stored fact with this record key, if any. The one way to find a fact by
    // its key: usage_fact indexes key_hash (see RecordKeyHash.h), not the text.
    Result<std::optional<std::int64_t>> factIdForRecordKey(const QString &recordKey);

    // Removes the stored facts with these record keys and subtracts them from the rollups (a
    // team ledger's tombstones); keys not stored are passed over. Needs an open transaction.
    // Returns how many were removed. Defined in FactStoreUpsert.cpp.
    Result<std::int64_t> removeFactsByKey(std::span<const QString> recordKeys);

    // Removes every fact of a batch and subtracts it from the rollups (undo an import).
    Status undoBatch(std::int64_t batchId);

    // Recomputes both rollups from the facts. Requires an open transaction.
    Status rebuildRollups();

    struct RepriceStats
    {
        std::int64_t facts = 0;
        std::int64_t changed = 0;
        std::int64_t unpriced = 0;
    };
    // Recomputes the cost of every stored fact (except those pulled from a team ledger, which
    // keep the ledger's cost) with `priceFact` (which fills fact.cost and
    // fact.priced from the fact's time, provider, model, tier and tokens) and rebuilds the
    // rollups, all in one transaction. `progress(done, total)` may return false to cancel,
    // which leaves the database as it was.
    Result<RepriceStats> reprice(const std::function<void(UsageFact &)> &priceFact,
                                 const std::function<bool(std::int64_t, std::int64_t)> &progress = {});

    // Interns a dimension value, returning its id. Requires an open transaction.
    Result<std::int64_t> dimensionId(Dimension kind, const QString &value);

    // The values of the columns schemas 9 and 11 added (modality tokens, code executions,
    // modifiers, unpriced units; prompt key and cache hit), in their order.
    static std::array<std::int64_t, 14> unitColumns(const UsageFact &f);

private:

    Status prepareStatements();
    // The id of the fact with this key (UTF-8 and its recordKeyHash), if stored.
    Result<std::optional<std::int64_t>> findFact(const QByteArray &recordKeyUtf8, std::int64_t keyHash);
    Status addFactsToRollups(const QString &factFilter, std::int64_t parameter, int sign);
    // The rollup rows of the facts marked in `stored` go into the buffers.
    Status bufferRollups(std::span<const UsageFact> facts, const FactPreparer::Prepared &prepared,
                         const std::vector<std::int64_t> &dimIds, const std::vector<char> &stored);
    // Upserts rows of rollup r (of kRollups), sorted by key, through its cached statements.
    Status writeRollupRows(std::size_t r, const std::vector<RollupBuffer::Row> &rows);
    Result<RepriceStats> repriceBlocks(const std::function<void(UsageFact &)> &priceFact,
                                       const std::function<bool(std::int64_t, std::int64_t)> &progress,
                                       std::int64_t total, RepriceStats stats); // FactStoreReprice.cpp
    Status removeFact(std::int64_t factId); // FactStoreUpsert.cpp
    void checkCacheGeneration();
    void discardPendingRollups();

    Database &m_db;
    FactBlockWriter m_blocks;
    static constexpr std::size_t kFactsPerInsert = 32; // rows of m_insertFacts
    Statement m_insertFact;  // one fact
    Statement m_insertFacts; // kFactsPerInsert facts
    Statement m_findFact;
    Statement m_selectDim;
    Statement m_insertDim;
    std::array<Statement, 3> m_upsertRollup; // indexed like kRollups in the .cpp
    std::array<Statement, 3> m_upsertRollups; // the same, several rows per statement
    std::array<RollupBuffer, 3> m_pendingRollups; // rows not yet written, indexed like kRollups
    std::array<QHash<QString, std::int64_t>, 11> m_dimCache; // indexed by Dimension value
    std::uint64_t m_cacheGeneration = 0;
};

} // namespace tl::store
