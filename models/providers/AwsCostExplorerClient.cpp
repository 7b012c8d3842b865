#include "providers/AwsCostExplorerClient.h"

#include "domain/BedrockUsageType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace tl::providers {

namespace {

QString isoDate(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace

QByteArray AwsCostExplorerClient::requestBody(std::int64_t from, std::int64_t to,
                                              const QString &nextPageToken) const
{
    QJsonObject body;
    body.insert(QStringLiteral("TimePeriod"), QJsonObject{{QStringLiteral("Start"), isoDate(from)},
                                                          {QStringLiteral("End"), isoDate(to)}});
    body.insert(QStringLiteral("Granularity"), QStringLiteral("DAILY"));
    body.insert(QStringLiteral("Metrics"),
                QJsonArray{QStringLiteral("UnblendedCost"), QStringLiteral("UsageQuantity")});
    const QString service = m_connection.options.value(QLatin1String("service"))
                                .toString(QStringLiteral("Amazon Bedrock"));
    body.insert(QStringLiteral("Filter"),
                QJsonObject{{QStringLiteral("Dimensions"),
                             QJsonObject{{QStringLiteral("Key"), QStringLiteral("SERVICE")},
                                         {QStringLiteral("Values"), QJsonArray{service}}}}});
    QJsonArray groupBy{QJsonObject{{QStringLiteral("Type"), QStringLiteral("DIMENSION")},
                                   {QStringLiteral("Key"), QStringLiteral("USAGE_TYPE")}}};
    if (m_connection.options.value(QLatin1String("group_by_account")).toBool())
        groupBy.append(QJsonObject{{QStringLiteral("Type"), QStringLiteral("DIMENSION")},
                                   {QStringLiteral("Key"), QStringLiteral("LINKED_ACCOUNT")}});
    body.insert(QStringLiteral("GroupBy"), groupBy);
    if (!nextPageToken.isEmpty())
        body.insert(QStringLiteral("NextPageToken"), nextPageToken);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpRequest AwsCostExplorerClient::signedRequest(const QByteArray &body) const
{
    HttpRequest r;
    r.method = "POST";
    r.url = endpointUrl(QStringLiteral("/"), {});
    r.body = body;
    QByteArray host = r.url.host().toUtf8();
    const int port = r.url.port();
    if (port != -1 &&
        !((r.url.scheme() == u"https" && port == 443) || (r.url.scheme() == u"http" && port == 80)))
        host += ':' + QByteArray::number(port);
    SigV4::Request s;
    s.method = "POST";
    s.path = "/";
    s.body = body;
    s.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                 {"Host", host},
                 {"X-Amz-Target", "AWSInsightsIndexService.GetCostAndUsage"}};
    const QByteArray region = m_connection.options.value(QLatin1String("region"))
                                  .toString(QStringLiteral("us-east-1"))
                                  .toUtf8();
    const SigV4 signer(region, "ce");
    const QDateTime when =
        m_signingTime.isValid() ? m_signingTime : QDateTime::currentDateTimeUtc();
    const QByteArray authorization = signer.sign(s, m_credentials.aws, when);
    for (const auto &h : s.headers)
        if (h.first != "Host") // QNetworkAccessManager writes the same Host itself
            r.headers.append(h);
    r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray(authorization)));
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

Result<UsageFact> AwsCostExplorerClient::toFact(std::int64_t start, const QJsonObject &group,
                                                bool byAccount) const
{
    const QJsonArray keys = group.value(QLatin1String("Keys")).toArray();
    const QString usageType = keys.at(0).toString();
    const BedrockUsageType u = BedrockUsageType::parse(usageType);
    UsageFact f;
    f.start = start;
    f.bucket = BucketWidth::Day;
    f.provider = QStringLiteral("bedrock");
    f.model = u.model;
    f.region = u.region;
    f.serviceTier = u.tier;
    if (byAccount)
        f.account = keys.at(1).toString();
    QStringList tags{QStringLiteral("usage_type:") + usageType};
    if (u.crossRegion)
        tags << QStringLiteral("cross_region:") + u.crossRegionScope;
    f.tags = canonicalTags(tags);

    const QJsonObject metrics = group.value(QLatin1String("Metrics")).toObject();
    const QJsonObject cost = metrics.value(QLatin1String("UnblendedCost")).toObject();
    const QString unit = cost.value(QLatin1String("Unit")).toString();
    if (!unit.isEmpty() && unit != u"USD")
        return Error{
            QCoreApplication::translate("tl::providers::AwsCostExplorerClient",
                                        "Cost Explorer reports '%1' in %2; only USD is supported.")
                .arg(usageType, unit)};
    const auto amount =
        Money::parse(cost.value(QLatin1String("Amount")).toString(QStringLiteral("0")));
    if (!amount)
        return Error{QCoreApplication::translate("tl::providers::AwsCostExplorerClient",
                                                 "Cost Explorer amount for '%1' is unreadable.")
                         .arg(usageType)};
    f.billedCost = *amount;

    const auto quantity = Money::parse(metrics.value(QLatin1String("UsageQuantity"))
                                           .toObject()
                                           .value(QLatin1String("Amount"))
                                           .toString(QStringLiteral("0")));
    if (!quantity)
        return Error{QCoreApplication::translate(
                         "tl::providers::AwsCostExplorerClient", "Cost Explorer usage quantity for '%1' is unreadable.")
                         .arg(usageType)};
    const std::int64_t perUnit =
        m_connection.options.value(QLatin1String("tokens_per_unit")).toInteger(1000);
    // Quantity is a decimal; Money holds it exactly in nano-units.
    const std::int64_t tokens =
        roundedDivide(Int128(quantity->nanos()) * perUnit, Money::kNanosPerUnit);
    switch (u.kind) {
    case BedrockUsageType::Kind::Input:
        f.tokens.uncachedInput = tokens;
        break;
    case BedrockUsageType::Kind::Output:
        f.tokens.output = tokens;
        break;
    case BedrockUsageType::Kind::CacheRead:
        f.tokens.cacheRead = tokens;
        break;
    case BedrockUsageType::Kind::CacheWrite:
        (u.oneHourCache ? f.tokens.cacheWrite1h : f.tokens.cacheWrite5m) = tokens;
        break;
    case BedrockUsageType::Kind::Other:
        break;
    }
    f.recordKey = recordKey(QStringLiteral("ce"), start, {usageType, f.account});
    return f;
}

Result<QList<UsageFact>> AwsCostExplorerClient::fetch(std::int64_t from, std::int64_t to,
                                                      FetchStats &stats)
{
    if (m_credentials.aws.accessKeyId.isEmpty() || m_credentials.aws.secretAccessKey.isEmpty())
        return Error{QCoreApplication::translate("tl::providers::AwsCostExplorerClient",
                                                 "AWS credentials are incomplete: an access key id "
                                                 "and a secret access key are needed.")};
    QList<UsageFact> facts;
    QString token;
    for (int pageNo = 1;; ++pageNo) {
        const QByteArray requestJson = requestBody(from, to, token);
        HttpRequest request = signedRequest(requestJson);
        request.label = QStringLiteral("GetCostAndUsage");
        // A retry is signed afresh, as the SDKs do: its X-Amz-Date stays current.
        request.refresh = [this, requestJson](HttpRequest &r) {
            const QString label = r.label;
            r = signedRequest(requestJson);
            r.label = label;
        };
        auto resp = m_http.send(request);
        if (!resp)
            return resp.error();
        auto next = readPage(*resp, token, pageNo, facts, stats);
        if (!next)
            return next.error();
        if (next->isEmpty())
            break;
        token = *next;
    }
    return facts;
}

Result<QString> AwsCostExplorerClient::readPage(const HttpResponse &response, const QString &token,
                                                int pageNo, QList<UsageFact> &facts,
                                                FetchStats &stats)
{
    const bool byAccount = m_connection.options.value(QLatin1String("group_by_account")).toBool();
    auto body = parseObject(response, QStringLiteral("GetCostAndUsage"), pageNo);
    if (!body)
        return body.error();
    const QJsonValue results = body->value(QLatin1String("ResultsByTime"));
    if (!results.isArray())
        return Error{
            QCoreApplication::translate(
                "tl::providers::AwsCostExplorerClient",
                "Unexpected response from GetCostAndUsage (page %1): no 'ResultsByTime'.")
                .arg(pageNo)};
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject period = v.toObject();
        const QDate day = QDate::fromString(period.value(QLatin1String("TimePeriod"))
                                                .toObject()
                                                .value(QLatin1String("Start"))
                                                .toString()
                                                .left(10),
                                            Qt::ISODate);
        if (!day.isValid())
            return Error{QCoreApplication::translate(
                             "tl::providers::AwsCostExplorerClient",
                             "GetCostAndUsage (page %1): a period has no readable Start date.")
                             .arg(pageNo)};
        const std::int64_t start =
            QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        ++stats.buckets;
        for (const QJsonValue &g : period.value(QLatin1String("Groups")).toArray()) {
            ++stats.rows;
            auto fact = toFact(start, g.toObject(), byAccount);
            if (!fact)
                return fact.error();
            if (Status s = checkCounts(*fact, QStringLiteral("GetCostAndUsage"), pageNo); !s)
                return s.error();
            facts << std::move(fact).value();
        }
    }
    pageRead(stats);
    const QString next = body->value(QLatin1String("NextPageToken")).toString();
    if (!next.isEmpty() && next == token)
        return Error{QCoreApplication::translate(
                         "tl::providers::AwsCostExplorerClient", "GetCostAndUsage (page %1) repeats its page token.")
                         .arg(pageNo)};
    return next;
}

Status AwsCostExplorerClient::probe()
{
    return fetchYesterday();
}

} // namespace tl::providers
