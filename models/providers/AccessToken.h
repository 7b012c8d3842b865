#pragma once

#include "core/Result.h"
#include "providers/HttpClient.h"

#include <QByteArray>

#include <cstdint>

namespace tl::providers {

// An OAuth 2.0 bearer token as a token endpoint hands it out, kept in memory only (never in
// the database, the keychain or a log).
struct AccessToken
{
    QByteArray value;
    std::int64_t expiresAtMs = 0; // 0: unknown (a token the user pasted)

    // Usable at `nowMs`: a token is renewed a minute before it runs out (or halfway through
    // a lifetime shorter than two minutes), so that a long page does not outlive it.
    bool usable(std::int64_t nowMs) const;

    // Reads a token endpoint's JSON answer ({"access_token": …, "expires_in": seconds}).
    static Result<AccessToken> fromResponse(const HttpResponse &response, const QString &endpoint,
                                            std::int64_t nowMs);

private:
    std::int64_t m_lifetimeMs = 0;
};

// application/x-www-form-urlencoded body of name/value pairs.
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

} // namespace tl::providers
