#include "FakeAzure.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

namespace tl::test {

namespace {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse azureError(int status, const QString &code, const QString &message)
{
    return FakeResponse::json(status, toJson({{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message}}}}));
}

} // namespace

bool FakeAzure::isPaged(const FakeRequest &request) const
{
    return !request.queryValue("$skiptoken").isEmpty();
}

FakeResponse FakeAzure::faultResponse(const Fault &f) const
{
    if (f.status != 429)
        return azureError(f.status, QString::number(f.status), QStringLiteral("injected fault"));
    FakeResponse r = azureError(429, QStringLiteral("429"),
                                QStringLiteral("Too many requests. Please retry."));
    if (!f.retryAfter.isEmpty()) {
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(f.retryAfter)));
        // Cost Management's own quota headers: the longest wait is the one that counts.
        r.headers.append(qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after"), QByteArray(f.retryAfter)));
        r.headers.append(qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-entity-retry-after"), QByteArray("1")));
        r.headers.append(qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-qpu-remaining"), QByteArray("QueryResource=0")));
    }
    return r;
}

FakeResponse FakeAzure::handle(const FakeRequest &request)
{
    if (request.path == "/" + QUrl::toPercentEncoding(tenant) + "/oauth2/v2.0/token")
        return token(request);
    if (request.path.endsWith("/providers/Microsoft.CostManagement/query"))
        return query(request);
    return azureError(404, QStringLiteral("NotFound"), QStringLiteral("no such path"));
}

FakeResponse FakeAzure::token(const FakeRequest &request)
{
    const auto invalid = [](const char *code, const char *description) {
        return FakeResponse::json(
            400, toJson({{QStringLiteral("error"), QLatin1String(code)},
                         {QStringLiteral("error_description"), QLatin1String(description)}}));
    };
    if (request.method != "POST" ||
        !request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return invalid("invalid_request", "AADSTS900144: form-encoded POST expected");
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("grant_type") != u"client_credentials")
        return invalid("unsupported_grant_type", "AADSTS70003: grant type not supported");
    if (field("client_id") != clientId || field("client_secret").toUtf8() != clientSecret)
        return FakeResponse::json(
            401, toJson({{QStringLiteral("error"), QStringLiteral("invalid_client")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("AADSTS7000215: Invalid client secret provided.")}}));
    if (!field("scope").endsWith(QLatin1String("/.default")))
        return invalid("invalid_scope", "AADSTS70011: the scope must end in /.default");
    const QByteArray token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.fake-azure-token-" +
                             QByteArray::number(++m_issued);
    m_valid.insert(token);
    return FakeResponse::json(200, toJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("expires_in"), expiresIn},
                                           {QStringLiteral("ext_expires_in"), expiresIn},
                                           {QStringLiteral("access_token"), QString::fromLatin1(token)}}));
}

