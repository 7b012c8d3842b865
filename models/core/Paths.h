#pragma once

#include <QString>

namespace tl {

// The database both programs use when no --db is given: $TOKENLEDGER_DB if set, otherwise
// tokenledger.db in the user's data folder (~/.local/share/tokenledger/ on Linux).
QString defaultDatabasePath();

} // namespace tl
