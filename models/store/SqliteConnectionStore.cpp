#include "store/SqliteConnectionStore.h"

#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tl::store {

namespace {

constexpr const char *kColumns =
    "SELECT id, provider, name, base_url, options, watermark, last_sync_at, last_status, "
    "last_buckets, last_inserted, last_replaced, last_unchanged, last_error FROM "
    "provider_connection";

providers::Connection readRow(const Statement &st)
{
    providers::Connection c;
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

QString optionsText(const providers::Connection &c)
{
    return QString::fromUtf8(QJsonDocument(c.options).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<providers::Connection>> SqliteConnectionStore::all()
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" ORDER BY name");
    if (!st)
        return st.error();
    QList<providers::Connection> out;
    while (st->step() == Statement::Step::Row)
        out << readRow(*st);
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<std::optional<providers::Connection>> SqliteConnectionStore::byName(const QString &name)
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (st->step() == Statement::Step::Row)
        return std::optional<providers::Connection>(readRow(*st));
    return std::optional<providers::Connection>();
}

Result<std::optional<providers::Connection>> SqliteConnectionStore::byId(std::int64_t id)
{
    auto st = m_db.connection().prepare(QString::fromLatin1(kColumns) + u" WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (st->step() == Statement::Step::Row)
        return std::optional<providers::Connection>(readRow(*st));
    return std::optional<providers::Connection>();
}

Result<std::int64_t> SqliteConnectionStore::insert(const providers::Connection &c)
{
    auto st = m_db.connection().prepare("INSERT INTO provider_connection (provider, name, "
                                        "base_url, options, created_at) VALUES (?,?,?,?,?)");
    if (!st)
        return st.error();
    st->bind(1, c.provider);
    st->bind(2, c.name);
    st->bind(3, c.baseUrl);
    st->bind(4, optionsText(c));
    st->bind(5, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.connection().lastInsertRowId();
}

Status SqliteConnectionStore::update(const providers::Connection &c)
{
    auto st = m_db.connection().prepare("UPDATE provider_connection SET provider = ?, name = ?, "
                                        "base_url = ?, options = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, c.provider);
    st->bind(2, c.name);
    st->bind(3, c.baseUrl);
    st->bind(4, optionsText(c));
    st->bind(5, c.id);
    return st->exec();
}

Status SqliteConnectionStore::remove(std::int64_t id)
{
    auto st = m_db.connection().prepare("DELETE FROM provider_connection WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return st->exec();
}

Status SqliteConnectionStore::setWatermark(std::int64_t id, std::int64_t watermark)
{
    auto st =
        m_db.connection().prepare("UPDATE provider_connection SET watermark = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, watermark);
    st->bind(2, id);
    return st->exec();
}

Status SqliteConnectionStore::recordSync(const providers::Connection &c)
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

} // namespace tl::store
