#include "providers/BearerTokenSource.h"

#include <QDateTime>

namespace tl::providers {

std::int64_t BearerTokenSource::nowMs() const
{
    return m_clockMs ? m_clockMs() : QDateTime::currentMSecsSinceEpoch();
}

Result<QByteArray> BearerTokenSource::bearer()
{
    if (m_token.usable(nowMs()))
        return m_token.value;
    auto fresh = fetch();
    if (!fresh)
        return fresh.error();
    ++m_fetched;
    m_token = std::move(fresh).value();
    return m_token.value;
}

Result<HttpResponse> BearerTokenSource::send(HttpRequest request)
{
    for (int attempt = 1;; ++attempt) {
        auto token = bearer();
        if (!token)
            return token.error();
        HttpRequest r = request;
        r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + *token));
        auto response = m_http.send(r);
        if (response || m_http.lastFailure() != HttpFailure::Unauthorized || attempt > 1)
            return response;
        if (!canRenew()) {
            const QString hint = renewHint();
            if (hint.isEmpty())
                return response;
            return Error{response.errorMessage() + u' ' + hint};
        }
        m_token = AccessToken(); // refused before its time: sign in again, once
    }
}

} // namespace tl::providers
