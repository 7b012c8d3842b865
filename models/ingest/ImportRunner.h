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

class QElapsedTimer;

namespace tl::store {
class Database;
class ImportSink;
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
    // Where the time went, for benchmarks: until the first chunk of records was parsed, the
    // storing thread waiting for the parser after that, and until the last chunk was parsed
    // (`seconds` after it is what the parser's work could not hide: storing it, the commit).
    double firstChunkSeconds = 0;
    double waitSeconds = 0;
    double lastChunkSeconds = 0;
};

// Imports one file: detects or checks its format, streams its records through the format's
// reader on a parser thread (ParserThread), which prices them with the catalog, and stores
// them on the calling thread's connection in ONE transaction (store::BulkImport). A cancelled
// or failed import rolls the transaction back, so the database is exactly as before; a
// finished one is an import_batch row with its counts and its problems (the first
// kMaxProblems are stored).
class ImportRunner
{
public:
    static constexpr int kMaxProblems = 1000;

    ImportRunner(store::Database &db, const pricing::CostEngine &engine);
    // A runner that only writes through importFileInto (a team ledger's import).
    explicit ImportRunner(const pricing::CostEngine &engine);

    void setProgressCallback(std::function<void(const ImportProgress &)> cb) { m_progress = std::move(cb); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Facts per insert call (the rollup deltas are aggregated in memory per call).
    void setChunkSize(int n) { m_chunkSize = n; }

    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options);
    // The same import into another sink (a team ledger: store::ledger::LedgerImport); the
    // sink's transaction is the file's, as above.
    Result<ImportSummary> importFileInto(const QString &path, const ImportOptions &options,
                                         store::ImportSink &sink);

private:
    // Runs the parser thread and stores what it hands over, until the file ends, it fails
    // (an error), or the import is cancelled (summary.cancelled). Adds up `summary`.
    Status parseAndStore(RecordReader &reader, const text::LineSource &src, store::ImportSink &scope,
                         const QElapsedTimer &timer, ImportSummary &summary);
    // Records the finished import in the history and commits; refuses a file of which no
    // record could be read.
    Status finish(const QString &path, store::ImportSink &scope, const ImportSummary &summary);

    store::Database *m_db = nullptr;
    const pricing::CostEngine &m_engine;
    std::function<void(const ImportProgress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_chunkSize = 20000;
};

} // namespace tl::ingest
