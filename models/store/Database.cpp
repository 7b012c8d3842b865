#include "store/Database.h"

#include "store/DatabaseCheck.h"
#include "store/LockWait.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcStore, "tokenledger.store", QtInfoMsg)

namespace tl::store {

namespace {

// Migration files shipped as resources: ":/tokenledger/schema/NNN_name.sql".
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_.*\\.sql$"));
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/tokenledger/schema"));
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : entries) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

// The first `bytes` of a file (fewer when it is shorter), read through SQLite's own file layer
// rather than QFile: closing a descriptor of a file drops every POSIX lock this process holds
// on it, including those of the database's other open connections (the GUI's, while a worker
// opens the file again), after which another process may take the file for unused and reset
// its WAL under them. SQLite's layer keeps such a descriptor open until its locks are gone.
Result<QByteArray> readFileStart(const QString &path, int bytes)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return Error{QStringLiteral("no SQLite file layer")};
    const QByteArray name = QFile::encodeName(path);
    sqlite3_filename fileName = sqlite3_create_filename(name.constData(), "", "", 0, nullptr);
    std::vector<char> storage(size_t(vfs->szOsFile), 0);
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    int outFlags = 0;
    int rc = vfs->xOpen(vfs, fileName, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    QByteArray out;
    if (rc == SQLITE_OK) {
        sqlite3_int64 size = 0;
        rc = file->pMethods->xFileSize(file, &size);
        if (rc == SQLITE_OK) {
            out.resize(int(std::min<sqlite3_int64>(size, bytes)));
            if (!out.isEmpty())
                rc = file->pMethods->xRead(file, out.data(), int(out.size()), 0);
        }
    }
    if (file->pMethods)
        file->pMethods->xClose(file);
    sqlite3_free_filename(fileName);
    if (rc != SQLITE_OK) {
        // The operating system's reason where it has one ("Permission denied"); a file that
        // cannot be opened leaves no descriptor behind to close.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{f.errorString()};
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    }
    return out;
}

// Inspects an existing file read-only. Returns an error for anything we must not touch.
Status inspectExisting(const QString &path, const QString &openAs)
{
    auto start = readFileStart(path, 16);
    if (!start)
        return Error{QCoreApplication::translate("tl::store::Database", "Cannot read '%1': %2")
                         .arg(path, start.error().message)};
    const QByteArray header = *start;
    if (header.size() < 16 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Error{QCoreApplication::translate(
                         "tl::store::Database",
                         "'%1' is not a TokenLedger database: it is not an SQLite file. "
                         "Nothing was changed.")
                         .arg(path)};

    auto conn = Connection::open(openAs, Connection::OpenMode::ReadOnly);
    if (!conn)
        return conn.error();
    auto appId = (*conn)->queryInt("PRAGMA application_id");
    auto version = (*conn)->queryInt("PRAGMA user_version");
    auto tables = (*conn)->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (!appId || !version || !tables)
        return Error{QCoreApplication::translate("tl::store::Database",
                                                 "'%1' cannot be read as a database: %2")
                         .arg(path, (*conn)->errorMessage())};

    if (*appId != Database::kApplicationId) {
        if (*tables > 0)
            return Error{
                QCoreApplication::translate("tl::store::Database",
                                            "'%1' is an SQLite database of another program, not a "
                                            "TokenLedger database. Nothing was changed.")
                    .arg(path)};
        return {}; // an empty SQLite file: fine to initialise
    }
    if (*version > Database::latestSchemaVersion())
        return Error{QCoreApplication::translate(
                         "tl::store::Database",
                         "'%1' was written by a newer version of TokenLedger (schema %2; "
                         "this version understands up to %3). Please update TokenLedger. "
                         "Nothing was changed.")
                         .arg(path)
                         .arg(*version)
                         .arg(Database::latestSchemaVersion())};
    return {};
}

// The name to open a database with read-only. In a folder we cannot write, SQLite cannot
// create the WAL index a WAL database needs beside it: the file is then opened as immutable,
// read as it is (nobody can write there either).
QString readOnlyName(const QString &path)
{
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return path;
    auto probe = Connection::open(path, Connection::OpenMode::ReadOnly);
    if (probe && (*probe)->queryInt("PRAGMA user_version"))
        return path;
    return QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded())
           + QStringLiteral("?immutable=1");
}

} // namespace

