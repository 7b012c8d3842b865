#pragma once

#include "providers/BearerTokenSource.h"

#include <QUrl>

namespace tl::providers {

// Google sign-in for the BigQuery API, from the connection's one secret: either a
// service-account key file's JSON (a JWT signed RS256 with its private key is exchanged at its
// token_uri for an access token, again whenever that runs out) or an access token the user
// pasted (`gcloud auth print-access-token`), which cannot be renewed: when it expires the sync
// says so.
class GoogleTokenSource : public BearerTokenSource
{
public:
    GoogleTokenSource(HttpClient &http, QByteArray secret);

    static constexpr const char *kScope = "https://www.googleapis.com/auth/bigquery.readonly";

    bool isServiceAccount() const { return m_serviceAccount; }
    // The project of the service account (its key file's project_id), "" for a pasted token.
    QString keyProject() const { return m_projectId; }

    // header.claims.signature of the JWT asking for `scope`, issued at `nowSecs`.
    Result<QByteArray> assertion(std::int64_t nowSecs) const;

protected:
    Result<AccessToken> fetch() override;
    bool canRenew() const override { return m_serviceAccount; }
    QString renewHint() const override;

private:
    QByteArray m_secret;
    bool m_serviceAccount = false;
    QString m_clientEmail;
    QString m_keyId;
    QByteArray m_privateKey;
    QUrl m_tokenUri;
    QString m_projectId;
    QString m_problem; // why the key file cannot be used
};

} // namespace tl::providers
