#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/FactPreparer.h"

#include <QString>

#include <cstdint>
#include <span>

namespace tl::store {

// New facts and skipped duplicates, as a store counts them.
struct InsertStats
{
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
};

// Where an import of one file writes: the local SQLite database (BulkImport) or a team ledger
// (ledger::LedgerImport). One file is one transaction of the sink: begin() opens it, insert()
// and addProblem() add to it, settle() stores what the sink held back, finish() records the
// batch's counts and commits; a sink destroyed before finish() leaves nothing behind.
class ImportSink
{
public:
    virtual ~ImportSink() = default;

    virtual Status begin(const QString &source, const QString &file, std::int64_t fileSize) = 0;
    virtual std::int64_t batchId() const = 0;
    // Stores (or stages) facts; what it returns is what it stored now. `prepared` is the
    // FactPreparer's work for the local store, which other sinks may ignore.
    virtual Result<InsertStats> insert(std::span<const UsageFact> facts,
                                       const FactPreparer::Prepared &prepared) = 0;
    virtual Status addProblem(std::int64_t line, const QString &field, const QString &reason) = 0;
    // Stores what insert() staged, before finish(); returns what that stored (nothing for a
    // sink that stores at once).
    virtual Result<InsertStats> settle() { return InsertStats{}; }
    virtual Status finish(std::int64_t read, std::int64_t imported, std::int64_t duplicates,
                          std::int64_t rejected, const QString &message) = 0;
};

} // namespace tl::store
