#include "providers/AccessToken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace tl::providers {

bool AccessToken::usable(std::int64_t nowMs) const
{
    if (value.isEmpty())
        return false;
    if (expiresAtMs == 0)
        return true;
    const std::int64_t margin = std::min<std::int64_t>(60000, m_lifetimeMs / 2);
    return nowMs < expiresAtMs - margin;
}

Result<AccessToken> AccessToken::fromResponse(const HttpResponse &response, const QString &endpoint,
                                              std::int64_t nowMs)
{
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QString token = o.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return Error{QCoreApplication::translate("tl::providers::AccessToken",
                                                 "The sign-in at %1 answered without an access token.")
                         .arg(endpoint)};
    AccessToken t;
    t.value = token.toUtf8();
    // expires_in is a number, or (older Entra ID endpoints) a string of digits.
    const QJsonValue e = o.value(QLatin1String("expires_in"));
    const std::int64_t seconds = e.isString() ? e.toString().toLongLong() : e.toInteger(3600);
    t.m_lifetimeMs = std::max<std::int64_t>(1, seconds) * 1000;
    t.expiresAtMs = nowMs + t.m_lifetimeMs;
    return t;
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace tl::providers
