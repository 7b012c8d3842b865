#pragma once

#include "store/ImportLog.h"

namespace tl::store {

class Database;

// ImportLog over the SQLite import_batch and import_problem tables.
class SqliteImportLog final : public ImportLog
{
public:
    explicit SqliteImportLog(Database &db) : m_db(db) {}

    Result<QList<ImportBatch>> batches() override;
    Result<QList<ImportProblem>> problems(std::int64_t batchId) override;

private:
    Database &m_db;
};

} // namespace tl::store
