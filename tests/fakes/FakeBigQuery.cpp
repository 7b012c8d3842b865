#include "FakeBigQuery.h"

#include "providers/Rs256Signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tl::test {

namespace {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse googleError(int status, const char *statusText, const char *reason, const QString &message)
{
    return FakeResponse::json(
        status, toJson({{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), status},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("status"), QLatin1String(statusText)},
                                     {QStringLiteral("errors"),
                                      QJsonArray{QJsonObject{{QStringLiteral("reason"), QLatin1String(reason)},
                                                             {QStringLiteral("message"), message}}}}}}}));
}

QByteArray fromBase64Url(const QByteArray &s)
{
    return QByteArray::fromBase64(s, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QStringList kColumns = {QStringLiteral("day"),     QStringLiteral("service"),
                              QStringLiteral("sku_id"),  QStringLiteral("sku"),
                              QStringLiteral("project"), QStringLiteral("region"),
                              QStringLiteral("labels"),  QStringLiteral("unit"),
                              QStringLiteral("currency"), QStringLiteral("usage_amount"),
                              QStringLiteral("cost"),    QStringLiteral("credits")};

} // namespace

bool FakeBigQuery::isPaged(const FakeRequest &request) const
{
    return !request.queryValue("pageToken").isEmpty();
}

FakeResponse FakeBigQuery::faultResponse(const Fault &f) const
{
    FakeResponse r = f.status == 429 || f.status == 403
                         ? googleError(f.status, "RESOURCE_EXHAUSTED", "rateLimitExceeded",
                                       QStringLiteral("Exceeded rate limits: too many API requests per user per method"))
                         : googleError(f.status, "INTERNAL", "backendError", QStringLiteral("injected fault"));
    if (!f.retryAfter.isEmpty())
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(f.retryAfter)));
    return r;
}

bool FakeBigQuery::authorized(const FakeRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const QByteArray token = auth.mid(7);
    return m_valid.contains(token) || (token == pastedToken && !m_pastedExpired);
}

FakeResponse FakeBigQuery::handle(const FakeRequest &request)
{
    if (request.path == "/token")
        return token(request);
    const QByteArray prefix = "/bigquery/v2/projects/" + project.toUtf8() + "/queries";
    if (!request.path.startsWith(prefix))
        return googleError(404, "NOT_FOUND", "notFound", QStringLiteral("Not found: %1").arg(QString::fromUtf8(request.path)));
    if (++m_calls == expireTokensAtCall)
        m_valid.clear();
    if (!authorized(request))
        return googleError(401, "UNAUTHENTICATED", "authError",
                           QStringLiteral("Request had invalid authentication credentials."));
    if (request.method == "POST" && request.path == prefix)
        return startQuery(request);
    if (request.method == "GET")
        return results(request);
    return googleError(400, "INVALID_ARGUMENT", "invalid", QStringLiteral("unexpected request"));
}

