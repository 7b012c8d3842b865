#pragma once

#include "core/Result.h"
#include "store/FactStore.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace tl::store {

// A record an import rejected or read with a problem: where, and why.
struct ImportProblem
{
    std::int64_t line = 0;
    QString field;
    QString reason;
};

// The history of file imports as the Sources page shows it: every batch, and the problems
// recorded for one of them.
class ImportLog
{
public:
    virtual ~ImportLog() = default;

    // Every import batch, oldest first.
    virtual Result<QList<ImportBatch>> batches() = 0;
    // The problems of one batch, in the order they were recorded.
    virtual Result<QList<ImportProblem>> problems(std::int64_t batchId) = 0;
};

} // namespace tl::store
