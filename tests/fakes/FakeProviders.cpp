#include "FakeProviders.h"

#include "providers/SigV4.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace tl::test {

namespace {

constexpr qint64 kDay = 86400;

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse openAiError(int status, const char *type, const QString &message)
{
    return FakeResponse::json(status,
                              toJson({{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("message"), message},
                                                   {QStringLiteral("type"), QLatin1String(type)},
                                                   {QStringLiteral("param"), QJsonValue::Null},
                                                   {QStringLiteral("code"), QJsonValue::Null}}}}));
}

QByteArray pageToken(qint64 offset)
{
    return "page_" + QByteArray::number(offset).toBase64();
}

qint64 pageOffset(const QByteArray &token)
{
    return token.startsWith("page_") ? QByteArray::fromBase64(token.mid(5)).toLongLong() : 0;
}

// Rows as the API returns them: keys the request did not group by are null.
QJsonArray grouped(const QJsonArray &rows, const QByteArrayList &groupBy,
                   const QStringList &groupKeys)
{
    QJsonArray out;
    for (const QJsonValue &v : rows) {
        QJsonObject row = v.toObject();
        for (const QString &k : groupKeys)
            if (!groupBy.contains(k.toUtf8()))
                row.insert(k, QJsonValue::Null);
        out.append(row);
    }
    return out;
}

QString rfc3339(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

FakeResponse FakeOpenAi::handle(const FakeRequest &request)
{
    if (request.header("Authorization") == "Bearer " + readOnlyKey)
        return openAiError(403, "invalid_request_error",
                           QStringLiteral("This key does not have the api.usage.read scope."));
    if (request.header("Authorization") != "Bearer " + adminKey) {
        // Like the real API, echo the key masked but for its first and last characters.
        const QByteArray sent = request.header("Authorization").mid(7);
        const QString masked = QString::fromLatin1(
            sent.left(8) + QByteArray(std::max<qsizetype>(0, sent.size() - 12), '*') +
            sent.right(4));
        return openAiError(401, "invalid_request_error",
                           QStringLiteral("Incorrect API key provided: %1.").arg(masked));
    }
    if (request.path.endsWith("/spend_limit") || request.path.endsWith("/spend_alerts")
        || request.path == "/v1/organization/projects")
        return handleSpendControls(request);
    QString endpoint;
    if (request.path == "/v1/organization/costs")
        endpoint = QStringLiteral("costs");
    else if (request.path.startsWith("/v1/organization/usage/"))
        endpoint = QString::fromUtf8(request.path.mid(23));
    else
        return openAiError(404, "invalid_request_error", QStringLiteral("Unknown path"));
    bool ok = false;
    const qint64 start = request.queryValue("start_time").toLongLong(&ok);
    if (!ok)
        return openAiError(400, "invalid_request_error", QStringLiteral("start_time is required"));
    const int limit =
        request.queryValue("limit").isEmpty() ? 7 : request.queryValue("limit").toInt();
    const qint64 end = request.queryValue("end_time").isEmpty()
                           ? start + limit * kDay
                           : request.queryValue("end_time").toLongLong();
    const qint64 offset = pageOffset(request.queryValue("page"));
    const QByteArrayList groupBy = request.queryArray("group_by");
    const QStringList keys =
        endpoint == u"costs"
            ? QStringList{QStringLiteral("project_id"), QStringLiteral("line_item"),
                          QStringLiteral("api_key_id")}
            : QStringList{QStringLiteral("project_id"), QStringLiteral("user_id"),
                          QStringLiteral("api_key_id"), QStringLiteral("model"),
                          QStringLiteral("batch"),      QStringLiteral("service_tier")};
    const QString object = endpoint == u"costs"
                               ? QStringLiteral("organization.costs.result")
                               : QStringLiteral("organization.usage.%1.result").arg(endpoint);
    const qint64 first = start - start % kDay;
    QJsonArray data;
    const int pageSize = std::min(limit, maxBucketsPerPage);
    qint64 day = first + offset * kDay;
    for (int n = 0; n < pageSize && day < end; ++n, day += kDay) {
        QJsonArray results = grouped(rows.value(endpoint).value(day), groupBy, keys);
        for (QJsonValueRef r : results) {
            QJsonObject o = r.toObject();
            o.insert(QStringLiteral("object"), object);
            r = o;
        }
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("bucket")},
                                {QStringLiteral("start_time"), day},
                                {QStringLiteral("end_time"), day + kDay},
                                {QStringLiteral("results"), results}});
    }
    const bool more = day < end;
    return FakeResponse::json(
        200, toJson({{QStringLiteral("object"), QStringLiteral("page")},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("has_more"), more},
                     {QStringLiteral("next_page"),
                      more ? QJsonValue(QString::fromLatin1(pageToken((day - first) / kDay)))
                           : QJsonValue(QJsonValue::Null)}}));
}

