#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace tl::store {

class Database;

// Finds damage in a TokenLedger database and repairs what can be rebuilt (docs/reliability.md).
//
// The quick check reads only the two rollup tables: their totals (records, requests, tokens,
// cost) must agree with each other, and every page of them that it reads must be sound. The
// full check adds SQLite's PRAGMA quick_check over the whole file (O(file size)) and compares
// both rollups with the usage records themselves.
class DatabaseCheck
{
public:
    explicit DatabaseCheck(Database &db) : m_db(db) {}

    struct Report
    {
        QStringList problems; // empty: nothing found
        bool full = false;
        double seconds = 0;
        bool ok() const { return problems.isEmpty(); }
    };
    Report run(bool full);

    // Copies the database file (after folding the WAL into it) to
    // "<file>.backup-<yyyyMMdd-HHmmss>-<reason>" next to it, readable by the owner only.
    // Works on a damaged file too. Returns the backup's path.
    static Result<QString> backup(Database &db, const QString &reason);

    // Rebuilds the hourly and daily rollups from the usage records in one transaction; when a
    // damaged rollup table cannot be emptied, both are removed from the schema, created again
    // from their definitions and filled, and VACUUM then rewrites the file without the
    // damaged pages.
    Status rebuildRollups();

private:
    Database &m_db;
};

} // namespace tl::store