Database::Database(std::unique_ptr<Connection> c, QString path)
    : m_connection(std::move(c)), m_path(std::move(path))
{
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Create create)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error{QCoreApplication::translate("tl::store::Database",
                                                     "'%1' is a folder, not a database file.")
                             .arg(path)};
        // A file we may read but not write, or one in a folder we cannot write: opened
        // read-only, so that summaries, reports and exports still work (issue 18); a command
        // that writes fails with "cannot be written".
        const bool readOnly = info.size() > 0
                              && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
        const QString openAs = readOnly ? readOnlyName(path) : path;
        if (info.size() > 0) {
            if (Status s = inspectExisting(path, openAs); !s)
                return s.error();
        }
        if (readOnly) {
            auto conn = Connection::open(openAs, Connection::OpenMode::ReadOnly);
            if (!conn)
                return conn.error();
            auto version = (*conn)->queryInt("PRAGMA user_version");
            if (!version)
                return Error{QCoreApplication::translate("tl::store::Database",
                                                         "'%1' cannot be read as a database: %2")
                                 .arg(path, version.errorMessage())};
            if (*version < latestSchemaVersion())
                return Error{QCoreApplication::translate(
                                 "tl::store::Database",
                                 "'%1' must be upgraded to this version of TokenLedger, which "
                                 "writes to it, but the file or its folder is read-only.")
                                 .arg(path)};
            std::unique_ptr<Database> db(new Database(std::move(conn.value()), path));
            db->m_schemaVersion = static_cast<int>(*version);
            (void)db->m_connection->exec("PRAGMA temp_store = MEMORY");
            (void)db->m_connection->exec("PRAGMA cache_size = -65536");
            return db;
        }
    } else if (create == Create::MustExist) {
        return Error{
            QCoreApplication::translate("tl::store::Database",
                                        "There is no database at '%1'. Create one with "
                                        "'tokenledger-cli --db %1 demo' or by importing data.")
                .arg(path)};
    } else if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Error{
            QCoreApplication::translate("tl::store::Database", "Cannot create the folder '%1'.")
                .arg(info.absolutePath())};
    }
    if (!info.exists()) { // 0600 whatever the umask (LockWait.h)
        if (Status s = createPrivateFile(path); !s)
            return s.error();
    }

    auto conn = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
    if (!conn)
        return conn.error();
    std::unique_ptr<Database> db(new Database(std::move(conn.value()), path));
    Connection &c = *db->m_connection;
    // WAL lets the GUI read while an import writes; NORMAL sync is durable across app crashes.
    // 16 KiB pages for new files (an existing file keeps its page size): B-trees of a million
    // facts and rollup rows get shallower and split less often than with 4 KiB pages.
    for (const char *pragma : {"PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -65536"}) {
        if (Status s = c.exec(pragma); !s)
            return Error{
                QCoreApplication::translate("tl::store::Database", "Cannot configure '%1': %2")
                    .arg(path, s.errorMessage())};
    }
    if (Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    auto conn = Connection::open(QStringLiteral(":memory:"), Connection::OpenMode::ReadWriteCreate);
    if (!conn)
        return conn.error();
    std::unique_ptr<Database> db(new Database(std::move(conn.value()), QStringLiteral(":memory:")));
    (void)db->m_connection->exec("PRAGMA foreign_keys = ON");
    if (Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Status Database::migrate()
{
    Connection &c = *m_connection;
    auto current = c.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    m_schemaVersion = static_cast<int>(*current);
    const auto files = migrationFiles();
    if (files.empty())
        return Error{QCoreApplication::translate(
            "tl::store::Database", "This build has no schema migrations (resources missing).")};
    if (m_schemaVersion > files.rbegin()->first)
        return Error{
            QCoreApplication::translate("tl::store::Database",
                                        "'%1' was written by a newer version of TokenLedger.")
                .arg(m_path)};

    // An existing database is copied before its schema changes (DatabaseCheck::backup), so a
    // migration that goes wrong in a way the transaction cannot undo still has a way back.
    if (m_schemaVersion > 0 && files.rbegin()->first > m_schemaVersion && m_path != u":memory:") {
        auto copy = DatabaseCheck::backup(*this, QStringLiteral("schema%1").arg(m_schemaVersion));
        if (!copy)
            return Error{QCoreApplication::translate("tl::store::Database", "Cannot upgrade '%1': %2")
                             .arg(m_path, copy.errorMessage())};
        qCInfo(lcStore) << "backup before the schema upgrade:" << *copy;
    }
    for (const auto &[version, file] : files) {
        if (version <= m_schemaVersion)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{
                QCoreApplication::translate("tl::store::Database", "Cannot read migration %1.")
                    .arg(file)};
        const QByteArray sql = f.readAll();

        Transaction tx(c);
        if (!tx.isActive())
            return Error{
                QCoreApplication::translate("tl::store::Database", "Cannot upgrade '%1': %2")
                    .arg(m_path, tx.beginError())};
        if (Status s = c.exec(sql.constData()); !s)
            return Error{
                QCoreApplication::translate("tl::store::Database", "Migration %1 failed: %2")
                    .arg(version)
                    .arg(s.errorMessage())};
        auto ins = c.prepare("INSERT INTO schema_migration (version, applied_at, app_version) "
                             "VALUES (?, ?, ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, version);
        ins->bind(2, QDateTime::currentSecsSinceEpoch());
        ins->bind(3, QStringLiteral(TOKENLEDGER_VERSION));
        if (Status s = ins->exec(); !s)
            return s;
        // PRAGMAs cannot take parameters; both values are integers we produced.
        if (Status s = c.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = c.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcStore) << "database migrated to schema" << version;
        m_schemaVersion = version;
    }
    return {};
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    auto st = m_connection->prepare("SELECT value FROM setting WHERE key = ?");
    if (!st)
        return fallback;
    st->bind(1, key);
    if (st->step() == Statement::Step::Row)
        return st->columnText(0);
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    auto st = m_connection->prepare(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    st->bind(1, key);
    st->bind(2, value);
    return st->exec();
}

Status Database::removeSetting(const QString &key)
{
    auto st = m_connection->prepare("DELETE FROM setting WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    return st->exec();
}

} // namespace tl::store