// A cursor-paged list as the admin API writes it: limit (at most maxListPage here), after=<id>.
namespace {
FakeResponse cursorPage(const FakeRequest &request, const QJsonArray &all, int maxPage)
{
    const int limit = std::min(request.queryValue("limit").isEmpty() ? 20 : request.queryValue("limit").toInt(), maxPage);
    const QString after = QString::fromUtf8(request.queryValue("after"));
    qsizetype from = 0;
    if (!after.isEmpty()) {
        while (from < all.size() && all.at(from).toObject().value(QStringLiteral("id")).toString() != after)
            ++from;
        ++from;
    }
    QJsonArray page;
    for (qsizetype i = from; i < all.size() && page.size() < limit; ++i)
        page.append(all.at(i));
    const bool more = from + page.size() < all.size();
    const auto idAt = [&page](qsizetype i) {
        return page.isEmpty() ? QJsonValue() : QJsonValue(page.at(i).toObject().value(QStringLiteral("id")));
    };
    return FakeResponse::json(200, toJson({{QStringLiteral("object"), QStringLiteral("list")},
                                           {QStringLiteral("data"), page},
                                           {QStringLiteral("first_id"), idAt(0)},
                                           {QStringLiteral("last_id"), idAt(page.size() - 1)},
                                           {QStringLiteral("has_more"), more}}));
}
} // namespace

FakeResponse FakeOpenAi::handleSpendControls(const FakeRequest &request)
{
    if (request.path == "/v1/organization/projects") {
        QJsonArray all;
        for (const auto &[id, name] : projects)
            all.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("object"), QStringLiteral("organization.project")},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("created_at"), 1735689600},
                                   {QStringLiteral("archived_at"), QJsonValue()},
                                   {QStringLiteral("status"), archivedProjects.contains(id) ? QStringLiteral("archived")
                                                                                             : QStringLiteral("active")}});
        return cursorPage(request, all, maxListPage);
    }
    // /v1/organization/spend_… or /v1/organization/projects/<id>/spend_…
    QString scope;
    const QByteArray prefix = "/v1/organization/projects/";
    if (request.path.startsWith(prefix)) {
        const QByteArray rest = request.path.mid(prefix.size());
        scope = QString::fromUtf8(QByteArray::fromPercentEncoding(rest.left(rest.indexOf('/'))));
        const bool known = std::any_of(projects.begin(), projects.end(), [&](const auto &p) { return p.first == scope; });
        if (!known)
            return openAiError(404, "invalid_request_error", QStringLiteral("No such project: %1").arg(scope));
    }
    const QString object = scope.isEmpty() ? QStringLiteral("organization") : QStringLiteral("project");
    if (request.path.endsWith("/spend_limit")) {
        if (!spendLimits.contains(scope))
            return openAiError(404, "invalid_request_error", QStringLiteral("No spend limit is set."));
        return FakeResponse::json(200, toJson({{QStringLiteral("object"), QString(object + QStringLiteral(".spend_limit"))},
                                               {QStringLiteral("threshold_amount"), QJsonValue(spendLimits.value(scope))},
                                               {QStringLiteral("currency"), QStringLiteral("USD")},
                                               {QStringLiteral("interval"), QStringLiteral("month")},
                                               {QStringLiteral("enforcement"),
                                                QJsonObject{{QStringLiteral("status"), QStringLiteral("inactive")}}}}));
    }
    QJsonArray all;
    int n = 0;
    for (qint64 cents : spendAlerts.value(scope))
        all.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("alert_%1_%2").arg(scope.isEmpty() ? QStringLiteral("org") : scope).arg(++n)},
            {QStringLiteral("object"), QString(object + QStringLiteral(".spend_alert"))},
            {QStringLiteral("threshold_amount"), QJsonValue(cents)},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("interval"), QStringLiteral("month")},
            {QStringLiteral("notification_channel"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                         {QStringLiteral("recipients"), QJsonArray{QStringLiteral("finance@example.com")}}}}});
    return cursorPage(request, all, maxListPage);
}

