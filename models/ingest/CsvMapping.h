#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tl::store {
class Database;
}

namespace tl::ingest {

// How the columns of a user's CSV file map onto usage fields. Saved by name in the database
// (table import_mapping) and used by the GUI dialog and by `import --mapping NAME`.
struct CsvMapping
{
    enum class Field
    {
        RecordId,        // optional: the row's own id (dedup key); else a content key
        Timestamp,       // required
        Provider,        // or the constant defaultProvider
        Model,           // required
        InputTokens,     // uncached input
        CacheReadTokens,
        CacheWriteTokens,
        OutputTokens,    // reasoning included
        Requests,        // else 1 per row
        Cost,            // cost the source reported (stored as billed cost)
        User,
        Team,
        ApiKey,
        Account,
        Region,
        Tags,            // labels separated by ';' or '|'
        ServiceTier,     // or the constant defaultTier
    };

    QString name;
    QHash<Field, QString> columns; // field → header name in the file
    QString defaultProvider;
    QString defaultTier = QStringLiteral("standard");

    static QList<Field> allFields();
    static QString fieldKey(Field f);   // "timestamp", "input_tokens", … (JSON and CLI)
    static QString fieldLabel(Field f); // translatable
    static bool isRequired(Field f);

    // Empty when the mapping can be used; else what is missing.
    QString validate() const;

    QByteArray toJson() const;
    static Result<CsvMapping> fromJson(const QString &name, const QByteArray &json);
};

inline size_t qHash(CsvMapping::Field f, size_t seed = 0)
{
    return ::qHash(static_cast<int>(f), seed);
}

// Saved mappings, in the database's import_mapping table.
class MappingStore
{
public:
    explicit MappingStore(store::Database &db) : m_db(db) {}
    Result<QStringList> names();
    Result<CsvMapping> load(const QString &name);
    Status save(const CsvMapping &mapping);
    Status remove(const QString &name);

private:
    store::Database &m_db;
};

} // namespace tl::ingest
