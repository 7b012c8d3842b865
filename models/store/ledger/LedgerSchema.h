#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tl::store::ledger {

class LedgerAddress;
class PgConnection;

// The ledger's schema in PostgreSQL: migrations shipped as resources
// (":/tokenledger/ledger/NNN_name.sql", resources/ledger/), applied in one transaction under an
// advisory lock, so that two collectors starting together migrate once.
class LedgerSchema
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerSchema)

public:
    static int latestVersion();
    // Brings the ledger to the latest version; refuses a ledger a newer TokenLedger made.
    static Status migrate(PgConnection &c);
    // A connection to the ledger at `address`, brought to the latest version first.
    static Result<std::unique_ptr<PgConnection>> openMigrated(const LedgerAddress &address);
    // The version the ledger is at (0: no TokenLedger schema yet).
    static Result<int> version(PgConnection &c);
    // The ledger's identity (a UUID made when it was created).
    static Result<QString> ledgerId(PgConnection &c);
};

} // namespace tl::store::ledger