FakeResponse FakeOpenAi::faultResponse(const Fault &f) const
{
    // OpenAI tells a rate limit from an empty purse only by type/code: rate_limit_exceeded
    // (retry after Retry-After) versus insufficient_quota (retrying cannot help).
    const QByteArray code =
        !f.errorCode.isEmpty() ? f.errorCode : f.status == 429 ? "rate_limit_exceeded" : "";
    const QByteArray type = code == "insufficient_quota" ? code
                            : f.status == 429            ? QByteArray("requests")
                                                         : QByteArray("server_error");
    FakeResponse r = FakeResponse::json(
        f.status,
        toJson({{QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("message"),
                              code == "insufficient_quota"
                                  ? QStringLiteral("You exceeded your current quota, please "
                                                   "check your plan and billing details.")
                                  : QStringLiteral("Rate limit reached for requests.")},
                             {QStringLiteral("type"), QString::fromLatin1(type)},
                             {QStringLiteral("param"), QJsonValue::Null},
                             {QStringLiteral("code"), code.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(QString::fromLatin1(code))}}}}));
    if (!f.retryAfter.isEmpty())
        r.headers.append(qMakePair(QByteArray("Retry-After"), f.retryAfter));
    return r;
}

FakeResponse FakeAnthropic::faultResponse(const Fault &f) const
{
    const QByteArray type = !f.errorCode.isEmpty() ? f.errorCode
                            : f.status == 529      ? QByteArray("overloaded_error")
                            : f.status == 429      ? QByteArray("rate_limit_error")
                                                   : QByteArray("api_error");
    FakeResponse r = FakeResponse::json(
        f.status, toJson({{QStringLiteral("type"), QStringLiteral("error")},
                          {QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                       {QStringLiteral("message"),
                                        type == "overloaded_error" ? QStringLiteral("Overloaded")
                                                                   : QStringLiteral("Injected fault")}}},
                          {QStringLiteral("request_id"), QStringLiteral("req_fake")}}));
    if (!f.retryAfter.isEmpty())
        r.headers.append(qMakePair(QByteArray("retry-after"), f.retryAfter));
    return r;
}

FakeResponse FakeAnthropic::analyticsCost(const FakeRequest &request)
{
    const auto error = [](int status, const char *type, const QString &message) {
        return FakeResponse::json(
            status, toJson({{QStringLiteral("type"), QStringLiteral("error")},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                         {QStringLiteral("message"), message}}}}));
    };
    if (!request.header("anthropic-beta").contains("analytics-usage-cost-2026-08-24"))
        return error(400, "invalid_request_error",
                     QStringLiteral("The analytics API requires the analytics-usage-cost-2026-08-24 beta"));
    const QDateTime startAt =
        QDateTime::fromString(QString::fromUtf8(request.queryValue("starting_at")), Qt::ISODate);
    if (!startAt.isValid())
        return error(400, "invalid_request_error", QStringLiteral("starting_at is required"));
    const qint64 start = startAt.toSecsSinceEpoch();
    const QDateTime endAt =
        QDateTime::fromString(QString::fromUtf8(request.queryValue("ending_at")), Qt::ISODate);
    const qint64 end = endAt.isValid() ? endAt.toSecsSinceEpoch() : start + 31 * kDay;
    const qint64 offset = pageOffset(request.queryValue("page"));
    const QByteArrayList groupBy = request.queryArray("group_by");
    const qint64 first = start - start % kDay;
    QJsonArray data;
    qint64 day = first + offset * kDay;
    for (int n = 0; n < maxBucketsPerPage && day < end; ++n, day += kDay) {
        for (const QJsonValue &v : analyticsCosts.value(day)) {
            const QJsonObject item = v.toObject();
            QJsonObject group;
            const QJsonObject all = item.value(QLatin1String("group")).toObject();
            for (auto it = all.constBegin(); it != all.constEnd(); ++it)
                if (groupBy.contains(it.key().toUtf8()))
                    group.insert(it.key(), it.value());
            data.append(QJsonObject{{QStringLiteral("starting_at"), rfc3339(day)},
                                    {QStringLiteral("ending_at"), rfc3339(day + kDay)},
                                    {QStringLiteral("group"), group},
                                    {QStringLiteral("cost"), item.value(QLatin1String("cost"))}});
        }
    }
    const bool more = day < end;
    return FakeResponse::json(
        200, toJson({{QStringLiteral("data"), data},
                     {QStringLiteral("has_more"), more},
                     {QStringLiteral("next_page"),
                      more ? QJsonValue(QString::fromLatin1(pageToken((day - first) / kDay)))
                           : QJsonValue()}}));
}

