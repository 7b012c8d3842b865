#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace tl::store::ledger {

class PgConnection;

// The ledger's import history: what each collector imported, and undoing an import (its facts
// become tombstones, which desktops apply on their next pull).
class LedgerBatches
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerBatches)

public:
    struct Batch
    {
        std::int64_t id = 0;
        QString source;
        QString file;
        QString host;
        QString user;
        QDateTime startedAt;
        QString status;
        std::int64_t read = 0;
        std::int64_t imported = 0;
        std::int64_t duplicates = 0;
        std::int64_t rejected = 0;
    };
    struct Totals
    {
        std::int64_t facts = 0;
        std::int64_t costNanos = 0; // computed cost of all facts
        std::int64_t lastChange = 0;
        int partitions = 0;
    };

    explicit LedgerBatches(PgConnection &conn) : m_conn(conn) {}

    // Finished and undone imports, newest first (at most `limit`).
    Result<QList<Batch>> list(int limit = 50);
    // Removes the facts of a finished import, leaving a tombstone for each; returns how many.
    Result<std::int64_t> undo(std::int64_t batchId);
    Result<Totals> totals();

private:
    PgConnection &m_conn;
};

} // namespace tl::store::ledger
