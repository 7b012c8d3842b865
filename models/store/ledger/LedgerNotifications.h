#pragma once

#include "core/Result.h"
#include "store/ledger/PgConnection.h"

#include <memory>

namespace tl::store::ledger {

class LedgerAddress;

// A connection that listens for the ledger's change notices: every committed import, sync
// window, undo and re-price sends NOTIFY tokenledger_changes, so a desktop that keeps one of
// these open learns of new data within moments instead of polling. Not thread-safe: one thread
// opens, waits on and drops it.
class LedgerNotifications
{
public:
    // The channel every writer of the ledger notifies.
    static constexpr const char *kChannel = "tokenledger_changes";

    // Opens a connection; listen() then subscribes it to the channel. Kept apart so that a
    // caller can tell "cannot reach the ledger" from "the server does not allow LISTEN" (a
    // connection pooler in transaction mode), where it falls back to polling.
    static Result<std::unique_ptr<LedgerNotifications>> open(const LedgerAddress &address);
    Status listen();
    // Waits up to `timeoutMs`; how many notices arrived (0: none), an error when the
    // connection was lost.
    Result<int> wait(int timeoutMs) { return m_conn->waitForNotifications(timeoutMs); }
    // The server process of this connection (tests end it with pg_terminate_backend).
    int backendPid() const { return m_conn->backendPid(); }

private:
    explicit LedgerNotifications(std::unique_ptr<PgConnection> conn) : m_conn(std::move(conn)) {}
    std::unique_ptr<PgConnection> m_conn;
};

} // namespace tl::store::ledger