FakeResponse FakeAnthropic::handle(const FakeRequest &request)
{
    const auto error = [](int status, const char *type, const QString &message) {
        return FakeResponse::json(
            status, toJson({{QStringLiteral("type"), QStringLiteral("error")},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                         {QStringLiteral("message"), message}}}}));
    };
    if (request.header("anthropic-version").isEmpty())
        return error(400, "invalid_request_error",
                     QStringLiteral("anthropic-version header is required"));
    if (request.header("x-api-key") == readOnlyKey)
        return error(403, "permission_error", QStringLiteral("Admin API requires an admin key"));
    if (request.header("x-api-key") != adminKey)
        return error(401, "authentication_error", QStringLiteral("invalid x-api-key"));
    if (request.path == "/v1/organizations/analytics/cost")
        return analyticsCost(request);
    const bool cost = request.path == "/v1/organizations/cost_report";
    if (!cost && request.path != "/v1/organizations/usage_report/messages")
        return error(404, "not_found_error", QStringLiteral("Unknown path"));
    const QDateTime startAt =
        QDateTime::fromString(QString::fromUtf8(request.queryValue("starting_at")), Qt::ISODate);
    if (!startAt.isValid())
        return error(400, "invalid_request_error", QStringLiteral("starting_at is required"));
    const qint64 start = startAt.toSecsSinceEpoch();
    const int limit =
        request.queryValue("limit").isEmpty() ? 7 : request.queryValue("limit").toInt();
    const QDateTime endAt =
        QDateTime::fromString(QString::fromUtf8(request.queryValue("ending_at")), Qt::ISODate);
    const qint64 end = endAt.isValid() ? endAt.toSecsSinceEpoch() : start + limit * kDay;
    const qint64 offset = pageOffset(request.queryValue("page"));
    const QByteArrayList groupBy = request.queryArray("group_by");
    const QStringList keys =
        cost ? QStringList{QStringLiteral("workspace_id"), QStringLiteral("description")}
             : QStringList{QStringLiteral("api_key_id"),    QStringLiteral("workspace_id"),
                           QStringLiteral("model"),         QStringLiteral("service_tier"),
                           QStringLiteral("context_window"), QStringLiteral("inference_geo"),
                           QStringLiteral("speed")};
    if (!cost && groupBy.contains("speed") &&
        !request.header("anthropic-beta").contains("fast-mode-2026-02-01"))
        return error(400, "invalid_request_error",
                     QStringLiteral("Grouping by speed requires the fast-mode-2026-02-01 beta"));
    const qint64 first = start - start % kDay;
    QJsonArray data;
    const int pageSize = std::min(limit, maxBucketsPerPage);
    qint64 day = first + offset * kDay;
    for (int n = 0; n < pageSize && day < end; ++n, day += kDay) {
        QJsonArray results = (cost ? costs : usage).value(day);
        if (cost && !groupBy.contains("description")) {
            // Without description grouping the detail fields are null.
            QJsonArray stripped;
            for (const QJsonValue &v : results) {
                QJsonObject o = v.toObject();
                for (const char *k : {"description", "cost_type", "token_type", "model",
                                      "service_tier", "context_window"})
                    o.insert(QLatin1String(k), QJsonValue::Null);
                stripped.append(o);
            }
            results = stripped;
        } else if (!cost) {
            results = grouped(results, groupBy, keys);
        }
        data.append(QJsonObject{{QStringLiteral("starting_at"), rfc3339(day)},
                                {QStringLiteral("ending_at"), rfc3339(day + kDay)},
                                {QStringLiteral("results"), results}});
    }
    const bool more = day < end;
    return FakeResponse::json(
        200, toJson({{QStringLiteral("data"), data},
                     {QStringLiteral("has_more"), more},
                     {QStringLiteral("next_page"),
                      more ? QJsonValue(QString::fromLatin1(pageToken((day - first) / kDay)))
                           : QJsonValue(QJsonValue::Null)}}));
}

