#include "providers/RetryRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace tl::providers {

namespace {

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// OpenAI answers "you have no money left" with 429 like a rate limit; only the type or code
// tells them apart (error.type insufficient_quota, or one of these codes).
bool isOpenAiQuotaCode(const QString &code)
{
    return code == u"insufficient_quota" || code == u"credit_balance_exhausted" ||
           code == u"organization_spend_limit_exceeded" || code == u"project_spend_limit_exceeded" ||
           code == u"organization_usage_limit_exceeded";
}

} // namespace

QString RetryRules::bareAwsCode(QString raw)
{
    raw = raw.trimmed();
    if (const qsizetype colon = raw.indexOf(u':'); colon >= 0)
        raw.truncate(colon); // a trailing ":http://internal…" type URL
    if (const qsizetype hash = raw.lastIndexOf(u'#'); hash >= 0)
        raw = raw.mid(hash + 1); // a leading "namespace#"
    return raw;
}

bool RetryRules::isAwsThrottlingCode(const QString &code)
{
    static const QStringList kCodes = {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    return kCodes.contains(code);
}

bool RetryRules::isAwsTransientCode(const QString &code)
{
    return code == u"RequestTimeout" || code == u"RequestTimeoutException" ||
           code == u"InternalError";
}

QString RetryRules::errorCode(const QList<QPair<QByteArray, QByteArray>> &headers,
                              const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString type = o.value(QLatin1String("__type")).toString();
    if (!type.isEmpty())
        return bareAwsCode(type);
    const QByteArray header = headerValue(headers, "x-amzn-ErrorType");
    if (!header.isEmpty())
        return bareAwsCode(QString::fromLatin1(header));
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    // Anthropic: {"type":"error","error":{"type":"overloaded_error",…}}; OpenAI:
    // {"error":{"type":"insufficient_quota","code":"…"}}. The more specific code wins.
    const QString code = error.value(QLatin1String("code")).toString();
    if (!code.isEmpty())
        return code;
    return error.value(QLatin1String("type")).toString();
}

ErrorVerdict RetryRules::classify(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body)
{
    ErrorVerdict v;
    v.code = errorCode(headers, body);
    // The provider's code decides first: AWS throttles with HTTP 400 as often as with 429.
    if (isAwsThrottlingCode(v.code)) {
        v.kind = ErrorVerdict::Kind::Throttled;
        return v;
    }
    if (isAwsTransientCode(v.code)) {
        v.kind = ErrorVerdict::Kind::Transient;
        return v;
    }
    if (v.code == u"overloaded_error" || status == 529) {
        v.kind = ErrorVerdict::Kind::Overloaded;
        return v;
    }
    // Google APIs (BigQuery) say "slow down" with 403 as well as 429, naming the reason in
    // error.errors[].reason; backendError and internalError are worth another try.
    const QJsonArray googleErrors = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QLatin1String("error"))
                                        .toObject()
                                        .value(QLatin1String("errors"))
                                        .toArray();
    for (const QJsonValue &e : googleErrors) {
        const QString reason = e.toObject().value(QLatin1String("reason")).toString();
        if (reason == u"rateLimitExceeded" || reason == u"userRateLimitExceeded") {
            v.code = reason;
            v.kind = ErrorVerdict::Kind::RateLimited;
            return v;
        }
        if (reason == u"backendError" || reason == u"internalError") {
            v.code = reason;
            v.kind = ErrorVerdict::Kind::Transient;
            return v;
        }
    }
    if (status == 429) {
        const QJsonObject error =
            QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        const QString anthropicDetail = error.value(QLatin1String("details"))
                                            .toObject()
                                            .value(QLatin1String("error_code"))
                                            .toString();
        if (isOpenAiQuotaCode(v.code) ||
            isOpenAiQuotaCode(error.value(QLatin1String("type")).toString()) ||
            anthropicDetail == u"enforced_spend_limit_reached") {
            if (!anthropicDetail.isEmpty())
                v.code = anthropicDetail;
            v.kind = ErrorVerdict::Kind::OutOfQuota;
            return v;
        }
        v.kind = ErrorVerdict::Kind::RateLimited;
        return v;
    }
    if (status == 500 || status == 502 || status == 503 || status == 504) {
        v.kind = ErrorVerdict::Kind::Transient;
        return v;
    }
    v.kind = ErrorVerdict::Kind::NotRetryable;
    return v;
}

