#include "providers/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "tokenledger.providers.http", QtWarningMsg)

namespace tl::providers {

namespace {

// A short, key-free description of what the server said in an error body.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString msg;
    if (o.value(QLatin1String("error")).isObject())
        msg = o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (msg.isEmpty())
        msg = o.value(QLatin1String("message")).toString();
    if (msg.isEmpty())
        msg = o.value(QLatin1String("Message")).toString();
    QString type = o.value(QLatin1String("__type")).toString();
    if (!type.isEmpty()) {
        type = type.mid(type.indexOf(u'#') + 1);
        type = type.left(type.indexOf(u':') < 0 ? type.size() : type.indexOf(u':'));
        msg = msg.isEmpty() ? type : type + u": " + msg;
    }
    return msg.left(300);
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpClient::HttpClient(RetryPolicy policy, std::function<bool()> cancelled)
    : m_policy(policy), m_cancelled(std::move(cancelled))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool HttpClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status HttpClient::checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{
            QCoreApplication::translate("tl::providers::HttpClient", "'%1' is not a valid URL.")
                .arg(url.toString(QUrl::RemoveUserInfo))};
    // A password in a URL would be stored with the connection and sent in the clear of logs
    // and history; keys belong in the keychain (issue 18).
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return Error{QCoreApplication::translate(
                         "tl::providers::HttpClient",
                         "'%1' contains a user name or password. Remove the 'user:password@' "
                         "part: keys are kept in the system keychain, never in a URL.")
                         .arg(url.toString(QUrl::RemoveUserInfo))};
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url))
        return {};
    return Error{
        QCoreApplication::translate(
            "tl::providers::HttpClient",
            "TLS required: '%1' must use https:// (plain http is allowed only to 127.0.0.1, "
            "::1 or localhost).")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))};
}

bool HttpClient::wait(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    done.setTimerType(Qt::PreciseTimer); // never shorter than Retry-After asked for
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(20);
    loop.exec();
    return !isCancelled();
}

