#pragma once

#include "core/Result.h"
#include "ingest/CsvMapping.h"
#include "ingest/ImportFormat.h"
#include "ingest/RecordReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace tl::store {
class Database;
}
namespace tl::pricing {
class CostEngine;
}

namespace tl::ingest {

struct ImportOptions
{
    std::optional<ImportFormat> format;  // nullopt: detect
    std::optional<CsvMapping> mapping;   // required for ImportFormat::Csv
    QString batchInputFile;              // OpenAI Batch: the input JSONL, for models
};

struct ImportProgress
{
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = 0;
    std::int64_t records = 0;
    double seconds = 0;
};

struct ImportSummary
{
    QString file;
    ImportFormat format = ImportFormat::Csv;
    std::int64_t batchId = 0;
    std::int64_t read = 0;       // records read (facts, skipped and rejected)
    std::int64_t imported = 0;   // new facts stored
    std::int64_t duplicates = 0; // facts already stored, skipped
    std::int64_t rejected = 0;   // malformed records, each with a problem
    std::int64_t skipped = 0;    // records that are not token usage (failed requests, taxes…)
    std::int64_t unpriced = 0;   // imported facts whose model has no price in the catalog
    QStringList unpricedModels;  // up to 20 of them
    QList<ReadProblem> problems; // the first kMaxProblems
    bool cancelled = false;
    double seconds = 0;
};

// Imports one file: detects or checks its format, streams its records through the format's
// reader on a parser thread, prices them with the catalog, and stores them through FactStore
// in ONE transaction on the calling thread's connection. A cancelled or failed import rolls
// the transaction back, so the database is exactly as before; a finished one is an
// import_batch row with its counts and its problems (the first kMaxProblems are stored).
class ImportRunner
{
public:
    static constexpr int kMaxProblems = 1000;
    // SQLite page cache of the importing connection while an import runs, in KiB.
    static constexpr int kImportCacheKb = 131072;

    ImportRunner(store::Database &db, const pricing::CostEngine &engine);

    void setProgressCallback(std::function<void(const ImportProgress &)> cb) { m_progress = std::move(cb); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Facts per insert call (the rollup deltas are aggregated in memory per call).
    void setChunkSize(int n) { m_chunkSize = n; }

    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options);

private:
    store::Database &m_db;
    const pricing::CostEngine &m_engine;
    std::function<void(const ImportProgress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_chunkSize = 20000;
};

} // namespace tl::ingest
