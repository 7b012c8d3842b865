#include "store/Sqlite.h"

#include "store/LockWait.h"
#include "store/FactBlockTable.h"
#include "store/RecordKeyHash.h"
#include "store/WriterNote.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace tl::store {

namespace {

// tl_add(a, b): a + b for integers, an error instead of SQLite's silent switch to floating
// point when the sum leaves the 64-bit range. The rollups add with it, so a running total
// is exact or the change fails; it never becomes a rounded or wrapped number.
void checkedAdd(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    if (sqlite3_value_type(args[0]) != SQLITE_INTEGER || sqlite3_value_type(args[1]) != SQLITE_INTEGER) {
        sqlite3_result_error(context, "a total holds a value that is not a whole number", -1);
        return;
    }
    std::int64_t sum = 0;
    if (__builtin_add_overflow(sqlite3_value_int64(args[0]), sqlite3_value_int64(args[1]), &sum)) {
        sqlite3_result_error(context, "a total would exceed the 64-bit range (integer overflow)", -1);
        return;
    }
    sqlite3_result_int64(context, sum);
}

bool registerCheckedAdd(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "tl_add", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      &checkedAdd, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

} // namespace

QString databaseErrorMessage(sqlite3 *db, int rc)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = file && *file ? QString::fromUtf8(file) : QStringLiteral(":memory:");
    const QString what = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return QCoreApplication::translate(
                   "tl::store::Statement",
                   "The database '%1' is damaged (%2). Its answers cannot be trusted: run "
                   "'tokenledger-cli check --repair' to rebuild the totals from the usage records, "
                   "or restore a backup (see docs/reliability.md).")
            .arg(path, what);
    return QCoreApplication::translate("tl::store::Statement", "Cannot read the database '%1': %2")
        .arg(path, what);
}

Statement::Statement(Statement &&o) noexcept : m_stmt(o.m_stmt), m_db(o.m_db), m_lastRc(o.m_lastRc)
{
    o.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&o) noexcept
{
    if (this != &o) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = o.m_stmt;
        m_db = o.m_db;
        m_lastRc = o.m_lastRc;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::bindInt64(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    bind(index, value.toUtf8());
}

void Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Statement::Step Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_lastRc = rc;
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    return Step::Error;
}

Status Statement::status() const
{
    if (m_lastRc == 0 || m_lastRc == SQLITE_ROW || m_lastRc == SQLITE_DONE)
        return {};
    return Error{databaseErrorMessage(m_db, m_lastRc)};
}

