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
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "tokenledger.providers.http", QtWarningMsg)

namespace tl::providers {

namespace {

// A short, key-free description of what the server said in an error body, led by the AWS
// error code (from `__type` or the `x-amzn-ErrorType` header) when there is one.
QString serverMessage(const HttpResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString msg;
    if (o.value(QLatin1String("error")).isObject())
        msg = o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (msg.isEmpty())
        msg = o.value(QLatin1String("message")).toString();
    if (msg.isEmpty())
        msg = o.value(QLatin1String("Message")).toString();
    QString type = o.value(QLatin1String("__type")).toString();
    if (type.isEmpty())
        type = QString::fromLatin1(r.header("x-amzn-ErrorType"));
    if (!type.isEmpty()) {
        type = RetryRules::bareAwsCode(type);
        msg = msg.isEmpty() ? type : type + u": " + msg;
    }
    return msg.left(300);
}

// Milliseconds as seconds for messages: "41", "0.3".
QString seconds(std::int64_t ms)
{
    return ms % 1000 == 0 || ms >= 10000 ? QString::number((ms + 500) / 1000)
                                         : QString::number(double(ms) / 1000.0, 'f', 1);
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
    if (status >= 200 && status < 300) { // a 2xx that broke off mid-body
        a.failure = HttpFailure::Truncated;
        a.retryable = true;
        a.reason = QCoreApplication::translate("tl::providers::HttpClient", "cut off mid-answer");
        a.error = QCoreApplication::translate(
                      "tl::providers::HttpClient",
                      "The connection to %1 broke off before the whole response arrived.")
                      .arg(where);
        return a;
    }
    if (status != 0) {
        const QString said = serverMessage(a.response);
        const QString detail = said.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(said);
        const ErrorVerdict verdict =
            RetryRules::classify(status, a.response.headers, a.response.body);
        // AWS answers a wrong secret, an unknown key id or an expired session token with 403.
        const bool awsCredentialProblem =
            status == 403 && (verdict.code == u"InvalidSignatureException" ||
                              verdict.code == u"SignatureDoesNotMatch" ||
                              verdict.code == u"UnrecognizedClientException" ||
                              verdict.code == u"InvalidClientTokenId" ||
                              verdict.code == u"ExpiredToken");
        if (verdict.retryable()) {
            a.retryable = true;
            a.reason = RetryRules::describe(verdict, status);
            switch (verdict.kind) {
            case ErrorVerdict::Kind::Throttled:
                a.failure = HttpFailure::RateLimited;
                a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                      "Throttled (HTTP %1 from %2)%3.")
                              .arg(status)
                              .arg(where, detail);
                break;
            case ErrorVerdict::Kind::Overloaded:
                a.failure = HttpFailure::RateLimited;
                a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                      "Overloaded (HTTP %1 from %2)%3.")
                              .arg(status)
                              .arg(where, detail);
                break;
            case ErrorVerdict::Kind::RateLimited:
                a.failure = HttpFailure::RateLimited;
                a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                      "Rate limited (HTTP 429 from %1)%2.")
                              .arg(where, detail);
                break;
            default:
                a.failure = HttpFailure::Server;
                a.error = QCoreApplication::translate("tl::providers::HttpClient",
                                                      "Server error (HTTP %1 from %2)%3.")
                              .arg(status)
                              .arg(where, detail);
                break;
            }
        } else if (status == 401 || awsCredentialProblem) {
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
        } else if (verdict.kind == ErrorVerdict::Kind::OutOfQuota) {
            a.failure = HttpFailure::Client;
            a.error = QCoreApplication::translate(
                          "tl::providers::HttpClient",
                          "Out of quota (HTTP %1 from %2, %3)%4: the account's credit or spend "
                          "limit is used up, so retrying cannot help.")
                          .arg(status)
                          .arg(where, verdict.code, detail);
        } else if (status >= 500) {
            a.failure = HttpFailure::Server;
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
        return a;
    }
    switch (err) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        a.failure = HttpFailure::Timeout;
        a.retryable = true;
        a.reason = QCoreApplication::translate("tl::providers::HttpClient", "left unanswered (timeout)");
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
        a.reason = QCoreApplication::translate("tl::providers::HttpClient", "cut off mid-answer");
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

bool HttpClient::sleep(int ms)
{
    if (m_policy.sleep)
        return m_policy.sleep(ms) && !isCancelled();
    return wait(ms);
}

std::int64_t HttpClient::nowMs() const
{
    return m_policy.clockMs ? m_policy.clockMs() : QDateTime::currentMSecsSinceEpoch();
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    m_lastFailure = HttpFailure::None;
    if (Status s = checkUrlAllowed(request.url); !s) {
        m_lastFailure = HttpFailure::InsecureUrl;
        return s.error();
    }
    const auto cancelled = [this] {
        m_lastFailure = HttpFailure::Cancelled;
        return Error{QCoreApplication::translate("tl::providers::HttpClient", "Cancelled.")};
    };
    const QString what = request.label.isEmpty() ? request.url.path() : request.label;
    const std::int64_t started = nowMs();
    QStringList reasons; // why the attempts failed, each once, in order
    for (int attemptNo = 1;; ++attemptNo) {
        if (isCancelled())
            return cancelled();
        HttpRequest current = request;
        if (request.refresh)
            request.refresh(current);
        Attempt a = attempt(current);
        if (a.failure == HttpFailure::None)
            return std::move(a.response);
        m_lastFailure = a.failure;
        if (!a.retryable)
            return Error{a.error};
        if (!reasons.contains(a.reason))
            reasons << a.reason;

        const double random = m_policy.random ? m_policy.random()
                                              : QRandomGenerator::global()->generateDouble();
        std::int64_t delay = RetryRules::backoffMs(m_policy, attemptNo, random);
        const auto asked = RetryRules::serverWaitMs(a.response.headers, nowMs(),
                                                    m_policy.retryAfterUnitMs,
                                                    m_policy.maxRetryAfterMs);
        if (asked)
            delay = *asked; // the server's word beats our guess
        QString stop;
        if (attemptNo >= m_policy.maxAttempts) {
            stop = QCoreApplication::translate("tl::providers::HttpClient",
                                               "after %1 attempts, the most allowed per request")
                       .arg(attemptNo);
        } else if (m_waitedMs + delay > m_policy.budgetMs) {
            stop = asked ? QCoreApplication::translate(
                               "tl::providers::HttpClient",
                               "because the server asked to wait %1 s, more than is left of the "
                               "%2 s retry budget")
                               .arg(seconds(delay), seconds(m_policy.budgetMs))
                         : QCoreApplication::translate(
                               "tl::providers::HttpClient",
                               "after the %1 s retry budget (the next wait, %2 s, would pass it)")
                               .arg(seconds(m_policy.budgetMs), seconds(delay));
        }
        if (!stop.isEmpty()) {
            if (attemptNo == 1 && m_policy.maxAttempts <= 1)
                return Error{a.error};
            if (attemptNo == 1) // a Retry-After beyond the budget on the first answer
                return Error{QCoreApplication::translate("tl::providers::HttpClient",
                                                         "%1 was %2; gave up %3. Last answer: %4")
                                 .arg(what, a.reason, stop, a.error)};
            return Error{QCoreApplication::translate(
                             "tl::providers::HttpClient",
                             "%1 was %2 %3 times over %4 s; gave up %5. Last answer: %6")
                             .arg(what, reasons.join(QLatin1String(" / ")),
                                  QString::number(attemptNo), seconds(nowMs() - started), stop,
                                  a.error)};
        }
        ++m_retries;
        m_waitedMs += delay;
        qCInfo(lcHttp) << "retrying" << what << "in" << delay << "ms:" << a.reason;
        if (!sleep(static_cast<int>(delay)))
            return cancelled();
    }
}

} // namespace tl::providers
