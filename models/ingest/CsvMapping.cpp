#include "ingest/CsvMapping.h"

#include "store/SqliteMappingStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::ingest {

namespace {
struct FieldInfo
{
    CsvMapping::Field field;
    const char *key;
};
constexpr FieldInfo kFields[] = {
    {CsvMapping::Field::RecordId, "id"},
    {CsvMapping::Field::Timestamp, "timestamp"},
    {CsvMapping::Field::Provider, "provider"},
    {CsvMapping::Field::Model, "model"},
    {CsvMapping::Field::InputTokens, "input_tokens"},
    {CsvMapping::Field::CacheReadTokens, "cache_read_tokens"},
    {CsvMapping::Field::CacheWriteTokens, "cache_write_tokens"},
    {CsvMapping::Field::OutputTokens, "output_tokens"},
    {CsvMapping::Field::Requests, "requests"},
    {CsvMapping::Field::Cost, "cost"},
    {CsvMapping::Field::User, "user"},
    {CsvMapping::Field::Team, "team"},
    {CsvMapping::Field::ApiKey, "api_key"},
    {CsvMapping::Field::Account, "account"},
    {CsvMapping::Field::Region, "region"},
    {CsvMapping::Field::Tags, "tags"},
    {CsvMapping::Field::ServiceTier, "tier"},
};
} // namespace

QList<CsvMapping::Field> CsvMapping::allFields()
{
    QList<Field> out;
    for (const FieldInfo &f : kFields)
        out << f.field;
    return out;
}

QString CsvMapping::fieldKey(Field f)
{
    for (const FieldInfo &i : kFields) {
        if (i.field == f)
            return QString::fromLatin1(i.key);
    }
    return {};
}

QString CsvMapping::fieldLabel(Field f)
{
    switch (f) {
    case Field::RecordId:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Record id");
    case Field::Timestamp:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Time");
    case Field::Provider:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Provider");
    case Field::Model:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Model");
    case Field::InputTokens:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Input tokens (uncached)");
    case Field::CacheReadTokens:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Cache read tokens");
    case Field::CacheWriteTokens:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Cache write tokens");
    case Field::OutputTokens:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Output tokens");
    case Field::Requests:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Requests");
    case Field::Cost:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Reported cost (USD)");
    case Field::User:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "User");
    case Field::Team:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Team");
    case Field::ApiKey:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "API key");
    case Field::Account:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Account / project");
    case Field::Region:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Region");
    case Field::Tags:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Tags");
    case Field::ServiceTier:
        return QCoreApplication::translate("tl::ingest::CsvMapping", "Service tier");
    }
    return {};
}

bool CsvMapping::isRequired(Field f)
{
    return f == Field::Timestamp || f == Field::Model;
}

QString CsvMapping::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("tl::ingest::CsvMapping", "The mapping needs a name.");
    for (Field f : {Field::Timestamp, Field::Model}) {
        if (columns.value(f).isEmpty())
            return QCoreApplication::translate("tl::ingest::CsvMapping",
                                               "Choose the column that holds '%1'.")
                .arg(fieldLabel(f));
    }
    if (columns.value(Field::Provider).isEmpty() && defaultProvider.trimmed().isEmpty())
        return QCoreApplication::translate(
            "tl::ingest::CsvMapping",
            "Choose the provider column, or name the provider of every row.");
    bool anyCount = false;
    for (Field f : {Field::InputTokens, Field::CacheReadTokens, Field::CacheWriteTokens,
                    Field::OutputTokens, Field::Requests, Field::Cost})
        anyCount = anyCount || !columns.value(f).isEmpty();
    if (!anyCount)
        return QCoreApplication::translate("tl::ingest::CsvMapping",
                                           "Map at least one token, request or cost column.");
    return {};
}

QByteArray CsvMapping::toJson() const
{
    QJsonObject cols;
    for (const FieldInfo &i : kFields) {
        const QString c = columns.value(i.field);
        if (!c.isEmpty())
            cols.insert(QString::fromLatin1(i.key), c);
    }
    QJsonObject o;
    o.insert(QStringLiteral("columns"), cols);
    o.insert(QStringLiteral("provider"), defaultProvider);
    o.insert(QStringLiteral("tier"), defaultTier);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CsvMapping> CsvMapping::fromJson(const QString &name, const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("tl::ingest::CsvMapping",
                                                 "The saved mapping '%1' is damaged.")
                         .arg(name)};
    CsvMapping m;
    m.name = name;
    const QJsonObject o = doc.object();
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (const FieldInfo &i : kFields) {
        const QString c = cols.value(QString::fromLatin1(i.key)).toString();
        if (!c.isEmpty())
            m.columns.insert(i.field, c);
    }
    m.defaultProvider = o.value(QStringLiteral("provider")).toString();
    m.defaultTier = o.value(QStringLiteral("tier")).toString(QStringLiteral("standard"));
    if (m.defaultTier.isEmpty())
        m.defaultTier = QStringLiteral("standard");
    return m;
}

Result<QStringList> MappingStore::names()
{
    return store::SqliteMappingStore(m_db).names();
}

Result<CsvMapping> MappingStore::load(const QString &name)
{
    auto definition = store::SqliteMappingStore(m_db).definition(name);
    if (!definition)
        return definition.error();
    if (!*definition) {
        auto all = names();
        return Error{
            QCoreApplication::translate("tl::ingest::CsvMapping",
                                        "There is no saved column mapping named '%1' (saved: %2).")
                .arg(name, all && !all->isEmpty()
                               ? all->join(u", ")
                               : QCoreApplication::translate("tl::ingest::CsvMapping", "none"))};
    }
    return CsvMapping::fromJson(name, **definition);
}

Status MappingStore::save(const CsvMapping &mapping)
{
    if (const QString why = mapping.validate(); !why.isEmpty())
        return Error{why};
    return store::SqliteMappingStore(m_db).save(mapping.name.trimmed(), mapping.toJson());
}

Status MappingStore::remove(const QString &name)
{
    return store::SqliteMappingStore(m_db).remove(name);
}

} // namespace tl::ingest
