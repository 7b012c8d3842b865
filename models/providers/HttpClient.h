#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <functional>

namespace tl::providers {

// How hard the HTTP layer tries. The defaults suit real provider APIs; tests shrink the delays.
struct RetryPolicy
{
    int maxAttempts = 5;           // first try included
    int initialBackoffMs = 1000;   // doubled after every failed attempt…
    int maxBackoffMs = 30000;      // …up to this
    int retryAfterUnitMs = 1000;   // length of one Retry-After second
    int maxRetryAfterMs = 120000;  // a longer Retry-After is cut to this
    int transferTimeoutMs = 60000; // no byte for this long: the attempt times out
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
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
    RateLimited,  // 429 after the last attempt
    Server,       // 5xx after the last attempt
    Client,       // other 4xx
    Truncated,    // the connection closed before the whole body arrived
    Cancelled,
};

// Blocking HTTP for a worker thread: runs each request on a local event loop, retries 429,
// 5xx, timeouts and broken connections with exponential backoff (honouring Retry-After), and
// can be cancelled from another thread through `cancelled`. Must be created and used on the
// same thread. Never logs or reports request headers (they carry the credentials).
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
    };
    Attempt attempt(const HttpRequest &request);
    bool wait(int ms); // false when cancelled meanwhile
    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    RetryPolicy m_policy;
    std::function<bool()> m_cancelled;
    QNetworkAccessManager m_nam;
    HttpFailure m_lastFailure = HttpFailure::None;
    int m_lastStatus = 0;
    int m_retries = 0;
    int m_requests = 0;
};

} // namespace tl::providers
