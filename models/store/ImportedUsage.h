#pragma once

#include "core/Result.h"

namespace tl::store {

class Database;

// What the database's import history says about its usage, for the demo organisation, whose
// invented numbers must never mix with real ones.

// True when a finished import from a real source (anything but the demo) is recorded.
Result<bool> holdsRealUsage(Database &db);
// True when no import of any kind, the demo included, has ever been recorded.
Result<bool> hasNoImports(Database &db);

} // namespace tl::store