void FakeAws::addGroup(qint64 day, const QString &usageType, const QString &account,
                       const QString &cost, const QString &quantity)
{
    groups[day].append(
        QJsonObject{{QStringLiteral("Keys"), QJsonArray{usageType, account}},
                    {QStringLiteral("Metrics"),
                     QJsonObject{{QStringLiteral("UnblendedCost"),
                                  QJsonObject{{QStringLiteral("Amount"), cost},
                                              {QStringLiteral("Unit"), QStringLiteral("USD")}}},
                                 {QStringLiteral("UsageQuantity"),
                                  QJsonObject{{QStringLiteral("Amount"), quantity},
                                              {QStringLiteral("Unit"), QStringLiteral("N/A")}}}}}});
}

FakeResponse FakeAws::faultResponse(const Fault &f) const
{
    if (f.errorCode.isEmpty())
        return FakeHttpServer::faultResponse(f);
    const bool throttle = f.errorCode.contains("Throttl") || f.errorCode.contains("LimitExceeded");
    QJsonObject body{{QStringLiteral("message"), throttle ? QStringLiteral("Rate exceeded")
                                                          : QStringLiteral("1 validation error detected")}};
    FakeResponse r;
    if (f.codeInHeaderOnly) {
        r = FakeResponse::json(f.status, toJson(body));
        r.headers.append(qMakePair(
            QByteArray("x-amzn-ErrorType"),
            f.errorCode + ":http://internal.amazon.com/coral/com.amazon.coral.availability/"));
    } else {
        body.insert(QStringLiteral("__type"), QString::fromLatin1(f.errorCode));
        r = FakeResponse::json(f.status, toJson(body));
    }
    r.headers.append(qMakePair(QByteArray("x-amzn-RequestId"), QByteArray("fake-throttled-id")));
    if (!f.retryAfter.isEmpty())
        r.headers.append(qMakePair(QByteArray("Retry-After"), f.retryAfter));
    return r;
}

bool FakeAws::isPaged(const FakeRequest &request) const
{
    return request.body.contains("NextPageToken");
}

bool FakeAws::checkSignature(const FakeRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("AWS4-HMAC-SHA256 ")) {
        lastSignatureProblem = QStringLiteral("no SigV4 Authorization header");
        return false;
    }
    QByteArray credential, signedHeaders, signature;
    for (QByteArray part : auth.mid(17).split(',')) {
        part = part.trimmed();
        if (part.startsWith("Credential="))
            credential = part.mid(11);
        else if (part.startsWith("SignedHeaders="))
            signedHeaders = part.mid(14);
        else if (part.startsWith("Signature="))
            signature = part.mid(10);
    }
    const QByteArrayList scope = credential.split('/');
    if (scope.size() != 5 || scope[0] != accessKeyId || scope[3] != "ce" ||
        scope[4] != "aws4_request") {
        lastSignatureProblem = QStringLiteral("unknown access key or wrong scope");
        return false;
    }
    const QByteArrayList names = signedHeaders.split(';');
    for (const char *required : {"host", "x-amz-date", "x-amz-target"})
        if (!names.contains(required)) {
            lastSignatureProblem = QStringLiteral("%1 is not signed").arg(QLatin1String(required));
            return false;
        }
    if (!sessionToken.isEmpty() && (request.header("X-Amz-Security-Token") != sessionToken ||
                                    !names.contains("x-amz-security-token"))) {
        lastSignatureProblem = QStringLiteral("session token missing or not signed");
        return false;
    }
    providers::SigV4::Request r;
    r.method = request.method;
    r.path = request.path;
    r.body = request.body;
    for (const QByteArray &n : names)
        r.headers.append(qMakePair(n, request.header(n)));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(request.header("X-Amz-Date")),
                                                 QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    const providers::SigV4 signer(scope[2], "ce");
    const QByteArray expected =
        signer.authorization(r, {accessKeyId, secretAccessKey, sessionToken}, utc);
    if (!expected.endsWith(QByteArray("Signature=" + signature))) {
        lastSignatureProblem = QStringLiteral("signature mismatch");
        return false;
    }
    return true;
}

