#pragma once

#include "core/Result.h"
#include "store/Sqlite.h"

#include <QString>

namespace tl::store {

class Database;

// A write transaction on a database for code outside the store that makes several changes
// through the store's classes (FactStore, the XxxStore repositories) and wants all or none of
// them: they are kept when commit() succeeds and rolled back otherwise. Inside another open
// transaction it becomes a savepoint, as Transaction does.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when BEGIN failed (e.g. the database is locked); beginError() says why.
    bool isActive() const { return m_tx.isActive(); }
    QString beginError() const { return m_tx.beginError(); }

    Status commit() { return m_tx.commit(); }
    void rollback() { m_tx.rollback(); }

private:
    Transaction m_tx;
};

} // namespace tl::store
