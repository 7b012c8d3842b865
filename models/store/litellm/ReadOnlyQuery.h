#pragma once

#include "store/ledger/PgConnection.h"

namespace tl::store::litellm {

// One query against LiteLLM's database inside a READ ONLY transaction: TokenLedger never
// writes there, and the server refuses it should a statement try.
inline Result<ledger::PgResult> readOnlyQuery(ledger::PgConnection &conn, const char *sql,
                                              const QList<QByteArray> &params = {})
{
    if (Status s = conn.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY")); !s)
        return s.error();
    auto r = conn.query(sql, params);
    (void)conn.exec(QStringLiteral("COMMIT"));
    return r;
}

} // namespace tl::store::litellm