FakeResponse FakeAws::handle(const FakeRequest &request)
{
    const auto error = [](int status, const char *type, const QString &message) {
        return FakeResponse::json(status, toJson({{QStringLiteral("__type"), QLatin1String(type)},
                                                  {QStringLiteral("message"), message}}));
    };
    if (request.method != "POST")
        return error(400, "com.amazon.coral.service#UnknownOperationException",
                     QStringLiteral("POST only"));
    if (!checkSignature(request))
        return error(403, "com.amazon.coral.service#InvalidSignatureException",
                     lastSignatureProblem);
    if (request.header("X-Amz-Target") != "AWSInsightsIndexService.GetCostAndUsage")
        return error(400, "com.amazon.coral.service#UnknownOperationException",
                     QStringLiteral("unknown target"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject period = body.value(QStringLiteral("TimePeriod")).toObject();
    const QDate startDay =
        QDate::fromString(period.value(QStringLiteral("Start")).toString(), Qt::ISODate);
    const QDate endDay =
        QDate::fromString(period.value(QStringLiteral("End")).toString(), Qt::ISODate);
    if (!startDay.isValid() || !endDay.isValid() ||
        body.value(QStringLiteral("Granularity")).toString() != u"DAILY")
        return error(400, "ValidationException",
                     QStringLiteral("TimePeriod and DAILY granularity required"));
    const QJsonArray services = body.value(QStringLiteral("Filter"))
                                    .toObject()
                                    .value(QStringLiteral("Dimensions"))
                                    .toObject()
                                    .value(QStringLiteral("Values"))
                                    .toArray();
    const bool serviceMatches = services.contains(service);
    bool byAccount = false;
    for (const QJsonValue &g : body.value(QStringLiteral("GroupBy")).toArray())
        byAccount |= g.toObject().value(QStringLiteral("Key")).toString() == u"LINKED_ACCOUNT";
    const QString token = body.value(QStringLiteral("NextPageToken")).toString();
    const qint64 offset = token.isEmpty() ? 0 : token.mid(4).toLongLong();
    const qint64 first = QDateTime(startDay, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 end = QDateTime(endDay, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QJsonArray results;
    qint64 day = first + offset * kDay;
    for (int n = 0; n < maxDaysPerPage && day < end; ++n, day += kDay) {
        QJsonArray out;
        if (serviceMatches) {
            for (const QJsonValue &v : groups.value(day)) {
                QJsonObject g = v.toObject();
                if (!byAccount)
                    g.insert(QStringLiteral("Keys"),
                             QJsonArray{g.value(QStringLiteral("Keys")).toArray().at(0)});
                out.append(g);
            }
        }
        const QDate d = QDateTime::fromSecsSinceEpoch(day, QTimeZone::utc()).date();
        results.append(
            QJsonObject{{QStringLiteral("TimePeriod"),
                         QJsonObject{{QStringLiteral("Start"), d.toString(Qt::ISODate)},
                                     {QStringLiteral("End"), d.addDays(1).toString(Qt::ISODate)}}},
                        {QStringLiteral("Total"), QJsonObject()},
                        {QStringLiteral("Groups"), out},
                        {QStringLiteral("Estimated"), false}});
    }
    QJsonObject response{
        {QStringLiteral("GroupDefinitions"), body.value(QStringLiteral("GroupBy"))},
        {QStringLiteral("ResultsByTime"), results}};
    if (day < end)
        response.insert(QStringLiteral("NextPageToken"),
                        QStringLiteral("tok-%1").arg((day - first) / kDay));
    FakeResponse r = FakeResponse::json(200, toJson(response));
    r.headers.append(qMakePair(QByteArray("x-amzn-RequestId"), QByteArray("fake-request-id")));
    return r;
}

} // namespace tl::test