FakeResponse FakeAzure::query(const FakeRequest &request)
{
    if (++m_attempts == expireTokensAtQuery)
        expireTokens();
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return azureError(401, QStringLiteral("AuthenticationFailed"),
                          QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
    if (!m_valid.contains(auth.mid(7)))
        return azureError(401, QStringLiteral("ExpiredAuthenticationToken"),
                          QStringLiteral("The access token expiry UTC time is earlier than current UTC time."));
    if (request.method != "POST" || request.queryValue("api-version").isEmpty())
        return azureError(400, QStringLiteral("BadRequest"), QStringLiteral("POST with api-version expected"));
    const QByteArray expectedPath = scope.toUtf8() + "/providers/Microsoft.CostManagement/query";
    if (request.path.compare(expectedPath, Qt::CaseInsensitive) != 0)
        return azureError(404, QStringLiteral("NotFound"), QStringLiteral("unknown scope"));
    ++m_queries;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    lastQueryBody = body;
    const QJsonObject dataset = body.value(QStringLiteral("dataset")).toObject();
    if (body.value(QStringLiteral("timeframe")).toString() != u"Custom" ||
        dataset.value(QStringLiteral("granularity")).toString() != u"Daily")
        return azureError(400, QStringLiteral("BadRequest"), QStringLiteral("Custom timeframe, Daily granularity expected"));
    const QJsonArray grouping = dataset.value(QStringLiteral("grouping")).toArray();
    if (grouping.size() > 2)
        return azureError(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Query can have up to 2 group by clauses."));
    const QJsonObject period = body.value(QStringLiteral("timePeriod")).toObject();
    const QDateTime from = QDateTime::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from.daysTo(to) > 366)
        return azureError(400, QStringLiteral("BadRequest"), QStringLiteral("bad timePeriod"));
    QString second;
    for (const QJsonValue &g : grouping) {
        const QJsonObject o = g.toObject();
        if (o.value(QStringLiteral("name")).toString() != u"Meter")
            second = o.value(QStringLiteral("type")).toString() == u"TagKey"
                         ? QStringLiteral("tag:") + o.value(QStringLiteral("name")).toString()
                         : o.value(QStringLiteral("name")).toString();
    }

    QJsonArray columns{QJsonObject{{QStringLiteral("name"), QStringLiteral("Cost")}, {QStringLiteral("type"), QStringLiteral("Number")}},
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("UsageQuantity")}, {QStringLiteral("type"), QStringLiteral("Number")}},
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("UsageDate")}, {QStringLiteral("type"), QStringLiteral("Number")}},
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Meter")}, {QStringLiteral("type"), QStringLiteral("String")}}};
    if (second == u"ResourceId")
        columns.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ResourceId")}, {QStringLiteral("type"), QStringLiteral("String")}});
    else if (second.startsWith(QLatin1String("tag:"))) {
        columns.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("TagKey")}, {QStringLiteral("type"), QStringLiteral("String")}});
        columns.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("TagValue")}, {QStringLiteral("type"), QStringLiteral("String")}});
    }
    columns.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Currency")}, {QStringLiteral("type"), QStringLiteral("String")}});

    QJsonArray all;
    const qint64 first = from.toSecsSinceEpoch();
    const qint64 last = to.toSecsSinceEpoch();
    for (const Row &r : rows) {
        if (r.day < first || r.day > last)
            continue;
        const QDate d = QDateTime::fromSecsSinceEpoch(r.day, QTimeZone::utc()).date();
        QJsonArray row{r.cost, r.quantity, d.year() * 10000 + d.month() * 100 + d.day(), r.meter};
        if (second == u"ResourceId")
            row.append(r.resourceId);
        else if (second.startsWith(QLatin1String("tag:"))) {
            row.append(r.tagTeam.isEmpty() ? QString() : second.mid(4));
            row.append(r.tagTeam);
        }
        row.append(r.currency);
        all.append(row);
    }
    const int offset = request.queryValue("$skiptoken").toInt();
    QJsonArray page;
    for (int i = offset; i < all.size() && page.size() < maxRowsPerPage; ++i)
        page.append(all.at(i));
    QJsonObject props{{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), page}};
    if (offset + page.size() < all.size() && !foreignNextLink.isEmpty())
        props.insert(QStringLiteral("nextLink"), foreignNextLink);
    else if (offset + page.size() < all.size())
        props.insert(QStringLiteral("nextLink"),
                     QStringLiteral("%1%2?api-version=%3&$skiptoken=%4")
                         .arg(baseUrl(), QString::fromUtf8(request.path),
                              QString::fromUtf8(request.queryValue("api-version")))
                         .arg(offset + page.size()));
    else
        props.insert(QStringLiteral("nextLink"), QJsonValue::Null);
    return FakeResponse::json(
        200, toJson({{QStringLiteral("id"), QStringLiteral("%1/providers/Microsoft.CostManagement/query/fake").arg(scope)},
                     {QStringLiteral("name"), QStringLiteral("fake")},
                     {QStringLiteral("type"), QStringLiteral("Microsoft.CostManagement/query")},
                     {QStringLiteral("properties"), props}}));
}

} // namespace tl::test
