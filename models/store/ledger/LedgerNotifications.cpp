#include "store/ledger/LedgerNotifications.h"

#include "store/ledger/LedgerAddress.h"

namespace tl::store::ledger {

Result<std::unique_ptr<LedgerNotifications>> LedgerNotifications::open(const LedgerAddress &address)
{
    auto conn = PgConnection::open(address);
    if (!conn)
        return conn.error();
    return std::unique_ptr<LedgerNotifications>(new LedgerNotifications(std::move(*conn)));
}

Status LedgerNotifications::listen()
{
    return m_conn->exec(QStringLiteral("LISTEN %1").arg(QLatin1String(kChannel)));
}

} // namespace tl::store::ledger
