#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace tl::store {

// Thin RAII layer over the SQLite C API. We use the C API rather than QtSql because the
// importers insert millions of rows: binding plain integers and UTF-8 text directly, without
// QVariant boxing per value, is several times faster, and it gives us read-only opens and
// the rollback hook we need to keep caches honest.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    Statement(Statement &&o) noexcept;
    Statement &operator=(Statement &&o) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    template <typename T>
        requires std::is_integral_v<T>
    void bind(int index, T value)
    {
        bindInt64(index, static_cast<std::int64_t>(value));
    }
    void bindInt64(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, const QString &value);  // bound as UTF-8 text
    void bind(int index, const QByteArray &utf8); // bound as UTF-8 text
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);

    enum class Step { Row, Done, Error };
    Step step();
    // Whether the last step() failed: the error names the database file, and for a damaged
    // file says how to repair it. Every read loop ("while (step() == Row)") checks it after
    // the loop, so an unreadable page is an error, never an early end of the rows.
    Status status() const;
    // Runs to completion, ignoring rows. Resets the statement afterwards.
    Status exec();
    void reset(); // reset + clear bindings
    // Reset only: for hot loops that bind every parameter again before the next step().
    void rewind();

    std::int64_t columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const;

    QString errorMessage() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    int m_lastRc = 0;
};

// The message for a failed read or write of the database `db`: names the file and, when
// SQLite found the file damaged, says how to repair it.
QString databaseErrorMessage(sqlite3 *db, int rc);

class Connection
{
public:
    enum class OpenMode { ReadOnly, ReadWriteCreate };

    static Result<std::unique_ptr<Connection>> open(const QString &path, OpenMode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Status exec(const char *sql);
    Status exec(const QString &sql);
    Result<Statement> prepare(const char *sql);
    Result<Statement> prepare(const QString &sql);

    // Single integer from a query such as "PRAGMA user_version"; error if no row.
    Result<std::int64_t> queryInt(const char *sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString errorMessage() const;
    bool inTransaction() const;

    // Counts rollbacks on this connection, so caches of row ids can notice they may be stale.
    std::uint64_t rollbackGeneration() const { return m_rollbackGeneration; }
    // SQLite reports full rollbacks only; savepoint rollbacks are noted by Transaction.
    void noteRollback() { ++m_rollbackGeneration; }
    // Savepoint names for nested transactions.
    QString nextSavepointName() { return QStringLiteral("tl_sp_%1").arg(++m_savepoints); }

    sqlite3 *handle() const { return m_db; }

private:
    explicit Connection(sqlite3 *db);
    static void onRollback(void *self);

    sqlite3 *m_db = nullptr;
    std::uint64_t m_rollbackGeneration = 0;
    std::uint64_t m_savepoints = 0;
};

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() succeeded. Every change to the store goes through one. Inside an open transaction
// it becomes a savepoint, so a function that guards its own changes can also be part of a
// larger one: its commit() releases the savepoint, and the outer transaction decides.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (e.g. the database is locked); beginError() says why.
    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }

    Status commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
    QString m_savepoint; // non-empty when nested
    QString m_beginError;
};

} // namespace tl::store
