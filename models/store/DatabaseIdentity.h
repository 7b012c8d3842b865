#pragma once

#include "core/Result.h"

#include <QString>

namespace tl::store {

class Database;

// The database's own stable id: a random UUID created on first use and kept in the database
// (setting "database_id"), so a moved or copied file keeps it. Names the database's keychain
// items. Two processes creating it at once agree on the first one written.
Result<QString> databaseId(Database &db);

} // namespace tl::store
