#include "store/ReaderDatabase.h"

#include <sqlite3.h>

namespace tl::store {

Result<std::unique_ptr<Database>> openReaderDatabase(const QString &path)
{
    auto opened = Database::open(path, Database::Create::MustExist);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    int persist = 1;
    sqlite3_file_control(db->connection().handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    if (Status s = db->connection().exec("PRAGMA query_only = ON"); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> openWorkerDatabase(const QString &path)
{
    return Database::open(path, Database::Create::MustExist);
}

} // namespace tl::store
