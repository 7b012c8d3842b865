#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <span>

namespace tl::store::ledger {

class PgConnection;

// Reads what changed in the ledger after a change number, for a desktop's pull: first the
// record keys removed since (tombstones), then the facts written or re-priced since, each in
// chunks, all from one snapshot (REPEATABLE READ), with COPY. Applying the removals before
// the facts gives the ledger's state: a key removed and written again has its tombstone before
// its fact. Writers draw change numbers under the ledger's write lock, so every change after
// the returned number becomes visible later with a larger one.
class LedgerChanges
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerChanges)

public:
    struct Read
    {
        std::int64_t last = 0; // the largest change number read (`since` when nothing changed)
        std::int64_t removed = 0;
        std::int64_t changed = 0;
    };
    using Removed = std::function<Status(std::span<const QString> recordKeys)>;
    using Changed = std::function<Status(std::span<const UsageFact> facts)>;

    explicit LedgerChanges(PgConnection &conn) : m_conn(conn) {}

    void setChunkSize(int facts) { m_chunkSize = facts; }
    // A handler's error stops the read; the connection should then be closed.
    Result<Read> read(std::int64_t since, const Removed &removed, const Changed &changed);

private:
    PgConnection &m_conn;
    int m_chunkSize = 20000;
};

} // namespace tl::store::ledger
