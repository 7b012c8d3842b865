#include "store/WriteTransaction.h"

#include "store/Database.h"

namespace tl::store {

WriteTransaction::WriteTransaction(Database &db) : m_tx(db.connection()) {}

} // namespace tl::store
