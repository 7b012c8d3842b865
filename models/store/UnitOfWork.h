#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QString>

namespace tl::store {

// One atomic change spanning several stores of a database, for code above the store (a sync
// window writes facts and moves its connection's watermark: both or neither). It is a write
// Transaction on the database's connection: begun on construction, rolled back on destruction
// unless commit() succeeded, a savepoint when one is already open.
class UnitOfWork
{
public:
    explicit UnitOfWork(Database &db) : m_transaction(db.connection()) {}
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    // False when it could not begin (e.g. the database is locked); beginError() says why.
    bool isActive() const { return m_transaction.isActive(); }
    QString beginError() const { return m_transaction.beginError(); }

    Status commit() { return m_transaction.commit(); }
    void rollback() { m_transaction.rollback(); }

private:
    Transaction m_transaction;
};

} // namespace tl::store