Status Statement::exec()
{
    Step s;
    while ((s = step()) == Step::Row) {
    }
    if (s == Step::Error) {
        const int primary = m_lastRc & 0xff;
        Error e{primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? databaseErrorMessage(m_db, m_lastRc)
                                                                     : errorMessage()};
        sqlite3_reset(m_stmt);
        return e;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::rewind()
{
    sqlite3_reset(m_stmt);
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, size) : QString();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

namespace {

std::mutex g_lockWaitMutex;
LockWait g_lockWait;

LockWait currentLockWait()
{
    std::lock_guard lock(g_lockWaitMutex);
    return g_lockWait;
}

std::int64_t monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

QString databaseFile(sqlite3 *db)
{
    const char *name = sqlite3_db_filename(db, "main");
    return name ? QString::fromUtf8(name) : QString();
}

// The message for SQLITE_BUSY: the file, who holds it when known, how long we waited.
QString lockedMessage(sqlite3 *db)
{
    const QString file = databaseFile(db);
    const QString holder = WriterNote::describeHolder(file);
    const int seconds = (lockTimeoutMs() + 999) / 1000;
    if (!holder.isEmpty())
        return QCoreApplication::translate(
                   "tl::store::Connection",
                   "'%1' is busy: %2 is writing to it. Gave up after waiting %3 s; try again "
                   "when it has finished, or wait longer (tokenledger-cli --lock-timeout SECONDS).")
            .arg(file, holder)
            .arg(seconds);
    return QCoreApplication::translate(
               "tl::store::Connection",
               "'%1' is busy: another program (or another TokenLedger window) is writing to it. "
               "Gave up after waiting %2 s; try again when it has finished, or wait longer "
               "(tokenledger-cli --lock-timeout SECONDS).")
        .arg(file)
        .arg(seconds);
}

// sqlite3_errmsg, or words a user can act on for a lock held elsewhere and a file that
// cannot be written.
QString describeError(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db) & 0xff;
    if (code == SQLITE_BUSY)
        return lockedMessage(db);
    if (code == SQLITE_READONLY)
        return QCoreApplication::translate(
                   "tl::store::Connection",
                   "'%1' cannot be written (the file or its folder is read-only): %2")
            .arg(databaseFile(db), QString::fromUtf8(sqlite3_errmsg(db)));
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// One busy wait at a time per thread (the call that waits blocks): when it began, when the
// user was last told.
struct BusyWait
{
    sqlite3 *db = nullptr;
    std::int64_t sinceMs = 0;
    std::int64_t noticeMs = 0;
};
thread_local BusyWait t_busy;

// SQLite calls this while another connection holds the lock: wait in short steps, tell the
// user who holds the file after a second (and every 30 s), give up after the timeout.
int onBusy(void *handle, int count)
{
    auto *db = static_cast<sqlite3 *>(handle);
    const std::int64_t now = monotonicMs();
    if (count == 0 || t_busy.db != db)
        t_busy = BusyWait{db, now, 0};
    const LockWait wait = currentLockWait();
    const std::int64_t waited = now - t_busy.sinceMs;
    if (waited >= wait.timeoutMs)
        return 0;
    if (wait.onWaiting && waited >= 1000 && (t_busy.noticeMs == 0 || now - t_busy.noticeMs >= 30000)) {
        t_busy.noticeMs = now;
        const QString file = databaseFile(db);
        wait.onWaiting(file, WriterNote::describeHolder(file), static_cast<int>(waited));
    }
    const std::int64_t step = count < 10 ? 10 : 100;
    sqlite3_sleep(static_cast<int>(std::min<std::int64_t>(step, wait.timeoutMs - waited)));
    return 1;
}

} // namespace

void setLockWait(LockWait wait)
{
    std::lock_guard lock(g_lockWaitMutex);
    g_lockWait = std::move(wait);
}

int lockTimeoutMs()
{
    std::lock_guard lock(g_lockWaitMutex);
    return g_lockWait.timeoutMs;
}

Status createPrivateFile(const QString &path)
{
    // SQLite gives its -wal, -shm and -journal files the mode of the database file, so a
    // database created this way keeps all of them 0600 (issue 18).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return Error{QCoreApplication::translate("tl::store::Database", "Cannot create '%1': %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    ::close(fd);
    return {};
}

QString Statement::errorMessage() const
{
    return describeError(m_db);
}

Connection::Connection(sqlite3 *db) : m_db(db)
{
    sqlite3_rollback_hook(m_db, &Connection::onRollback, this);
    sqlite3_busy_handler(m_db, &onBusy, m_db);
}

Connection::~Connection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Connection::onRollback(void *self)
{
    ++static_cast<Connection *>(self)->m_rollbackGeneration;
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, OpenMode mode)
{
    // Every connection is used by one thread at a time (SQLITE_OPEN_NOMUTEX), and nothing
    // reads SQLite's memory statistics: without them, each allocation inside SQLite skips a
    // global mutex, which an import of a million rows otherwise takes several million times.
    // Only possible before SQLite initialises itself, so on the first open.
    static const bool configured = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    (void)configured;
    sqlite3 *db = nullptr;
    int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                | SQLITE_OPEN_NOMUTEX;
    // A read-only "file:…?immutable=1" URI: a database in a folder we cannot write, where
    // SQLite cannot create the WAL index beside it (Database::open).
    if (mode == OpenMode::ReadOnly && path.startsWith(u"file:/") && path.endsWith(u"?immutable=1"))
        flags |= SQLITE_OPEN_URI;
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db))
                         : QString::fromUtf8(sqlite3_errstr(rc));
        if (db)
            sqlite3_close_v2(db);
        return Error{QStringLiteral("Cannot open database '%1': %2").arg(path, msg)};
    }
    sqlite3_extended_result_codes(db, 1);
    if (!registerRecordKeyHashFunction(db) || !registerCheckedAdd(db) || !registerFactBlockTable(db)) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return Error{QStringLiteral("Cannot open database '%1': %2").arg(path, msg)};
    }
    return std::unique_ptr<Connection>(new Connection(db));
}

Status Connection::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_db) & 0xff;
        Error e{code == SQLITE_BUSY || code == SQLITE_READONLY
                    ? describeError(m_db)
                    : QString::fromUtf8(err ? err : sqlite3_errmsg(m_db))};
        sqlite3_free(err);
        return e;
    }
    return {};
}

Status Connection::exec(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Result<Statement> Connection::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{describeError(m_db)};
    return Statement(stmt, m_db);
}

Result<Statement> Connection::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

Result<std::int64_t> Connection::queryInt(const char *sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step() != Statement::Step::Row) {
        if (Status s = st->status(); !s)
            return s.error();
        return Error{QStringLiteral("Query returned no row: %1").arg(QString::fromUtf8(sql))};
    }
    return st->columnInt64(0);
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

QString Connection::errorMessage() const
{
    return describeError(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    if (m_connection.inTransaction())
        m_savepoint = m_connection.nextSavepointName();
    const Status s = m_savepoint.isEmpty() ? m_connection.exec("BEGIN IMMEDIATE")
                                           : m_connection.exec(u"SAVEPOINT " + m_savepoint);
    m_active = s.ok();
    if (!s)
        m_beginError = s.errorMessage();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("No transaction to commit: %1").arg(m_beginError)};
    const Status s = m_savepoint.isEmpty() ? m_connection.exec("COMMIT")
                                           : m_connection.exec(u"RELEASE " + m_savepoint);
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_connection.exec("ROLLBACK");
    } else {
        // Undo this savepoint's changes and drop it; the outer transaction continues.
        (void)m_connection.exec(u"ROLLBACK TO " + m_savepoint);
        (void)m_connection.exec(u"RELEASE " + m_savepoint);
        m_connection.noteRollback();
    }
    m_active = false;
}

} // namespace tl::store
