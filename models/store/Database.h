#pragma once

#include "core/Result.h"
#include "store/Sqlite.h"

#include <QString>

#include <memory>

namespace tl::store {

// A TokenLedger database file: opened safely, migrated to the current schema, in WAL mode.
//
// Opening never modifies a file that is not ours or that a newer version wrote: those are
// inspected read-only first and refused with a message that says why.
class Database
{
public:
    // "TLDG" — written into the SQLite header so we recognise our own files.
    static constexpr std::int32_t kApplicationId = 0x544C4447;

    enum class Create { IfMissing, MustExist };

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Create create = Create::IfMissing);
    static Result<std::unique_ptr<Database>> openInMemory();

    // Highest schema version this build knows (the number of the last migration file).
    static int latestSchemaVersion();

    Connection &connection() { return *m_connection; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Key/value settings stored in the database itself (not user preferences).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    Status removeSetting(const QString &key);

private:
    Database(std::unique_ptr<Connection> c, QString path);
    Status migrate();

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace tl::store
