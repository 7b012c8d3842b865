#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace tl::providers {

// AWS Signature Version 4 (header-based), as needed for Cost Explorer. Written against the
// official test vectors (get-vanilla, post-vanilla, get-vanilla-with-session-token).
struct AwsCredentials
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // empty with long-term keys
};

class SigV4
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path = "/";                        // already URI-encoded
        QList<QPair<QByteArray, QByteArray>> query;   // decoded names and values
        QList<QPair<QByteArray, QByteArray>> headers; // the headers to sign (host included)
        QByteArray body;
    };

    SigV4(QByteArray region, QByteArray service)
        : m_region(std::move(region)), m_service(std::move(service))
    {
    }

    // The parts of the algorithm, public so that tests can compare each with the vectors.
    static QByteArray canonicalRequest(const Request &r, QByteArray *signedHeaders = nullptr);
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time) const;
    QByteArray signingKey(const QByteArray &secret, const QDateTime &time) const;
    QByteArray scope(const QDateTime &time) const;

    // The Authorization header value for `r` (whose headers must include x-amz-date and, with a
    // session token, x-amz-security-token).
    QByteArray authorization(const Request &r, const AwsCredentials &creds,
                             const QDateTime &time) const;

    // Adds X-Amz-Date (and X-Amz-Security-Token) to r.headers and returns the Authorization value.
    QByteArray sign(Request &r, const AwsCredentials &creds, const QDateTime &time) const;

    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
    static QByteArray hexSha256(const QByteArray &data);
    static QByteArray uriEncode(const QByteArray &s, bool encodeSlash = true);

private:
    QByteArray m_region;
    QByteArray m_service;
};

} // namespace tl::providers
