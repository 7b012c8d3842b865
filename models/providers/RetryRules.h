#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace tl::providers {

// How hard the HTTP layer tries. The defaults suit real provider APIs; tests shrink the delays
// and replace the random source, the clock and the sleeper so that nothing really waits.
struct RetryPolicy
{
    int maxAttempts = 8;           // per request, first try included
    int initialBackoffMs = 1000;   // ceiling of the first wait, doubled after every failure…
    int maxBackoffMs = 20000;      // …up to this; the wait is drawn uniformly below it (full jitter)
    int retryAfterUnitMs = 1000;   // length of one Retry-After second
    int maxRetryAfterMs = 120000;  // a longer Retry-After is cut to this
    int budgetMs = 60000;          // all waits of one client (one sync or test) together
    int transferTimeoutMs = 60000; // no byte for this long: the attempt times out

    std::function<double()> random;         // uniform in [0, 1); empty: a system generator
    std::function<std::int64_t()> clockMs;  // ms since the epoch; empty: the system clock
    std::function<bool(int ms)> sleep;      // waits; false when cancelled; empty: a local event loop
};

// What a failed answer means for retrying, as the provider defines it: by the provider's error
// code (AWS `__type` or `x-amzn-ErrorType`, Anthropic and OpenAI `error.type`/`error.code`)
// first, then by the HTTP status.
struct ErrorVerdict
{
    enum class Kind
    {
        Throttled,    // an AWS throttling code, whatever the status
        RateLimited,  // HTTP 429 (OpenAI, Anthropic)
        Overloaded,   // Anthropic overloaded_error / HTTP 529
        Transient,    // 500, 502, 503, 504 or a transient AWS code (RequestTimeout, InternalError…)
        OutOfQuota,   // a 429 that means the money ran out: retrying cannot help
        NotRetryable, // anything else (auth, validation, not found, …)
    } kind = Kind::NotRetryable;
    QString code; // the provider's error code without namespace or URL suffix ("" if none)

    bool retryable() const
    {
        return kind != Kind::NotRetryable && kind != Kind::OutOfQuota;
    }
};

class RetryRules
{
public:
    // The verdict on a non-2xx answer.
    static ErrorVerdict classify(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &body);
    // The error code carried by an answer: AWS `__type` (body) or `x-amzn-ErrorType` (header),
    // cut to the bare name; otherwise Anthropic/OpenAI `error.type`. Empty when there is none.
    static QString errorCode(const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body);
    // "com.amazon.coral.availability#ThrottlingException:http://…" → "ThrottlingException".
    static QString bareAwsCode(QString raw);
    static bool isAwsThrottlingCode(const QString &code);
    static bool isAwsTransientCode(const QString &code);

    // The wait a Retry-After value asks for, in ms: delay-seconds (one second lasting `unitMs`)
    // or an HTTP-date compared with `nowMs`; capped at `capMs`, never negative. nullopt when
    // the value is missing or unreadable.
    static std::optional<std::int64_t> retryAfterMs(const QByteArray &value, std::int64_t nowMs,
                                                    int unitMs, int capMs);
    // The wait the server asked for in an answer's headers: Retry-After, and Azure's
    // x-ms-ratelimit-<service>-<kind>-retry-after headers (seconds; Cost Management sends one
    // per quota it checks: qpu, entity, tenant). The longest of them wins. nullopt when none.
    static std::optional<std::int64_t> serverWaitMs(const QList<QPair<QByteArray, QByteArray>> &headers,
                                                    std::int64_t nowMs, int unitMs, int capMs);
    // Capped exponential backoff with full jitter: `random` (in [0, 1)) times
    // min(maxBackoff, initialBackoff × 2^(retryNo − 1)), for retry number 1, 2, …
    static std::int64_t backoffMs(const RetryPolicy &policy, int retryNo, double random);

    // A short phrase for the message that ends the retries ("throttled (ThrottlingException)").
    static QString describe(const ErrorVerdict &verdict, int status);
};

} // namespace tl::providers
