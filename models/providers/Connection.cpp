#include "providers/Connection.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tl::providers {

using store::Statement;

QString Connection::credentialKey() const
{
    return QStringLiteral("connection-%1").arg(id);
}

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
        } else if (it.key() == u"service") {
            parts << it.key() + u": " + it.value().toString();
        } else if (it.key() == u"group_by_account" && it.value().toBool()) {
            parts << QStringLiteral("by linked account");
        }
    }
    return parts.join(QStringLiteral("; "));
}

QStringList providerIds()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("aws")};
}

QString providerDisplayName(const QString &provider)
{
    if (provider == u"openai")
        return QStringLiteral("OpenAI");
    if (provider == u"anthropic")
        return QStringLiteral("Anthropic");
    if (provider == u"aws")
        return QStringLiteral("AWS Cost Explorer (Bedrock)");
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
    return {};
}

QString syncSourceName(const QString &provider)
{
    return provider + QStringLiteral("-api");
}

namespace {

constexpr const char *kColumns =
    "SELECT id, provider, name, base_url, options, watermark, last_sync_at, last_status, "
    "last_buckets, last_inserted, last_replaced, last_unchanged, last_error FROM "
    "provider_connection";

Connection readRow(const Statement &st)
{
    Connection c;
    c.id = st.columnInt64(0);
    c.provider = st.columnText(1);
    c.name = st.columnText(2);
    c.baseUrl = st.columnText(3);
    c.options = QJsonDocument::fromJson(st.columnText(4).toUtf8()).object();
    if (!st.columnIsNull(5))
        c.watermark = st.columnInt64(5);
    if (!st.columnIsNull(6))
        c.lastSyncAt = st.columnInt64(6);
    c.lastStatus = st.columnText(7);
    c.lastBuckets = st.columnInt64(8);
    c.lastInserted = st.columnInt64(9);
    c.lastReplaced = st.columnInt64(10);
    c.lastUnchanged = st.columnInt64(11);
    c.lastError = st.columnText(12);
    return c;
}

} // namespace

Result<QList<Connection>> ConnectionStore::all()
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" ORDER BY name");
    if (!st)
        return st.error();
    QList<Connection> out;
    while (st->step() == Statement::Step::Row)
        out << readRow(*st);
    return out;
}

Result<std::optional<Connection>> ConnectionStore::byName(const QString &name)
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (st->step() == Statement::Step::Row)
        return std::optional<Connection>(readRow(*st));
    return std::optional<Connection>();
}

Result<std::optional<Connection>> ConnectionStore::byId(std::int64_t id)
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (st->step() == Statement::Step::Row)
        return std::optional<Connection>(readRow(*st));
    return std::optional<Connection>();
}

Result<std::int64_t> ConnectionStore::save(const Connection &c)
{
    if (!providerIds().contains(c.provider))
        return Error{
            QCoreApplication::translate("tl::providers", "Unknown provider '%1'.").arg(c.provider)};
    if (c.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("tl::providers", "A connection needs a name.")};
    const QString options =
        QString::fromUtf8(QJsonDocument(c.options).toJson(QJsonDocument::Compact));
    auto existing = byName(c.name);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != c.id)
        return Error{
            QCoreApplication::translate("tl::providers", "A connection named '%1' already exists.")
                .arg(c.name)};
    if (c.id == 0) {
        auto st = m_db.connection().prepare("INSERT INTO provider_connection (provider, name, "
                                            "base_url, options, created_at) VALUES (?,?,?,?,?)");
        if (!st)
            return st.error();
        st->bind(1, c.provider);
        st->bind(2, c.name);
        st->bind(3, c.baseUrl);
        st->bind(4, options);
        st->bind(5, QDateTime::currentSecsSinceEpoch());
        if (Status s = st->exec(); !s)
            return s.error();
        return m_db.connection().lastInsertRowId();
    }
    auto st = m_db.connection().prepare("UPDATE provider_connection SET provider = ?, name = ?, "
                                        "base_url = ?, options = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, c.provider);
    st->bind(2, c.name);
    st->bind(3, c.baseUrl);
    st->bind(4, options);
    st->bind(5, c.id);
    if (Status s = st->exec(); !s)
        return s.error();
    return c.id;
}

Status ConnectionStore::remove(std::int64_t id)
{
    auto st = m_db.connection().prepare("DELETE FROM provider_connection WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return st->exec();
}

Status ConnectionStore::setWatermark(std::int64_t id, std::int64_t watermark)
{
    auto st =
        m_db.connection().prepare("UPDATE provider_connection SET watermark = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, watermark);
    st->bind(2, id);
    return st->exec();
}

Status ConnectionStore::recordSync(const Connection &c)
{
    auto st = m_db.connection().prepare(
        "UPDATE provider_connection SET last_sync_at = ?, last_status = ?, last_buckets = ?, "
        "last_inserted = ?, last_replaced = ?, last_unchanged = ?, last_error = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, c.lastSyncAt.value_or(QDateTime::currentSecsSinceEpoch()));
    st->bind(2, c.lastStatus);
    st->bind(3, c.lastBuckets);
    st->bind(4, c.lastInserted);
    st->bind(5, c.lastReplaced);
    st->bind(6, c.lastUnchanged);
    if (c.lastError.isEmpty())
        st->bindNull(7);
    else
        st->bind(7, c.lastError);
    st->bind(8, c.id);
    return st->exec();
}

} // namespace tl::providers