std::optional<std::int64_t> RetryRules::retryAfterMs(const QByteArray &value, std::int64_t nowMs,
                                                     int unitMs, int capMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok) {
        if (secs < 0)
            return std::nullopt;
        // Compared before multiplying: a huge value must not overflow into a negative wait.
        const qint64 unit = std::max(1, unitMs);
        return secs >= capMs / unit ? std::int64_t(capMs) : std::int64_t(secs * unit);
    }
    // An HTTP-date: IMF-fixdate ("Fri, 06 Nov 2026 12:00:07 GMT"), which Qt's RFC 2822 reader
    // does not take with "GMT", else an RFC 2822 date with a numeric zone.
    const QString text = QString::fromLatin1(v);
    QDateTime when;
    if (text.endsWith(QLatin1String(" GMT"))) {
        when = QLocale::c().toDateTime(text.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    } else {
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<std::int64_t>(when.toMSecsSinceEpoch() - nowMs, 0, capMs);
}

std::optional<std::int64_t> RetryRules::serverWaitMs(const QList<QPair<QByteArray, QByteArray>> &headers,
                                                     std::int64_t nowMs, int unitMs, int capMs)
{
    std::optional<std::int64_t> longest;
    for (const auto &[name, value] : headers) {
        const QByteArray n = name.toLower();
        const bool azure = n.startsWith("x-ms-ratelimit-") && n.endsWith("retry-after");
        if (n != "retry-after" && !azure)
            continue;
        const auto wait = retryAfterMs(value, nowMs, unitMs, capMs);
        if (wait && (!longest || *wait > *longest))
            longest = wait;
    }
    return longest;
}

std::int64_t RetryRules::backoffMs(const RetryPolicy &policy, int retryNo, double random)
{
    std::int64_t ceiling = std::max(0, policy.initialBackoffMs);
    for (int i = 1; i < retryNo && ceiling < policy.maxBackoffMs; ++i)
        ceiling *= 2;
    ceiling = std::min<std::int64_t>(ceiling, policy.maxBackoffMs);
    const double r = std::clamp(random, 0.0, 1.0);
    return std::min<std::int64_t>(ceiling, static_cast<std::int64_t>(r * double(ceiling)));
}

QString RetryRules::describe(const ErrorVerdict &verdict, int status)
{
    const QString code = verdict.code.isEmpty()
                             ? QStringLiteral("HTTP %1").arg(status)
                             : QStringLiteral("%1, HTTP %2").arg(verdict.code).arg(status);
    switch (verdict.kind) {
    case ErrorVerdict::Kind::Throttled:
        return QCoreApplication::translate("tl::providers::RetryRules", "throttled (%1)")
            .arg(verdict.code);
    case ErrorVerdict::Kind::RateLimited:
        return QCoreApplication::translate("tl::providers::RetryRules", "rate limited (%1)")
            .arg(code);
    case ErrorVerdict::Kind::Overloaded:
        return QCoreApplication::translate("tl::providers::RetryRules", "overloaded (%1)")
            .arg(code);
    case ErrorVerdict::Kind::Transient:
        return QCoreApplication::translate("tl::providers::RetryRules",
                                           "answered with a server error (%1)")
            .arg(code);
    case ErrorVerdict::Kind::OutOfQuota:
    case ErrorVerdict::Kind::NotRetryable:
        break;
    }
    return QCoreApplication::translate("tl::providers::RetryRules", "refused (%1)").arg(code);
}

} // namespace tl::providers
