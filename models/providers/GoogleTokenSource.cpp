#include "providers/GoogleTokenSource.h"

#include "providers/Rs256Signer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::providers {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

GoogleTokenSource::GoogleTokenSource(HttpClient &http, QByteArray secret)
    : BearerTokenSource(http), m_secret(secret.trimmed())
{
    if (!m_secret.startsWith('{'))
        return;
    m_serviceAccount = true;
    const QJsonObject key = QJsonDocument::fromJson(m_secret).object();
    m_clientEmail = key.value(QLatin1String("client_email")).toString();
    m_keyId = key.value(QLatin1String("private_key_id")).toString();
    m_privateKey = key.value(QLatin1String("private_key")).toString().toUtf8();
    m_projectId = key.value(QLatin1String("project_id")).toString();
    m_tokenUri = QUrl(key.value(QLatin1String("token_uri"))
                          .toString(QStringLiteral("https://oauth2.googleapis.com/token")));
    if (key.isEmpty())
        m_problem = QCoreApplication::translate("tl::providers::GoogleTokenSource",
                                                "The service-account key is not valid JSON.");
    else if (key.value(QLatin1String("type")).toString() != u"service_account")
        m_problem = QCoreApplication::translate(
            "tl::providers::GoogleTokenSource",
            "The key file is not a service-account key (its \"type\" is not \"service_account\").");
    else if (m_clientEmail.isEmpty() || m_privateKey.isEmpty())
        m_problem = QCoreApplication::translate(
            "tl::providers::GoogleTokenSource",
            "The service-account key has no client_email or private_key.");
}

Result<QByteArray> GoogleTokenSource::assertion(std::int64_t nowSecs) const
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!m_keyId.isEmpty())
        header.insert(QStringLiteral("kid"), m_keyId);
    const QJsonObject claims{{QStringLiteral("iss"), m_clientEmail},
                             {QStringLiteral("scope"), QLatin1String(kScope)},
                             {QStringLiteral("aud"), m_tokenUri.toString()},
                             {QStringLiteral("iat"), qint64(nowSecs)},
                             {QStringLiteral("exp"), qint64(nowSecs + 3600)}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto signature = Rs256Signer::sign(m_privateKey, signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64Url(*signature));
}

QString GoogleTokenSource::renewHint() const
{
    return QCoreApplication::translate(
        "tl::providers::GoogleTokenSource",
        "A pasted access token lasts about an hour: paste a fresh one from 'gcloud auth "
        "print-access-token', or use a service-account key, which TokenLedger renews itself.");
}

Result<AccessToken> GoogleTokenSource::fetch()
{
    if (m_secret.isEmpty())
        return Error{QCoreApplication::translate(
            "tl::providers::GoogleTokenSource",
            "No Google credentials: paste an access token or a service-account key.")};
    if (!m_serviceAccount) {
        AccessToken pasted;
        pasted.value = m_secret;
        return pasted;
    }
    if (!m_problem.isEmpty())
        return Error{m_problem};
    auto jwt = assertion(nowMs() / 1000);
    if (!jwt)
        return jwt.error();
    HttpRequest r;
    r.method = "POST";
    r.url = m_tokenUri;
    r.label = QStringLiteral("Google OAuth token");
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    r.body = formBody({{QStringLiteral("grant_type"),
                        QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                       {QStringLiteral("assertion"), QString::fromLatin1(*jwt)}});
    auto response = m_http.send(r);
    if (!response)
        return Error{QCoreApplication::translate("tl::providers::GoogleTokenSource",
                                                 "Google sign-in failed: %1")
                         .arg(response.errorMessage())};
    return AccessToken::fromResponse(*response, r.label, nowMs());
}

} // namespace tl::providers
