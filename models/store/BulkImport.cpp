#include "store/BulkImport.h"

namespace tl::store {

BulkImport::BulkImport(Database &db) : m_db(db), m_facts(db)
{
    Connection &c = m_db.connection();
    // A larger page cache: the unique index on record keys is written in random order, and
    // pages that stay cached are not written to the WAL and read back.
    if (const auto before = c.queryInt("PRAGMA cache_size"))
        m_cacheBefore = *before;
    (void)c.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKb));
    // Foreign keys are not checked for the import's own writes: FactStore takes every dimension
    // id from the dim table and the batch id from beginBatch, in this transaction, so each of
    // the eleven lookups per fact would only confirm that. (The pragma works outside a
    // transaction only; an import inside a caller's transaction keeps the checks.)
    if (!c.inTransaction()) {
        const auto fk = c.queryInt("PRAGMA foreign_keys");
        m_foreignKeysWereOn = fk && *fk == 1;
    }
    if (m_foreignKeysWereOn)
        (void)c.exec("PRAGMA foreign_keys = OFF");
}

BulkImport::~BulkImport()
{
    m_tx.reset(); // rolls back unless finish() committed
    Connection &c = m_db.connection();
    if (m_foreignKeysWereOn)
        (void)c.exec("PRAGMA foreign_keys = ON");
    (void)c.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheBefore));
}

Status BulkImport::begin(const QString &source, const QString &file, std::int64_t fileSize)
{
    m_tx.emplace(m_db.connection());
    if (!m_tx->isActive())
        return Error{m_tx->beginError()};
    auto batch = m_facts.beginBatch(source, file, {}, fileSize);
    if (!batch)
        return batch.error();
    m_batchId = *batch;
    return {};
}

Result<InsertStats> BulkImport::insert(std::span<const UsageFact> facts, const FactPreparer::Prepared &prepared)
{
    return m_facts.insertPrepared(m_batchId, facts, prepared, m_dimIds, /*intoBlocks=*/true);
}

Status BulkImport::addProblem(std::int64_t line, const QString &field, const QString &reason)
{
    return m_facts.addProblem(m_batchId, line, field, reason);
}

Status BulkImport::finish(std::int64_t read, std::int64_t imported, std::int64_t duplicates,
                          std::int64_t rejected, const QString &message)
{
    if (!m_tx || !m_tx->isActive())
        return Error{QStringLiteral("BulkImport::finish needs an open import (begin)")};
    if (Status s = m_facts.flushRollups(); !s)
        return s;
    if (Status s = m_facts.finishBatch(m_batchId, QStringLiteral("done"), read, imported, duplicates,
                                       rejected, message);
        !s)
        return s;
    return m_tx->commit();
}

} // namespace tl::store
