#pragma once

#include "providers/BearerTokenSource.h"

#include <QUrl>

namespace tl::providers {

// Microsoft Entra ID sign-in with the OAuth 2.0 client-credentials grant: the app
// registration's tenant, client id and client secret buy a token for Azure Resource Manager.
// The sign-in endpoint follows the management endpoint (docs/user-guide.md): the public cloud's
// login.microsoftonline.com for management.azure.com, the national clouds' own, and the same
// server for any other address (a proxy, or a test server on this computer), so that the secret
// only ever goes where the connection's base URL says.
class EntraTokenSource : public BearerTokenSource
{
public:
    EntraTokenSource(HttpClient &http, QUrl managementUrl, QString tenant, QString clientId,
                     QByteArray clientSecret);

    // The token endpoint for a management URL and tenant.
    static QUrl tokenUrl(const QUrl &managementUrl, const QString &tenant);
    // The scope asked for: the management endpoint's "/.default".
    static QString scopeFor(const QUrl &managementUrl);

protected:
    Result<AccessToken> fetch() override;

private:
    QUrl m_managementUrl;
    QString m_tenant;
    QString m_clientId;
    QByteArray m_clientSecret;
};

} // namespace tl::providers
