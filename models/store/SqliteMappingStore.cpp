#include "store/SqliteMappingStore.h"

#include "store/Database.h"

#include <QCoreApplication>
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
        "updated_at = excluded.updated_at WHERE import_mapping.origin = ''");
    if (!st)
        return st.error();
    st->bind(1, name);
    st->bind(2, definition);
    st->bind(3, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.connection().changes() == 0) // a team ledger's mapping of that name
        return Error{QCoreApplication::translate("tl::store::SqliteMappingStore",
                                                 "The mapping '%1' comes from the team ledger and cannot be "
                                                 "changed here; save it under another name.")
                         .arg(name)};
    return tx.commit();
}

Status SqliteMappingStore::remove(const QString &name)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error{tx.beginError()};
    auto st = m_db.connection().prepare("DELETE FROM import_mapping WHERE name = ? AND origin = ''");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.connection().changes() == 0) {
        auto ledger = m_db.connection().prepare("SELECT 1 FROM import_mapping WHERE name = ? AND origin <> ''");
        if (!ledger)
            return ledger.error();
        ledger->bind(1, name);
        if (ledger->step() == Statement::Step::Row)
            return Error{QCoreApplication::translate("tl::store::SqliteMappingStore",
                                                     "The mapping '%1' comes from the team ledger; its collector "
                                                     "removes it there.")
                             .arg(name)};
    }
    return tx.commit();
}

} // namespace tl::store
