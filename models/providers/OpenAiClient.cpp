#include "providers/OpenAiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

#include <algorithm>

namespace tl::providers {

namespace {

QString tierOf(const QJsonObject &row)
{
    if (row.value(QLatin1String("batch")).toBool())
        return QStringLiteral("batch");
    const QString t = jsonString(row, "service_tier");
    if (t == u"flex" || t == u"priority" || t == u"batch")
        return t;
    return QStringLiteral("standard"); // default, auto, scale, or not grouped
}

} // namespace

QStringList OpenAiClient::defaultEndpoints()
{
    return {QStringLiteral("completions"), QStringLiteral("embeddings"), QStringLiteral("images"),
            QStringLiteral("costs")};
}

QStringList OpenAiClient::knownEndpoints()
{
    return defaultEndpoints() +
           QStringList{QStringLiteral("audio_transcriptions"), QStringLiteral("web_search_calls")};
}

QStringList OpenAiClient::groupBy(const QString &endpoint)
{
    if (endpoint == u"completions")
        return {QStringLiteral("project_id"), QStringLiteral("api_key_id"), QStringLiteral("model"),
                QStringLiteral("batch"), QStringLiteral("service_tier")};
    if (endpoint == u"costs")
        return {QStringLiteral("line_item"), QStringLiteral("project_id")};
    return {QStringLiteral("project_id"), QStringLiteral("api_key_id"), QStringLiteral("model")};
}

HttpRequest OpenAiClient::authorized(const QUrl &url) const
{
    HttpRequest r;
    r.url = url;
    r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + m_credentials.apiKey)));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

HttpRequest OpenAiClient::request(const QString &endpoint, std::int64_t from, std::int64_t to,
                                  int limit, const QString &page) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start_time"), QString::number(from));
    q.addQueryItem(QStringLiteral("end_time"), QString::number(to));
    q.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    for (const QString &g : groupBy(endpoint))
        q.addQueryItem(QStringLiteral("group_by[]"), g);
    for (const QJsonValue &p : m_connection.options.value(QLatin1String("project_ids")).toArray())
        q.addQueryItem(QStringLiteral("project_ids[]"), p.toString());
    if (!page.isEmpty())
        q.addQueryItem(QStringLiteral("page"), page);
    return authorized(endpointUrl(endpoint == u"costs" ? QStringLiteral("/organization/costs")
                                                       : QStringLiteral("/organization/usage/") + endpoint,
                                  q));
}

