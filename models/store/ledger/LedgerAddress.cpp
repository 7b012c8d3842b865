#include "store/ledger/LedgerAddress.h"

#include <QFile>
#include <QHostAddress>
#include <QStringList>

#include <libpq-fe.h>

namespace tl::store::ledger {

namespace {

// A host on this machine: a unix socket folder, localhost or a loopback address. Every host
// of a list must be one.
bool isLocalHost(const QString &hosts)
{
    if (hosts.isEmpty())
        return true; // libpq's default: the unix socket
    for (const QString &raw : hosts.split(u',')) {
        const QString host = raw.trimmed();
        if (host.startsWith(u'/') || host.startsWith(u'@') || host == u"localhost")
            continue;
        const QHostAddress address(host);
        if (address.isNull() || !address.isLoopback())
            return false;
    }
    return true;
}

QByteArray passwordFromEnvironment()
{
    if (qEnvironmentVariableIsSet("TOKENLEDGER_LEDGER_PASSWORD"))
        return qgetenv("TOKENLEDGER_LEDGER_PASSWORD");
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    // "tokenledger_ledger-password": loaded with the folder of tokenledger-collector.service.
    for (const QString &name : {QStringLiteral("/ledger-password"), QStringLiteral("/tokenledger_ledger-password")}) {
        if (credentials.isEmpty())
            break;
        QFile file(credentials + name);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray password = file.readAll();
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
            return password;
        }
    }
    return {}; // libpq looks at $PGPASSWORD and ~/.pgpass itself
}

} // namespace

Result<LedgerAddress> LedgerAddress::parse(const QString &url, Purpose purpose)
{
    if (url.trimmed().isEmpty())
        return Error{tr("The ledger URL is empty (postgresql://USER@HOST/DATABASE).")};
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &parseError);
    if (!options) {
        // libpq's message names the part it could not read; it never echoes a password.
        const QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QString();
        PQfreemem(parseError);
        return Error{tr("'%1' is not a PostgreSQL URL: %2").arg(url, why)};
    }
    QString host, sslMode, user;
    bool hasPassword = false;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray key(o->keyword);
        if (key == "password" && *o->val)
            hasPassword = true;
        else if (key == "host" || key == "hostaddr")
            host = host.isEmpty() ? QString::fromUtf8(o->val) : host;
        else if (key == "sslmode")
            sslMode = QString::fromUtf8(o->val);
        else if (key == "user")
            user = QString::fromUtf8(o->val);
    }
    PQconninfoFree(options);
    if (hasPassword && purpose == Purpose::LiteLlmDatabase)
        return Error{tr("The LiteLLM database URL holds a password. Leave it out and give the password in "
                        "$TOKENLEDGER_LITELLM_DB_PASSWORD, as the systemd credential "
                        "'litellm-db-password', in $PGPASSWORD or in ~/.pgpass.")};
    if (hasPassword)
        return Error{tr("The ledger URL holds a password. Leave it out and give the password in "
                        "$TOKENLEDGER_LEDGER_PASSWORD, as the systemd credential "
                        "'ledger-password', in $PGPASSWORD or in ~/.pgpass.")};
    if (host.isEmpty())
        host = qEnvironmentVariable("PGHOST");
    if (sslMode.isEmpty())
        sslMode = qEnvironmentVariable("PGSSLMODE");

    LedgerAddress address;
    address.m_url = url;
    address.m_user = !user.isEmpty() ? user
                     : qEnvironmentVariableIsSet("PGUSER") ? qEnvironmentVariable("PGUSER")
                                                           : qEnvironmentVariable("USER");
    address.m_local = isLocalHost(host);
    if (!address.m_local) {
        if (sslMode.isEmpty())
            address.m_sslMode = "require";
        else if (sslMode == u"disable" || sslMode == u"allow" || sslMode == u"prefer")
            return Error{(purpose == Purpose::LiteLlmDatabase
                              ? tr("The LiteLLM database at '%1' is not on this machine, so it is reached "
                                   "over TLS only: use sslmode=require, verify-ca or verify-full, not %2.")
                              : tr("The ledger at '%1' is not on this machine, so it is reached over TLS "
                                   "only: use sslmode=require, verify-ca or verify-full, not %2."))
                             .arg(host, sslMode)};
    }
    address.m_password = passwordFromEnvironment();
    return address;
}

QList<QPair<QByteArray, QByteArray>> LedgerAddress::connectionParameters() const
{
    // dbname is expanded as the whole URL; the keywords after it override what it says.
    QList<QPair<QByteArray, QByteArray>> params{{"dbname", m_url.toUtf8()},
                                                {"application_name", "tokenledger"},
                                                {"connect_timeout", "15"}};
    if (!m_sslMode.isEmpty())
        params.append({"sslmode", m_sslMode});
    if (!m_password.isEmpty())
        params.append({"password", m_password});
    return params;
}

} // namespace tl::store::ledger
