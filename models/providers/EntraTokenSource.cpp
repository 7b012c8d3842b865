#include "providers/EntraTokenSource.h"

#include <QCoreApplication>

namespace tl::providers {

EntraTokenSource::EntraTokenSource(HttpClient &http, QUrl managementUrl, QString tenant,
                                   QString clientId, QByteArray clientSecret)
    : BearerTokenSource(http), m_managementUrl(std::move(managementUrl)),
      m_tenant(std::move(tenant)), m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret))
{
}

QUrl EntraTokenSource::tokenUrl(const QUrl &managementUrl, const QString &tenant)
{
    const QString host = managementUrl.host().toLower();
    QUrl authority;
    if (host == u"management.azure.com")
        authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    else if (host == u"management.usgovcloudapi.net")
        authority = QUrl(QStringLiteral("https://login.microsoftonline.us"));
    else if (host == u"management.chinacloudapi.cn")
        authority = QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    else
        authority = managementUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    authority.setPath(QStringLiteral("/%1/oauth2/v2.0/token")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenant))),
                      QUrl::StrictMode);
    return authority;
}

QString EntraTokenSource::scopeFor(const QUrl &managementUrl)
{
    return managementUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
               .toString() +
           QStringLiteral("/.default");
}

Result<AccessToken> EntraTokenSource::fetch()
{
    if (m_tenant.isEmpty() || m_clientId.isEmpty() || m_clientSecret.isEmpty())
        return Error{QCoreApplication::translate(
            "tl::providers::EntraTokenSource",
            "The Azure sign-in needs a tenant, a client id and a client secret.")};
    HttpRequest r;
    r.method = "POST";
    r.url = tokenUrl(m_managementUrl, m_tenant);
    r.label = QStringLiteral("Entra ID token");
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    r.body = formBody({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                       {QStringLiteral("client_id"), m_clientId},
                       {QStringLiteral("client_secret"), QString::fromUtf8(m_clientSecret)},
                       {QStringLiteral("scope"), scopeFor(m_managementUrl)}});
    auto response = m_http.send(r);
    if (!response)
        return Error{QCoreApplication::translate("tl::providers::EntraTokenSource",
                                                 "Azure sign-in failed: %1")
                         .arg(response.errorMessage())};
    return AccessToken::fromResponse(*response, r.label, nowMs());
}

} // namespace tl::providers
