#include "providers/ProviderClient.h"

#include "providers/AnthropicClient.h"
#include "providers/AwsCostExplorerClient.h"
#include "providers/AzureCostClient.h"
#include "providers/BigQueryBillingClient.h"
#include "providers/OpenAiClient.h"

#include "domain/Limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace tl::providers {

std::unique_ptr<ProviderClient> ProviderClient::create(const Connection &c,
                                                       const Credentials &creds, HttpClient &http)
{
    if (c.provider == u"openai")
        return std::make_unique<OpenAiClient>(c, creds, http);
    if (c.provider == u"anthropic")
        return std::make_unique<AnthropicClient>(c, creds, http);
    if (c.provider == u"aws")
        return std::make_unique<AwsCostExplorerClient>(c, creds, http);
    if (c.provider == u"azure")
        return std::make_unique<AzureCostClient>(c, creds, http);
    if (c.provider == u"google")
        return std::make_unique<BigQueryBillingClient>(c, creds, http);
    return nullptr;
}

QString ProviderClient::recordKey(const QString &stream, std::int64_t start,
                                  const QStringList &group) const
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(m_keyPrefix.isEmpty() ? QStringLiteral("api:%1").arg(m_connection.id) : m_keyPrefix)
        .arg(stream)
        .arg(start)
        .arg(group.join(u'|'));
}

Result<QJsonObject> ProviderClient::parseObject(const HttpResponse &r, const QString &endpoint,
                                                int page) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("tl::providers::ProviderClient",
                                                 "Invalid JSON from %1 (page %2): %3 at byte %4.")
                         .arg(endpoint)
                         .arg(page)
                         .arg(err.error != QJsonParseError::NoError
                                  ? err.errorString()
                                  : QStringLiteral("not an object"))
                         .arg(err.offset)};
    return doc.object();
}

QUrl ProviderClient::endpointUrl(const QString &path, const QUrlQuery &query) const
{
    QString base = m_connection.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + path);
    url.setQuery(query);
    return url;
}

Result<QJsonArray> ProviderClient::dataArray(const QJsonObject &body, const QString &endpoint, int pageNo)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray())
        return Error{QCoreApplication::translate("tl::providers::ProviderClient",
                                                 "Unexpected response from %1 (page %2): no 'data' array.")
                         .arg(endpoint)
                         .arg(pageNo)};
    return data.toArray();
}

Result<QString> ProviderClient::nextPage(const QJsonObject &body, const QString &page,
                                         const QString &endpoint, int pageNo, const char *cursorKey)
{
    if (!body.value(QLatin1String("has_more")).toBool())
        return QString();
    const QString next = body.value(QLatin1String(cursorKey)).toString();
    if (next.isEmpty() || next == page)
        return Error{QCoreApplication::translate(
                         "tl::providers::ProviderClient", "%1 (page %2) says there is more data but gives no new page cursor.")
                         .arg(endpoint)
                         .arg(pageNo)};
    return next;
}

Status ProviderClient::checkCounts(const UsageFact &fact, const QString &endpoint, int pageNo)
{
    const TokenCounts &t = fact.tokens;
    const std::pair<const char *, std::int64_t> counts[] = {
        {"requests", t.requests},         {"input tokens", t.uncachedInput},
        {"cache read tokens", t.cacheRead}, {"cache write tokens", t.cacheWrite5m},
        {"cache write tokens", t.cacheWrite1h}, {"output tokens", t.output},
        {"images", t.images},             {"audio milliseconds", t.audioMillis},
        {"web searches", t.webSearches},  {"audio input tokens", t.audioInput},
        {"audio cache read tokens", t.audioCacheRead}, {"audio output tokens", t.audioOutput},
        {"image input tokens", t.imageInput}, {"image cache read tokens", t.imageCacheRead},
        {"image output tokens", t.imageOutput}, {"video input tokens", t.videoInput},
        {"video cache read tokens", t.videoCacheRead}, {"video output tokens", t.videoOutput},
        {"code executions", t.codeExecutions}};
    for (const auto &[name, value] : counts) {
        if (value > limits::kMaxCountPerRecord || value < -limits::kMaxCountPerRecord)
            return Error{QCoreApplication::translate(
                             "tl::providers::ProviderClient",
                             "%1 (page %2): a row's %3 (%4) are outside the range TokenLedger "
                             "accepts in one record (at most 10^12, either sign).")
                             .arg(endpoint)
                             .arg(pageNo)
                             .arg(QString::fromLatin1(name))
                             .arg(value)};
    }
    return {};
}

Status ProviderClient::fetchYesterday()
{
    FetchStats stats;
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    const std::int64_t day = now - now % 86400;
    auto facts = fetch(day - 86400, day, stats);
    if (!facts)
        return facts.error();
    return {};
}

void ProviderClient::pageRead(FetchStats &stats)
{
    ++stats.pages;
    if (m_onPage)
        m_onPage(stats.pages);
}

QString jsonString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

std::int64_t jsonInt(const QJsonObject &o, const char *key)
{
    // A value beyond the bounds of domain/Limits.h only has to stay beyond them: it is held
    // just past them, so that a few of them add up without overflow (a double beyond the
    // 64-bit range cannot even be converted), and checkCounts() refuses the record.
    constexpr std::int64_t bound = limits::kMaxCountPerRecord + 1;
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return std::clamp<std::int64_t>(v.toString().toLongLong(), -bound, bound);
    const double d = v.toDouble();
    if (!(d > -double(bound) && d < double(bound)))
        return d < 0 ? -bound : bound;
    return v.toInteger(static_cast<qint64>(d));
}

Money jsonMoney(const QJsonValue &v)
{
    if (v.isString())
        return Money::parse(v.toString()).value_or(Money());
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v.toDouble());
    return Money::parse(QString::fromLatin1(buf, res.ptr - buf)).value_or(Money());
}

} // namespace tl::providers