Result<UsageFact> OpenAiClient::toFact(const QString &endpoint, std::int64_t start,
                                       const QJsonObject &row) const
{
    UsageFact f;
    f.start = start;
    f.bucket = BucketWidth::Day;
    f.provider = QStringLiteral("openai");
    f.account = jsonString(row, "project_id");
    f.apiKey = jsonString(row, "api_key_id");
    f.user = jsonString(row, "user_id");
    if (endpoint == u"costs") {
        const QJsonObject amount = row.value(QLatin1String("amount")).toObject();
        const QString currency = amount.value(QLatin1String("currency")).toString();
        if (!currency.isEmpty() && currency.compare(QLatin1String("usd"), Qt::CaseInsensitive) != 0)
            return Error{
                QCoreApplication::translate(
                    "tl::providers::OpenAiClient", "Cost row in %1 has currency '%2'; only USD is supported.")
                    .arg(endpoint, currency)};
        f.billedCost = jsonMoney(amount.value(QLatin1String("value")));
        const QString lineItem = jsonString(row, "line_item");
        // Line items read like "gpt-4o-2024-08-06, input": the model is the part before the comma.
        f.model = lineItem.section(u',', 0, 0).trimmed();
        f.tags = lineItem.isEmpty() ? QString()
                                    : canonicalTags({QStringLiteral("line_item:") + lineItem});
        f.recordKey = recordKey(endpoint, start, {lineItem, f.account, f.apiKey});
        return f;
    }
    f.model = jsonString(row, "model");
    f.serviceTier = tierOf(row);
    TokenCounts &t = f.tokens;
    t.requests = jsonInt(row, "num_model_requests");
    if (endpoint == u"completions") {
        const std::int64_t input = jsonInt(row, "input_tokens");
        t.cacheRead = jsonInt(row, "input_cached_tokens");
        t.cacheWrite5m = jsonInt(row, "input_cache_write_tokens");
        // input_tokens includes cached and cache-write tokens; input_uncached_tokens (newer)
        // already excludes both.
        t.uncachedInput = row.contains(QLatin1String("input_uncached_tokens")) &&
                                  !row.value(QLatin1String("input_uncached_tokens")).isNull()
                              ? jsonInt(row, "input_uncached_tokens")
                              : input - t.cacheRead - t.cacheWrite5m;
        if (t.uncachedInput < 0)
            return Error{
                QCoreApplication::translate(
                    "tl::providers::OpenAiClient",
                    "Completions row at %1: input_tokens (%2) is smaller than its cached parts.")
                    .arg(start)
                    .arg(input)};
        t.output = jsonInt(row, "output_tokens");
        // Modality parts (newer fields): audio and image tokens of the input (cached ones
        // included, split out by input_cached_*), and of the output.
        t.audioCacheRead = std::min(jsonInt(row, "input_cached_audio_tokens"), t.cacheRead);
        t.imageCacheRead = std::min(jsonInt(row, "input_cached_image_tokens"), t.cacheRead - t.audioCacheRead);
        t.audioInput = std::clamp(jsonInt(row, "input_audio_tokens") - t.audioCacheRead, std::int64_t{0}, t.uncachedInput);
        t.imageInput = std::clamp(jsonInt(row, "input_image_tokens") - t.imageCacheRead, std::int64_t{0},
                                  t.uncachedInput - t.audioInput);
        t.audioOutput = std::min(jsonInt(row, "output_audio_tokens"), t.output);
        t.imageOutput = std::min(jsonInt(row, "output_image_tokens"), t.output - t.audioOutput);
    } else if (endpoint == u"embeddings") {
        t.uncachedInput = jsonInt(row, "input_tokens");
    } else if (endpoint == u"images") {
        t.images = jsonInt(row, "images");
    } else if (endpoint == u"audio_transcriptions") {
        t.audioMillis = jsonInt(row, "seconds") * 1000;
    } else if (endpoint == u"web_search_calls") {
        t.webSearches = jsonInt(row, "num_requests");
    }
    f.recordKey = recordKey(endpoint, start,
                            {f.account, f.apiKey, f.user, f.model, jsonString(row, "batch"),
                             jsonString(row, "service_tier"), jsonString(row, "size"),
                             jsonString(row, "source")});
    return f;
}

Result<QList<UsageFact>> OpenAiClient::fetchEndpoint(const QString &endpoint, std::int64_t from,
                                                     std::int64_t to, FetchStats &stats, int limit)
{
    QList<UsageFact> facts;
    QString page;
    for (int pageNo = 1;; ++pageNo) {
        auto resp = m_http.send(request(endpoint, from, to, limit, page));
        if (!resp)
            return resp.error();
        auto next = readPage(endpoint, *resp, page, pageNo, facts, stats);
        if (!next)
            return next.error();
        if (next->isEmpty())
            break;
        page = *next;
    }
    return facts;
}

