#pragma once

#include <QString>

namespace tl::store {

class Database;

// A note beside the database ("FILE-writer") saying which process is writing to it and since
// when, so that a second writer that has to wait can tell the user who holds the file
// ("an import by pid 4711, started 12:03") instead of a bare "database is locked".
//
// RAII: written when constructed, removed when destroyed (only if it is still ours). A note
// whose process is gone (killed, crashed) is ignored and replaced; a live process's note is
// left alone (the new writer waits for that one). The note is advisory: SQLite's own lock
// decides who writes; the note only explains the wait. Created 0600 like the database.
class WriterNote
{
public:
    // `what` names the work for the user: "an import", "a sync", "a re-price".
    WriterNote(Database &db, const QString &what);
    ~WriterNote();
    WriterNote(const WriterNote &) = delete;
    WriterNote &operator=(const WriterNote &) = delete;

    // `databaseFile` as SQLite names it (sqlite3_db_filename: absolute).
    static QString notePath(const QString &databaseFile);
    // "an import by pid 4711, started 12:03:10" (local time), or empty when no live process
    // has left a note.
    static QString describeHolder(const QString &databaseFile);

private:
    QString m_path;
    bool m_written = false;
};

} // namespace tl::store