FakeResponse FakeBigQuery::token(const FakeRequest &request)
{
    const auto invalid = [this](const QString &why) {
        lastProblem = why;
        return FakeResponse::json(400, toJson({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                               {QStringLiteral("error_description"), why}}));
    };
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded) !=
        u"urn:ietf:params:oauth:grant-type:jwt-bearer")
        return invalid(QStringLiteral("grant_type must be the JWT bearer grant"));
    const QByteArray jwt = form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
    const QByteArrayList parts = jwt.split('.');
    if (parts.size() != 3)
        return invalid(QStringLiteral("the assertion is not a JWT"));
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    if (header.value(QStringLiteral("alg")).toString() != u"RS256")
        return invalid(QStringLiteral("alg must be RS256"));
    if (!providers::Rs256Signer::verify(publicKeyPem, parts[0] + '.' + parts[1], fromBase64Url(parts[2])))
        return invalid(QStringLiteral("Invalid JWT Signature."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    if (claims.value(QStringLiteral("iss")).toString() != clientEmail)
        return invalid(QStringLiteral("unknown issuer"));
    if (claims.value(QStringLiteral("aud")).toString() != baseUrl() + QStringLiteral("/token"))
        return invalid(QStringLiteral("aud must be the token URI"));
    if (!claims.value(QStringLiteral("scope")).toString().contains(QLatin1String("bigquery")))
        return invalid(QStringLiteral("no BigQuery scope"));
    if (iat > now + 300 || exp <= now || exp - iat > 3600)
        return invalid(QStringLiteral("Invalid JWT: Token must be a short-lived token (60 minutes)"));
    const QByteArray token = "ya29.fake-service-account-token-" + QByteArray::number(++m_issued);
    m_valid.insert(token);
    return FakeResponse::json(200, toJson({{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                           {QStringLiteral("expires_in"), expiresIn},
                                           {QStringLiteral("token_type"), QStringLiteral("Bearer")}}));
}

FakeResponse FakeBigQuery::startQuery(const FakeRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sql = body.value(QStringLiteral("query")).toString();
    if (body.value(QStringLiteral("useLegacySql")).toBool(true) || !sql.contains(u'`' + table + u'`'))
        return googleError(400, "INVALID_ARGUMENT", "invalidQuery",
                           QStringLiteral("Not found: Table %1").arg(sql.section(u'`', 1, 1)));
    QString from, to;
    QStringList services;
    for (const QJsonValue &p : body.value(QStringLiteral("queryParameters")).toArray()) {
        const QJsonObject o = p.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QJsonObject value = o.value(QStringLiteral("parameterValue")).toObject();
        if (name == u"from_time")
            from = value.value(QStringLiteral("value")).toString();
        else if (name == u"to_time")
            to = value.value(QStringLiteral("value")).toString();
        else if (name == u"services")
            for (const QJsonValue &v : value.value(QStringLiteral("arrayValues")).toArray())
                services << v.toObject().value(QStringLiteral("value")).toString();
    }
    if (from.size() < 10 || to.size() < 10)
        return googleError(400, "INVALID_ARGUMENT", "invalidQuery",
                           QStringLiteral("Query parameter 'from_time' not found"));
    Job job;
    job.pollsLeft = pollsBeforeComplete;
    for (const Row &r : rows)
        if (r.day >= from.left(10) && r.day < to.left(10) && services.contains(r.service))
            job.rows << r;
    const QString jobId = QStringLiteral("job_fake_%1").arg(m_jobs.size() + 1);
    m_jobs.insert(jobId, job);
    if (job.pollsLeft > 0)
        return FakeResponse::json(
            200, toJson({{QStringLiteral("kind"), QStringLiteral("bigquery#queryResponse")},
                         {QStringLiteral("jobReference"),
                          QJsonObject{{QStringLiteral("projectId"), project},
                                      {QStringLiteral("jobId"), jobId},
                                      {QStringLiteral("location"), QStringLiteral("EU")}}},
                         {QStringLiteral("jobComplete"), false}}));
    return page(jobId, 0, true);
}

FakeResponse FakeBigQuery::results(const FakeRequest &request)
{
    const QString jobId = QString::fromUtf8(request.path.mid(request.path.lastIndexOf('/') + 1));
    if (!m_jobs.contains(jobId))
        return googleError(404, "NOT_FOUND", "notFound", QStringLiteral("Not found: Job %1").arg(jobId));
    Job &job = m_jobs[jobId];
    if (job.pollsLeft > 0) {
        --job.pollsLeft;
        return FakeResponse::json(
            200, toJson({{QStringLiteral("kind"), QStringLiteral("bigquery#getQueryResultsResponse")},
                         {QStringLiteral("jobReference"),
                          QJsonObject{{QStringLiteral("projectId"), project},
                                      {QStringLiteral("jobId"), jobId},
                                      {QStringLiteral("location"), QStringLiteral("EU")}}},
                         {QStringLiteral("jobComplete"), false}}));
    }
    const QByteArray token = request.queryValue("pageToken");
    const int offset = token.startsWith("bqpage-") ? token.mid(7).toInt() : 0;
    return page(jobId, offset, false);
}

FakeResponse FakeBigQuery::page(const QString &jobId, int offset, bool first)
{
    const Job &job = m_jobs[jobId];
    QJsonArray fields;
    for (const QString &c : kColumns) {
        const bool number = c == u"usage_amount" || c == u"cost" || c == u"credits";
        fields.append(QJsonObject{{QStringLiteral("name"), c},
                                  {QStringLiteral("type"), number ? QStringLiteral("FLOAT") : QStringLiteral("STRING")},
                                  {QStringLiteral("mode"), QStringLiteral("NULLABLE")}});
    }
    QJsonArray out;
    for (int i = offset; i < job.rows.size() && out.size() < maxRowsPerPage; ++i) {
        const Row &r = job.rows[i];
        QJsonArray cells;
        for (const QString &v : {r.day, r.service, r.skuId, r.sku, r.projectId, r.region, r.labels,
                                 r.unit, r.currency, r.usageAmount, r.cost, r.credits})
            cells.append(QJsonObject{{QStringLiteral("v"), v}});
        out.append(QJsonObject{{QStringLiteral("f"), cells}});
    }
    QJsonObject body{
        {QStringLiteral("kind"), first ? QStringLiteral("bigquery#queryResponse")
                                       : QStringLiteral("bigquery#getQueryResultsResponse")},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields}}},
        {QStringLiteral("jobReference"), QJsonObject{{QStringLiteral("projectId"), project},
                                                     {QStringLiteral("jobId"), jobId},
                                                     {QStringLiteral("location"), QStringLiteral("EU")}}},
        {QStringLiteral("totalRows"), QString::number(job.rows.size())},
        {QStringLiteral("rows"), out},
        {QStringLiteral("jobComplete"), true},
        {QStringLiteral("cacheHit"), false}};
    if (offset + out.size() < job.rows.size())
        body.insert(QStringLiteral("pageToken"), QStringLiteral("bqpage-%1").arg(offset + out.size()));
    return FakeResponse::json(200, toJson(body));
}

} // namespace tl::test