HttpClient::Attempt HttpClient::attempt(const HttpRequest &request)
{
    Attempt a;
    QNetworkRequest req(request.url);
    for (const auto &[k, v] : request.headers)
        req.setRawHeader(k, v);
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_nam.setProxy(isLoopback(request.url) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                           : QNetworkProxy(QNetworkProxy::DefaultProxy));
    ++m_requests;
    QNetworkReply *reply = m_nam.sendCustomRequest(req, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    bool userCancelled = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled()) {
            userCancelled = true;
            reply->abort();
        }
    });
    poll.start(20);
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    const QString where = request.url.path();
    a.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.response.body = reply->readAll();
    a.response.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError err = reply->error();
    reply->deleteLater();
    m_lastStatus = a.response.status;
    qCDebug(lcHttp) << request.method << where << "->" << a.response.status << err;

    if (userCancelled) {
        a.failure = HttpFailure::Cancelled;
        a.error = QCoreApplication::translate("tl::providers::HttpClient", "Cancelled.");
        return a;
    }
    const int status = a.response.status;
    if (status >= 200 && status < 300 && err == QNetworkReply::NoError)
        return a;
    if (status != 0) {
        const QString said = serverMessage(a.response.body);
        const QString detail = said.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(said);
        // AWS answers a wrong secret, an unknown key id or an expired session token with 403.
        const bool awsCredentialProblem =
            status == 403 && (said.startsWith(QLatin1String("InvalidSignatureException")) ||
                              said.startsWith(QLatin1String("SignatureDoesNotMatch")) ||
                              said.startsWith(QLatin1String("UnrecognizedClientException")) ||
                              said.startsWith(QLatin1String("InvalidClientTokenId")) ||
                              said.startsWith(QLatin1String("ExpiredToken")));
        if (status == 401 || awsCredentialProblem) {
            a.failure = HttpFailure::Unauthorized;
            a.error = QCoreApplication::translate(
                          "tl::providers::HttpClient",
                          "Bad key: the server refused the credentials (HTTP %1 from %2)%3.")
                          .arg(status)
                          .arg(where, detail);
        } else if (status == 403) {
            a.failure = HttpFailure::Forbidden;
            a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                  "No admin rights: the key is valid but may not "
                                                  "read usage or costs (HTTP 403 from %1)%2.")
                          .arg(where, detail);
        } else if (status == 429) {
            a.failure = HttpFailure::RateLimited;
            a.retryable = true;
            a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                  "Rate limited (HTTP 429 from %1)%2.")
                          .arg(where, detail);
        } else if (status >= 500) {
            a.failure = HttpFailure::Server;
            a.retryable = true;
            a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                  "Server error (HTTP %1 from %2)%3.")
                          .arg(status)
                          .arg(where, detail);
        } else if (status >= 300 && status < 400) {
            a.failure = HttpFailure::Client;
            a.error = QCoreApplication::translate(
                          "tl::providers::HttpClient",
                          "Unexpected redirect (HTTP %1 from %2); check the base URL.")
                          .arg(status)
                          .arg(where);
        } else {
            a.failure = HttpFailure::Client;
            a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                  "Request refused (HTTP %1 from %2)%3.")
                          .arg(status)
                          .arg(where, detail);
        }
        if (status >= 200 && status < 300) { // a 2xx that broke off mid-body
            a.failure = HttpFailure::Truncated;
            a.retryable = true;
            a.error = QCoreApplication::translate(
                          "tl::providers::HttpClient",
                          "The connection to %1 broke off before the whole response arrived.")
                          .arg(where);
        }
        return a;
    }
    switch (err) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        a.failure = HttpFailure::Timeout;
        a.retryable = true;
        a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                              "Timed out waiting for %1 (no data for %2 s).")
                      .arg(request.url.host())
                      .arg(m_policy.transferTimeoutMs / 1000.0);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        a.failure = HttpFailure::Tls;
        a.error = QCoreApplication::translate(
                      "tl::providers::HttpClient",
                      "TLS handshake with %1 failed; the certificate is not trusted.")
                      .arg(request.url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::TemporaryNetworkFailureError:
        a.failure = HttpFailure::Truncated;
        a.retryable = true;
        a.error = QCoreApplication::translate(
                      "tl::providers::HttpClient",
                      "The connection to %1 broke off before the whole response arrived.")
                      .arg(request.url.host());
        break;
    default:
        a.failure = HttpFailure::Unreachable;
        a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                              "Network unreachable: cannot connect to %1 (%2).")
                      .arg(request.url.host(), reply->errorString());
        break;
    }
    return a;
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    m_lastFailure = HttpFailure::None;
    if (Status s = checkUrlAllowed(request.url); !s) {
        m_lastFailure = HttpFailure::InsecureUrl;
        return s.error();
    }
    int backoff = m_policy.initialBackoffMs;
    for (int attemptNo = 1;; ++attemptNo) {
        if (isCancelled()) {
            m_lastFailure = HttpFailure::Cancelled;
            return Error{QCoreApplication::translate("tl::providers::HttpClient", "Cancelled.")};
        }
        Attempt a = attempt(request);
        if (a.failure == HttpFailure::None)
            return std::move(a.response);
        m_lastFailure = a.failure;
        if (!a.retryable || attemptNo >= m_policy.maxAttempts) {
            if (a.retryable && attemptNo > 1)
                return Error{QCoreApplication::translate("tl::providers::HttpClient",
                                                         "%1 Gave up after %2 attempts.")
                                 .arg(a.error)
                                 .arg(attemptNo)};
            return Error{a.error};
        }
        int delay = backoff;
        const QByteArray retryAfter = a.response.header("Retry-After").trimmed();
        if (!retryAfter.isEmpty()) {
            bool ok = false;
            const qint64 secs = retryAfter.toLongLong(&ok);
            if (ok && secs >= 0) {
                // Compared before multiplying: a huge value must not overflow into a negative wait.
                const qint64 unit = std::max(1, m_policy.retryAfterUnitMs);
                delay = secs >= m_policy.maxRetryAfterMs / unit
                            ? m_policy.maxRetryAfterMs
                            : static_cast<int>(secs * unit);
            } else {
                const QDateTime when =
                    QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
                if (when.isValid())
                    delay = static_cast<int>(
                        std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0,
                                           m_policy.maxRetryAfterMs));
            }
        }
        backoff = std::min(backoff * 2, m_policy.maxBackoffMs);
        ++m_retries;
        qCInfo(lcHttp) << "retrying" << request.url.path() << "in" << delay << "ms:" << a.error;
        if (!wait(delay)) {
            m_lastFailure = HttpFailure::Cancelled;
            return Error{QCoreApplication::translate("tl::providers::HttpClient", "Cancelled.")};
        }
    }
}

} // namespace tl::providers
