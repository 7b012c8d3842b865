#include "store/SqliteMappingStore.h"

#include "store/Database.h"

#include <QDateTime>

namespace tl::store {

Result<QStringList> SqliteMappingStore::names()
{
    auto st = m_db.connection().prepare("SELECT name FROM import_mapping ORDER BY name");
    if (!st)
        return st.error();
    QStringList out;
    while (st->step() == Statement::Step::Row)
        out << st->columnText(0);
    if (Status readStatus = st->status(); !readStatus)
        return readStatus.error();
    return out;
}

Result<std::optional<QByteArray>> SqliteMappingStore::definition(const QString &name)
{
    auto st = m_db.connection().prepare("SELECT definition FROM import_mapping WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (st->step() != Statement::Step::Row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(st->columnText(0).toUtf8());
}

Status SqliteMappingStore::save(const QString &name, const QByteArray &definition)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto st = m_db.connection().prepare(
        "INSERT INTO import_mapping (name, definition, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, "
        "updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    st->bind(1, name);
    st->bind(2, definition);
    st->bind(3, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s;
    return tx.commit();
}

Status SqliteMappingStore::remove(const QString &name)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto st = m_db.connection().prepare("DELETE FROM import_mapping WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (Status s = st->exec(); !s)
        return s;
    return tx.commit();
}

} // namespace tl::store
