#pragma once

#include "core/Result.h"
#include "providers/RetryRules.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <functional>

namespace tl::providers {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString label; // what the request does, for messages ("GetCostAndUsage"); "" = the URL path
    // Called on a copy of the request before every attempt (AWS signs each attempt afresh).
    std::function<void(HttpRequest &)> refresh;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

// Why a request failed, for verdicts such as "bad key" or "network unreachable".
enum class HttpFailure
{
    None,
    InsecureUrl, // plain HTTP to a host other than loopback
    Unreachable, // connection refused, host not found, network down
    Timeout,
    Tls,
    Unauthorized, // 401
    Forbidden,    // 403
    RateLimited,  // throttled, rate limited or overloaded after the last retry
    Server,       // 5xx after the last retry, or one that is not worth retrying
    Client,       // other 4xx
    Truncated,    // the connection closed before the whole body arrived
    Cancelled,
};

// Blocking HTTP for a worker thread: runs each request on a local event loop and retries what
// the providers call retryable (RetryRules: throttling codes whatever the status, 429, 529,
// 500/502/503/504, timeouts, broken connections) with capped exponential backoff and full
// jitter, honouring Retry-After, within a per-request attempt limit and one time budget for all
// its waits; the final message says what was retried, how often and why it stopped. Can be
// cancelled from another thread through `cancelled`. Must be created and used on the same
// thread. Never logs or reports request headers (they carry the credentials).
class HttpClient
{
public:
    explicit HttpClient(RetryPolicy policy = {}, std::function<bool()> cancelled = {});

    // A 2xx response, or an error whose message names the cause and the endpoint path.
    Result<HttpResponse> send(const HttpRequest &request);

    HttpFailure lastFailure() const { return m_lastFailure; }
    int lastStatus() const { return m_lastStatus; }
    int retries() const { return m_retries; }
    int requests() const { return m_requests; }
    std::int64_t waitedMs() const { return m_waitedMs; } // all retry waits so far

    // HTTPS, or plain HTTP to 127.0.0.1, ::1 or localhost only.
    static Status checkUrlAllowed(const QUrl &url);
    static bool isLoopback(const QUrl &url);

private:
    struct Attempt
    {
        HttpResponse response;
        HttpFailure failure = HttpFailure::None;
        QString error;
        bool retryable = false;
        QString reason; // why it may be retried ("throttled (ThrottlingException)")
    };
    Attempt attempt(const HttpRequest &request);
    bool wait(int ms); // false when cancelled meanwhile
    bool sleep(int ms);
    std::int64_t nowMs() const;
    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    RetryPolicy m_policy;
    std::function<bool()> m_cancelled;
    QNetworkAccessManager m_nam;
    HttpFailure m_lastFailure = HttpFailure::None;
    int m_lastStatus = 0;
    int m_retries = 0;
    int m_requests = 0;
    std::int64_t m_waitedMs = 0;
};

} // namespace tl::providers
