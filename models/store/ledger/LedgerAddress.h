#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace tl::store::ledger {

// Where a team ledger is and how to log in, without ever holding a password in the URL.
//
// The URL is a PostgreSQL connection URI or key=value string (postgresql://user@host/db,
// "host=/run/postgresql dbname=ledger"). A password written into it is refused: it would end
// up in shell history, process lists and logs. The password comes from, in this order,
// $TOKENLEDGER_LEDGER_PASSWORD, the systemd credential "ledger-password"
// ($CREDENTIALS_DIRECTORY/ledger-password), or libpq's own sources ($PGPASSWORD, ~/.pgpass).
// A server that is not on this machine is reached over TLS: sslmode=require unless the URL
// names a stricter mode; a weaker one is refused.
class LedgerAddress
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerAddress)

public:
    // What the address is for, for the messages: the team ledger, or LiteLLM's own database
    // (tokenledger-cli import-litellm-db), whose password has sources of its own.
    enum class Purpose
    {
        Ledger,
        LiteLlmDatabase,
    };
    static Result<LedgerAddress> parse(const QString &url, Purpose purpose = Purpose::Ledger);

    // The URL as given (it holds no password), for messages and the local subscription.
    const QString &url() const { return m_url; }
    bool local() const { return m_local; }
    // The login the URL names; else $PGUSER or this account's name, as libpq would use.
    const QString &user() const { return m_user; }
    // libpq's keywords and values, the password included when one was found.
    QList<QPair<QByteArray, QByteArray>> connectionParameters() const;
    // Overrides the password sources (the desktop app's keychain).
    void setPassword(const QByteArray &password) { m_password = password; }

private:
    QString m_url;
    QString m_user;
    QByteArray m_sslMode; // empty: as the URL says
    QByteArray m_password;
    bool m_local = false;
};

} // namespace tl::store::ledger
