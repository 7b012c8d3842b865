#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace tl::store {

// How a connection waits when another connection (another process: an import, a sync) holds
// the write lock. Process-wide, set once at start-up (the CLI's --lock-timeout); it applies to
// every connection from then on. SQLite's own busy timeout is not used: the busy handler in
// Sqlite.cpp waits in short steps, calls onWaiting, and gives up after timeoutMs; an
// SQLITE_BUSY error then reads "'FILE' is busy: an import by pid 4711, started 12:03 is
// writing to it. Gave up after waiting N s; …" instead of "database is locked".
struct LockWait
{
    int timeoutMs = 5000;
    // Called on the waiting thread once the wait has lasted a second, then every 30 seconds:
    // the database file, who holds it when known ("an import by pid 4711, started 12:03",
    // see WriterNote) and how long it has waited so far.
    std::function<void(const QString &databaseFile, const QString &holder, int waitedMs)> onWaiting;
};

void setLockWait(LockWait wait);
int lockTimeoutMs();

// Creates an empty file readable and writable by its owner only (0600), for a database or a
// copy of one (a backup); a file that exists already is left as it is. Spend, user ids and
// key names are nobody else's business, whatever the umask.
Status createPrivateFile(const QString &path);

} // namespace tl::store
