#include "store/DatabaseIdentity.h"

#include "store/Database.h"

#include <QUuid>

namespace tl::store {

namespace {
const QString kIdKey = QStringLiteral("database_id");
}

Result<QString> databaseId(Database &db)
{
    QString id = db.setting(kIdKey);
    if (!id.isEmpty())
        return id;
    auto st = db.connection().prepare("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    st->bind(1, kIdKey);
    st->bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (Status s = st->exec(); !s)
        return s.error();
    id = db.setting(kIdKey);
    if (id.isEmpty())
        return Error{QStringLiteral("Cannot read the database id back.")};
    return id;
}

} // namespace tl::store
