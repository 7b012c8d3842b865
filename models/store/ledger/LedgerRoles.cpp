#include "store/ledger/LedgerRoles.h"

#include "store/ledger/PgConnection.h"

namespace tl::store::ledger {

std::optional<LedgerRoles::Kind> LedgerRoles::kindFromName(const QString &name)
{
    if (name == u"collector")
        return Kind::Collector;
    if (name == u"analyst")
        return Kind::Analyst;
    if (name == u"team-analyst")
        return Kind::TeamAnalyst;
    return std::nullopt;
}

QString LedgerRoles::groupRole(Kind kind)
{
    switch (kind) {
    case Kind::Collector: return QStringLiteral("tokenledger_collector");
    case Kind::Analyst: return QStringLiteral("tokenledger_analyst");
    case Kind::TeamAnalyst: return QStringLiteral("tokenledger_team_analyst");
    }
    return {};
}

Status LedgerRoles::grant(Kind kind, const QString &user, const QStringList &teams)
{
    if (kind == Kind::TeamAnalyst && teams.isEmpty())
        return Error{tr("A team analyst needs at least one team (--team NAME).")};
    auto exists = m_conn.query("SELECT 1 FROM pg_roles WHERE rolname = $1", {PgConnection::text(user)});
    if (!exists)
        return exists.error();
    if (exists->rows() == 0)
        return Error{tr("PostgreSQL has no role '%1'; create the login first (createuser %1).").arg(user)};
    // The statement is built by the server (format %I quotes the names), never by pasting.
    auto statement = m_conn.query("SELECT format('GRANT %I TO %I', $1::text, $2::text)",
                                  {PgConnection::text(groupRole(kind)), PgConnection::text(user)});
    if (!statement)
        return statement.error();
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s;
    auto fail = [this](const Error &e) -> Status {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (Status s = m_conn.exec(statement->text(0, 0)); !s)
        return fail(s.error());
    if (kind == Kind::TeamAnalyst) {
        auto clear = m_conn.query("DELETE FROM team_member WHERE role_name = $1", {PgConnection::text(user)});
        if (!clear)
            return fail(clear.error());
        for (const QString &team : teams) {
            auto add = m_conn.query("INSERT INTO team_member (role_name, team) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                                    {PgConnection::text(user), PgConnection::text(team)});
            if (!add)
                return fail(add.error());
        }
    }
    return m_conn.exec(QStringLiteral("COMMIT"));
}

} // namespace tl::store::ledger
