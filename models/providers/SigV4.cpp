#include "providers/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace tl::providers {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray dateStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

// Header values: leading/trailing spaces removed and inner runs of spaces folded to one.
QByteArray trimValue(const QByteArray &v)
{
    return v.simplified();
}

} // namespace

QByteArray SigV4::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4::hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4::uriEncode(const QByteArray &s, bool encodeSlash)
{
    QByteArray out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
            out += ch;
        } else {
            out += '%';
            out += QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        }
    }
    return out;
}

QByteArray SigV4::canonicalRequest(const Request &r, QByteArray *signedHeadersOut)
{
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[k, v] : r.query)
        query.append({uriEncode(k), uriEncode(v)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[k, v] : query)
        queryParts << k + '=' + v;

    // Lower-cased names, sorted; repeated headers joined with commas.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[k, v] : r.headers) {
        const QByteArray name = k.toLower().trimmed();
        auto it = std::find_if(headers.begin(), headers.end(),
                               [&](const auto &h) { return h.first == name; });
        if (it != headers.end())
            it->second += ',' + trimValue(v);
        else
            headers.append({name, trimValue(v)});
    }
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[k, v] : headers) {
        canonicalHeaders += k + ':' + v + '\n';
        names << k;
    }
    const QByteArray signedHeaders = names.join(';');
    if (signedHeadersOut)
        *signedHeadersOut = signedHeaders;
    return r.method + '\n' + r.path + '\n' + queryParts.join('&') + '\n' + canonicalHeaders + '\n' +
           signedHeaders + '\n' + hexSha256(r.body);
}

QByteArray SigV4::scope(const QDateTime &time) const
{
    return dateStamp(time) + '/' + m_region + '/' + m_service + "/aws4_request";
}

QByteArray SigV4::stringToSign(const QByteArray &canonical, const QDateTime &time) const
{
    return "AWS4-HMAC-SHA256\n" + amzDate(time) + '\n' + scope(time) + '\n' + hexSha256(canonical);
}

QByteArray SigV4::signingKey(const QByteArray &secret, const QDateTime &time) const
{
    const QByteArray kDate = hmac("AWS4" + secret, dateStamp(time));
    const QByteArray kRegion = hmac(kDate, m_region);
    const QByteArray kService = hmac(kRegion, m_service);
    return hmac(kService, "aws4_request");
}

QByteArray SigV4::authorization(const Request &r, const AwsCredentials &creds,
                                const QDateTime &time) const
{
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(r, &signedHeaders);
    const QByteArray signature =
        hmac(signingKey(creds.secretAccessKey, time), stringToSign(canonical, time)).toHex();
    return "AWS4-HMAC-SHA256 Credential=" + creds.accessKeyId + '/' + scope(time) +
           ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
}

QByteArray SigV4::sign(Request &r, const AwsCredentials &creds, const QDateTime &time) const
{
    r.headers.append(qMakePair(QByteArray("X-Amz-Date"), QByteArray(amzDate(time))));
    if (!creds.sessionToken.isEmpty())
        r.headers.append(
            qMakePair(QByteArray("X-Amz-Security-Token"), QByteArray(creds.sessionToken)));
    return authorization(r, creds, time);
}

} // namespace tl::providers
