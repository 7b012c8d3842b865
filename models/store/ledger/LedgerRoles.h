#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl::store::ledger {

class PgConnection;

// Who may do what in the ledger (resources/ledger/002_roles.sql): makes an existing
// PostgreSQL login role a collector, an analyst or a team analyst of some teams. Run by the
// ledger's owner (or anyone allowed to grant the group roles).
class LedgerRoles
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerRoles)

public:
    enum class Kind
    {
        Collector,
        Analyst,
        TeamAnalyst,
    };
    static std::optional<Kind> kindFromName(const QString &name); // collector, analyst, team-analyst
    static QString groupRole(Kind kind);                           // tokenledger_collector, …

    explicit LedgerRoles(PgConnection &conn) : m_conn(conn) {}

    // Grants `kind` to the login role `user`; a team analyst's `teams` replace those listed
    // for them before (at least one).
    Status grant(Kind kind, const QString &user, const QStringList &teams = {});

private:
    PgConnection &m_conn;
};

} // namespace tl::store::ledger
