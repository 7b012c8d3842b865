#include "providers/AnthropicClient.h"

#include "pricing/RequestModifiers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace tl::providers {

namespace {

QString rfc3339(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

std::optional<std::int64_t> parseRfc3339(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

const QString kUsagePath = QStringLiteral("/v1/organizations/usage_report/messages");
const QString kCostPath = QStringLiteral("/v1/organizations/cost_report");
// The Usage and Cost Analytics API's cost endpoint (beta): the amount after discounts and the
// list-price amount of each row.
const QString kAnalyticsCostPath = QStringLiteral("/v1/organizations/analytics/cost");
const QByteArray kAnalyticsBeta = QByteArrayLiteral("analytics-usage-cost-2026-08-24");

// A cents amount as the reports write it: a decimal string (or a number); nullopt when absent
// or unreadable.
std::optional<Money> centsOf(const QJsonValue &v)
{
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isDouble())
        return jsonMoney(v);
    return std::nullopt;
}

} // namespace

QString AnthropicClient::tierOf(const QString &serviceTier)
{
    if (serviceTier == u"batch")
        return QStringLiteral("batch");
    if (serviceTier.startsWith(u"priority"))
        return QStringLiteral("priority");
    if (serviceTier.startsWith(u"flex"))
        return QStringLiteral("flex");
    return QStringLiteral("standard");
}

bool AnthropicClient::usesCostAnalytics() const
{
    return m_connection.options.value(QLatin1String("cost_analytics")).toBool();
}

HttpRequest AnthropicClient::analyticsRequest(std::int64_t from, std::int64_t to, const QString &page) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("starting_at"), rfc3339(from));
    q.addQueryItem(QStringLiteral("ending_at"), rfc3339(to));
    q.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    for (const char *g : {"workspace_id", "model", "cost_type"})
        q.addQueryItem(QStringLiteral("group_by[]"), QLatin1String(g));
    if (!page.isEmpty())
        q.addQueryItem(QStringLiteral("page"), page);
    HttpRequest r;
    r.url = endpointUrl(kAnalyticsCostPath, q);
    r.headers.append(qMakePair(QByteArray("x-api-key"), QByteArray(m_credentials.apiKey)));
    r.headers.append(qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01")));
    r.headers.append(qMakePair(QByteArray("anthropic-beta"), kAnalyticsBeta));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

Result<UsageFact> AnthropicClient::analyticsFact(const QJsonObject &item) const
{
    const auto start = parseRfc3339(jsonString(item, "starting_at"));
    if (!start)
        return Error{QCoreApplication::translate("tl::providers::AnthropicClient",
                                                 "%1: row with unreadable starting_at '%2'.")
                         .arg(kAnalyticsCostPath, jsonString(item, "starting_at"))};
    const QJsonObject group = item.value(QLatin1String("group")).toObject();
    const QJsonObject cost = item.value(QLatin1String("cost")).toObject();
    const QString currency = jsonString(cost, "currency");
    if (!currency.isEmpty() && currency != u"USD")
        return Error{QCoreApplication::translate("tl::providers::AnthropicClient",
                                                 "Cost report row has currency '%1'; only USD is supported.")
                         .arg(currency)};
    const auto amount = centsOf(cost.value(QLatin1String("amount")));
    if (!amount)
        return Error{QCoreApplication::translate("tl::providers::AnthropicClient",
                                                 "Cost report row has an unreadable amount '%1'.")
                         .arg(cost.value(QLatin1String("amount")).toString())};
    UsageFact f;
    f.start = *start;
    f.bucket = BucketWidth::Day;
    f.provider = QStringLiteral("anthropic");
    f.model = jsonString(group, "model");
    f.account = jsonString(group, "workspace_id");
    f.billedCost = amount->mulDiv(1, 100); // fractional cents
    const QJsonValue listValue = cost.value(QLatin1String("list_amount"));
    if (!listValue.isNull() && !listValue.isUndefined()) {
        const auto list = centsOf(listValue);
        if (!list)
            return Error{QCoreApplication::translate("tl::providers::AnthropicClient",
                                                     "Cost report row has an unreadable list amount '%1'.")
                             .arg(listValue.toString())};
        f.billedListCost = list->mulDiv(1, 100);
    }
    const QString costType = jsonString(group, "cost_type");
    if (!costType.isEmpty())
        f.tags = canonicalTags({QStringLiteral("cost_type:") + costType});
    f.recordKey = recordKey(QStringLiteral("analytics_cost"), f.start, {f.account, f.model, costType});
    return f;
}

Result<QList<UsageFact>> AnthropicClient::fetchAnalyticsCost(std::int64_t from, std::int64_t to,
                                                             FetchStats &stats)
{
    QList<UsageFact> facts;
    QString page;
    for (int pageNo = 1;; ++pageNo) {
        auto resp = m_http.send(analyticsRequest(from, to, page));
        if (!resp)
            return resp.error();
        auto body = parseObject(*resp, kAnalyticsCostPath, pageNo);
        if (!body)
            return body.error();
        auto data = dataArray(*body, kAnalyticsCostPath, pageNo);
        if (!data)
            return data.error();
        for (const QJsonValue &v : *data) {
            ++stats.rows;
            auto fact = analyticsFact(v.toObject());
            if (!fact)
                return fact.error();
            if (Status s = checkCounts(*fact, kAnalyticsCostPath, pageNo); !s)
                return s.error();
            facts << std::move(fact).value();
        }
        pageRead(stats);
        auto next = nextPage(*body, page, kAnalyticsCostPath, pageNo);
        if (!next)
            return next.error();
        if (next->isEmpty())
            break;
        page = *next;
    }
    return facts;
}

HttpRequest AnthropicClient::request(bool cost, std::int64_t from, std::int64_t to, int limit,
                                     const QString &page) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("starting_at"), rfc3339(from));
    q.addQueryItem(QStringLiteral("ending_at"), rfc3339(to));
    q.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    // Speed (fast mode) can only be grouped by with the fast-mode beta header; a connection
    // whose organisation may not use the beta sets "group_by_speed": false.
    const bool bySpeed =
        !cost && m_connection.options.value(QLatin1String("group_by_speed")).toBool(true);
    QStringList groups =
        cost ? QStringList{QStringLiteral("workspace_id"), QStringLiteral("description")}
             : QStringList{QStringLiteral("model"),          QStringLiteral("workspace_id"),
                           QStringLiteral("api_key_id"),     QStringLiteral("service_tier"),
                           QStringLiteral("context_window"), QStringLiteral("inference_geo")};
    if (bySpeed)
        groups << QStringLiteral("speed");
    for (const QString &g : groups)
        q.addQueryItem(QStringLiteral("group_by[]"), g);
    if (!cost) {
        for (const char *filter : {"workspace_ids", "models", "api_key_ids"})
            for (const QJsonValue &v : m_connection.options.value(QLatin1String(filter)).toArray())
                q.addQueryItem(QLatin1String(filter) + u"[]", v.toString());
    }
    if (!page.isEmpty())
        q.addQueryItem(QStringLiteral("page"), page);
    HttpRequest r;
    r.url = endpointUrl(cost ? kCostPath : kUsagePath, q);
    r.headers.append(qMakePair(QByteArray("x-api-key"), QByteArray(m_credentials.apiKey)));
    r.headers.append(qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01")));
    if (bySpeed)
        r.headers.append(qMakePair(QByteArray("anthropic-beta"), QByteArray("fast-mode-2026-02-01")));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

Result<UsageFact> AnthropicClient::toFact(bool cost, std::int64_t start,
                                          const QJsonObject &row) const
{
    UsageFact f;
    f.start = start;
    f.bucket = BucketWidth::Day;
    f.provider = QStringLiteral("anthropic");
    f.model = jsonString(row, "model");
    f.account = jsonString(row, "workspace_id");
    const QString tier = jsonString(row, "service_tier");
    f.serviceTier = tierOf(tier);
    const QString window = jsonString(row, "context_window");
    QStringList tags;
    if (!window.isEmpty())
        tags << QStringLiteral("context_window:") + window;
    // inference_geo is where the model ran: "global" or "us" become the region;
    // "not_available" (a model that cannot choose) leaves it empty.
    const QString geo = jsonString(row, "inference_geo");
    f.region = geo == u"not_available" ? QString() : geo;
    if (cost) {
        const QString currency = jsonString(row, "currency");
        if (!currency.isEmpty() && currency != u"USD")
            return Error{
                QCoreApplication::translate(
                    "tl::providers::AnthropicClient", "Cost report row has currency '%1'; only USD is supported.")
                    .arg(currency)};
        const QJsonValue amount = row.value(QLatin1String("amount"));
        const auto cents = amount.isString() ? Money::parse(amount.toString())
                                             : std::optional<Money>(jsonMoney(amount));
        if (!cents)
            return Error{QCoreApplication::translate(
                             "tl::providers::AnthropicClient", "Cost report row has an unreadable amount '%1'.")
                             .arg(amount.toString())};
        f.billedCost = cents->mulDiv(1, 100); // the report's amounts are cents
        const QString description = jsonString(row, "description");
        if (!description.isEmpty())
            tags << QStringLiteral("description:") + description;
        const QString costType = jsonString(row, "cost_type");
        if (!costType.isEmpty())
            tags << QStringLiteral("cost_type:") + costType;
        f.tags = canonicalTags(tags);
        f.recordKey = recordKey(QStringLiteral("cost"), start,
                                {f.account, description, f.model, tier,
                                 jsonString(row, "token_type"), window, geo, costType});
        return f;
    }
    f.apiKey = jsonString(row, "api_key_id");
    const QString speed = jsonString(row, "speed");
    if (!speed.isEmpty())
        tags << QStringLiteral("speed:") + speed;
    // Both change the price (catalog rules, pricing/RequestModifiers.h).
    if (geo == u"us")
        f.modifiers |= pricing::UsOnlyInference;
    if (speed == u"fast")
        f.modifiers |= pricing::FastMode;
    f.tags = canonicalTags(tags);
    TokenCounts &t = f.tokens;
    t.uncachedInput = jsonInt(row, "uncached_input_tokens");
    t.cacheRead = jsonInt(row, "cache_read_input_tokens");
    const QJsonObject creation = row.value(QLatin1String("cache_creation")).toObject();
    t.cacheWrite5m = jsonInt(creation, "ephemeral_5m_input_tokens");
    t.cacheWrite1h = jsonInt(creation, "ephemeral_1h_input_tokens");
    t.output = jsonInt(row, "output_tokens");
    t.webSearches =
        jsonInt(row.value(QLatin1String("server_tool_use")).toObject(), "web_search_requests");
    QStringList group{f.account, f.apiKey, f.model, tier, window, geo};
    if (!speed.isEmpty()) // keys of rows without a speed stay as they were before it existed
        group << speed;
    f.recordKey = recordKey(QStringLiteral("usage"), start, group);
    return f;
}

Result<QList<UsageFact>> AnthropicClient::fetchReport(bool cost, std::int64_t from, std::int64_t to,
                                                      FetchStats &stats)
{
    QList<UsageFact> facts;
    QString page;
    for (int pageNo = 1;; ++pageNo) {
        auto resp = m_http.send(request(cost, from, to, 31, page));
        if (!resp)
            return resp.error();
        auto next = readPage(cost, *resp, page, pageNo, facts, stats);
        if (!next)
            return next.error();
        if (next->isEmpty())
            break;
        page = *next;
    }
    return facts;
}

Result<QString> AnthropicClient::readPage(bool cost, const HttpResponse &response,
                                          const QString &page, int pageNo,
                                          QList<UsageFact> &facts, FetchStats &stats)
{
    const QString &path = cost ? kCostPath : kUsagePath;
    auto body = parseObject(response, path, pageNo);
    if (!body)
        return body.error();
    auto data = dataArray(*body, path, pageNo);
    if (!data)
        return data.error();
    for (const QJsonValue &b : *data) {
        const QJsonObject bucket = b.toObject();
        const auto start = parseRfc3339(jsonString(bucket, "starting_at"));
        if (!start)
            return Error{
                QCoreApplication::translate(
                    "tl::providers::AnthropicClient", "%1 (page %2): bucket with unreadable starting_at '%3'.")
                    .arg(path)
                    .arg(pageNo)
                    .arg(jsonString(bucket, "starting_at"))};
        ++stats.buckets;
        for (const QJsonValue &r : bucket.value(QLatin1String("results")).toArray()) {
            ++stats.rows;
            auto fact = toFact(cost, *start, r.toObject());
            if (!fact)
                return fact.error();
            if (Status s = checkCounts(*fact, path, pageNo); !s)
                return s.error();
            facts << std::move(fact).value();
        }
    }
    pageRead(stats);
    return nextPage(*body, page, path, pageNo);
}

Result<QList<UsageFact>> AnthropicClient::fetch(std::int64_t from, std::int64_t to,
                                                FetchStats &stats)
{
    auto usage = fetchReport(false, from, to, stats);
    if (!usage)
        return usage.error();
    if (m_connection.options.value(QLatin1String("skip_cost_report")).toBool())
        return usage;
    auto costs = usesCostAnalytics() ? fetchAnalyticsCost(from, to, stats) : fetchReport(true, from, to, stats);
    if (!costs)
        return costs.error();
    return *usage + *costs;
}

Status AnthropicClient::probe()
{
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    const std::int64_t day = now - now % 86400;
    const bool analytics = usesCostAnalytics();
    auto resp = m_http.send(analytics ? analyticsRequest(day - 86400, day, {}) : request(true, day - 86400, day, 1, {}));
    if (!resp)
        return resp.error();
    auto body = parseObject(*resp, analytics ? kAnalyticsCostPath : kCostPath, 1);
    if (!body)
        return body.error();
    return {};
}

} // namespace tl::providers