Result<QString> OpenAiClient::readPage(const QString &endpoint, const HttpResponse &response,
                                       const QString &page, int pageNo, QList<UsageFact> &facts,
                                       FetchStats &stats)
{
    const QString path = endpoint == u"costs" ? QStringLiteral("/organization/costs")
                                              : QStringLiteral("/organization/usage/") + endpoint;
    auto body = parseObject(response, path, pageNo);
    if (!body)
        return body.error();
    auto data = dataArray(*body, path, pageNo);
    if (!data)
        return data.error();
    for (const QJsonValue &b : *data) {
        const QJsonObject bucket = b.toObject();
        const std::int64_t start = jsonInt(bucket, "start_time");
        ++stats.buckets;
        for (const QJsonValue &r : bucket.value(QLatin1String("results")).toArray()) {
            ++stats.rows;
            auto fact = toFact(endpoint, start, r.toObject());
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

Result<QList<UsageFact>> OpenAiClient::fetch(std::int64_t from, std::int64_t to, FetchStats &stats)
{
    QStringList endpoints;
    for (const QJsonValue &e : m_connection.options.value(QLatin1String("endpoints")).toArray())
        endpoints << e.toString();
    if (endpoints.isEmpty())
        endpoints = defaultEndpoints();
    QList<UsageFact> all;
    for (const QString &e : endpoints) {
        if (!knownEndpoints().contains(e))
            return Error{
                QCoreApplication::translate(
                    "tl::providers::OpenAiClient", "Unknown OpenAI endpoint '%1' in the connection options.")
                    .arg(e)};
        auto facts = fetchEndpoint(e, from, to, stats, 31);
        if (!facts)
            return facts.error();
        all += *facts;
    }
    return all;
}

Status OpenAiClient::probe()
{
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    auto resp = m_http.send(request(QStringLiteral("costs"), now - 86400, now, 1, {}));
    if (!resp)
        return resp.error();
    auto body = parseObject(*resp, QStringLiteral("/organization/costs"), 1);
    if (!body)
        return body.error();
    return {};
}

Result<std::optional<QJsonObject>> OpenAiClient::getObject(const QString &path, const QUrlQuery &query,
                                                          bool notFoundIsNone)
{
    auto resp = m_http.send(authorized(endpointUrl(path, query)));
    if (!resp) {
        if (notFoundIsNone && m_http.lastStatus() == 404)
            return std::optional<QJsonObject>();
        return resp.error();
    }
    auto body = parseObject(*resp, path, 1);
    if (!body)
        return body.error();
    return std::optional<QJsonObject>(*body);
}

Result<QJsonArray> OpenAiClient::getList(const QString &path)
{
    QJsonArray all;
    QString after;
    for (int pageNo = 1;; ++pageNo) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        auto body = getObject(path, q, false);
        if (!body)
            return body.error();
        auto data = dataArray(**body, path, pageNo);
        if (!data)
            return data.error();
        for (const QJsonValue &v : *data)
            all.append(v);
        auto next = nextPage(**body, after, path, pageNo, "last_id");
        if (!next)
            return next.error();
        if (next->isEmpty())
            return all;
        after = *next;
    }
}

Result<SpendControl> OpenAiClient::readControls(const QString &limitPath, const QString &alertsPath)
{
    SpendControl c;
    auto limit = getObject(limitPath, {}, true);
    if (!limit)
        return limit.error();
    // Amounts are whole cents of USD per month (the only currency and interval there are).
    const auto dollars = [](const QJsonObject &o) {
        return Money::fromNanos(jsonInt(o, "threshold_amount") * (Money::kNanosPerUnit / 100));
    };
    if (*limit && jsonInt(**limit, "threshold_amount") > 0)
        c.limit = dollars(**limit);
    auto alerts = getList(alertsPath);
    if (!alerts)
        return alerts.error();
    for (const QJsonValue &v : *alerts) {
        const QJsonObject a = v.toObject();
        if (jsonInt(a, "threshold_amount") > 0)
            c.alerts << dollars(a);
    }
    std::sort(c.alerts.begin(), c.alerts.end());
    c.alerts.erase(std::unique(c.alerts.begin(), c.alerts.end()), c.alerts.end());
    return c;
}

Result<QList<SpendControl>> OpenAiClient::fetchSpendControls()
{
    QList<SpendControl> out;
    auto org = readControls(QStringLiteral("/organization/spend_limit"), QStringLiteral("/organization/spend_alerts"));
    if (!org)
        return org.error();
    if (!org->isEmpty())
        out << *org;
    auto projects = getList(QStringLiteral("/organization/projects"));
    if (!projects)
        return projects.error();
    for (const QJsonValue &v : *projects) {
        const QJsonObject p = v.toObject();
        const QString id = jsonString(p, "id");
        if (id.isEmpty() || jsonString(p, "status") == u"archived")
            continue;
        const QString base = QStringLiteral("/organization/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
        auto c = readControls(base + QStringLiteral("/spend_limit"), base + QStringLiteral("/spend_alerts"));
        if (!c)
            return c.error();
        if (c->isEmpty())
            continue;
        c->projectId = id;
        c->projectName = jsonString(p, "name");
        out << *c;
    }
    return out;
}

} // namespace tl::providers
