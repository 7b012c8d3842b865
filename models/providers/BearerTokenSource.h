#pragma once

#include "core/Result.h"
#include "providers/AccessToken.h"
#include "providers/HttpClient.h"

#include <functional>

namespace tl::providers {

// Where a client's OAuth bearer tokens come from (Entra ID client credentials, a Google
// service account, a token the user pasted). The token lives in this object only, for one
// sync or test: it is never stored or logged.
class BearerTokenSource
{
public:
    explicit BearerTokenSource(HttpClient &http) : m_http(http) {}
    virtual ~BearerTokenSource() = default;

    // Milliseconds since the epoch; tests set a clock of their own.
    void setClock(std::function<std::int64_t()> clockMs) { m_clockMs = std::move(clockMs); }

    // A usable token: the one held, or a fresh one when none is held or it ran out.
    Result<QByteArray> bearer();
    // Sends `request` with "Authorization: Bearer …". When the server answers 401 (the token
    // expired or was revoked early), a fresh token is fetched once and the request sent again.
    Result<HttpResponse> send(HttpRequest request);

    int tokensFetched() const { return m_fetched; }

protected:
    // Asks the token endpoint for a new token.
    virtual Result<AccessToken> fetch() = 0;
    // Whether fetch() can give a different token than the one held (false for a pasted one).
    virtual bool canRenew() const { return true; }
    // What to do when a token that cannot be renewed is refused; added to the message.
    virtual QString renewHint() const { return {}; }
    std::int64_t nowMs() const;

    HttpClient &m_http;

private:
    AccessToken m_token;
    std::function<std::int64_t()> m_clockMs;
    int m_fetched = 0;
};

} // namespace tl::providers
