#include "providers/Connection.h"

#include "store/SqliteConnectionStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace tl::providers {

QString Connection::filterSummary() const
{
    QStringList parts;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (it.value().isArray()) {
            QStringList values;
            for (const QJsonValue &v : it.value().toArray())
                values << v.toVariant().toString();
            static const QHash<QString, QString> labels = {
                {QStringLiteral("project_ids"), QStringLiteral("projects")},
                {QStringLiteral("workspace_ids"), QStringLiteral("workspaces")},
                {QStringLiteral("api_key_ids"), QStringLiteral("keys")},
                {QStringLiteral("models"), QStringLiteral("models")},
                {QStringLiteral("endpoints"), QStringLiteral("endpoints")}};
            if (!values.isEmpty())
                parts << labels.value(it.key(), it.key()) + u": " + values.join(u", ");
        } else if (it.key() == u"service" || it.key() == u"scope" || it.key() == u"table"
                   || it.key() == u"group_by") {
            parts << it.key() + u": " + it.value().toString();
        } else if (it.key() == u"group_by_account" && it.value().toBool()) {
            parts << QStringLiteral("by linked account");
        }
    }
    return parts.join(QStringLiteral("; "));
}

QStringList providerIds()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("aws"),
            QStringLiteral("azure"), QStringLiteral("google")};
}

QString providerDisplayName(const QString &provider)
{
    if (provider == u"openai")
        return QStringLiteral("OpenAI");
    if (provider == u"anthropic")
        return QStringLiteral("Anthropic");
    if (provider == u"aws")
        return QStringLiteral("AWS Cost Explorer (Bedrock)");
    if (provider == u"azure")
        return QStringLiteral("Azure Cost Management (Azure OpenAI)");
    if (provider == u"google")
        return QStringLiteral("Google Cloud Billing export (Vertex AI, Gemini)");
    return provider;
}

QString defaultBaseUrl(const QString &provider)
{
    if (provider == u"openai")
        return QStringLiteral("https://api.openai.com/v1");
    if (provider == u"anthropic")
        return QStringLiteral("https://api.anthropic.com");
    if (provider == u"aws")
        return QStringLiteral("https://ce.us-east-1.amazonaws.com");
    if (provider == u"azure")
        return QStringLiteral("https://management.azure.com");
    if (provider == u"google")
        return QStringLiteral("https://bigquery.googleapis.com/bigquery/v2");
    return {};
}

QString syncSourceName(const QString &provider)
{
    return provider + QStringLiteral("-api");
}

Result<QList<Connection>> ConnectionStore::all()
{
    return store::SqliteConnectionStore(m_db).all();
}

Result<std::optional<Connection>> ConnectionStore::byName(const QString &name)
{
    return store::SqliteConnectionStore(m_db).byName(name);
}

Result<std::optional<Connection>> ConnectionStore::byId(std::int64_t id)
{
    return store::SqliteConnectionStore(m_db).byId(id);
}

Result<std::int64_t> ConnectionStore::save(const Connection &c)
{
    if (!providerIds().contains(c.provider))
        return Error{
            QCoreApplication::translate("tl::providers::ConnectionStore", "Unknown provider '%1'.").arg(c.provider)};
    if (c.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("tl::providers::ConnectionStore", "A connection needs a name.")};
    store::SqliteConnectionStore rows(m_db);
    auto existing = rows.byName(c.name);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != c.id)
        return Error{
            QCoreApplication::translate("tl::providers::ConnectionStore", "A connection named '%1' already exists.")
                .arg(c.name)};
    if (c.id == 0)
        return rows.insert(c);
    if (Status s = rows.update(c); !s)
        return s.error();
    return c.id;
}

Status ConnectionStore::remove(std::int64_t id)
{
    return store::SqliteConnectionStore(m_db).remove(id);
}

Status ConnectionStore::setWatermark(std::int64_t id, std::int64_t watermark)
{
    return store::SqliteConnectionStore(m_db).setWatermark(id, watermark);
}

Status ConnectionStore::recordSync(const Connection &c)
{
    return store::SqliteConnectionStore(m_db).recordSync(c);
}

} // namespace tl::providers
