#include "providers/AzureCostClient.h"

#include "domain/AzureMeter.h"
#include "providers/EntraTokenSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace tl::providers {

namespace {

struct AzureTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::providers::AzureCostClient)
};

const QString kEndpoint = QStringLiteral("Cost Management query");

QString isoTime(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

// The column of the first name that the result has, or -1.
int columnOf(const QStringList &columns, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns[i].compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return int(i);
    }
    return -1;
}

// UsageDate: a number yyyymmdd (20250614) or a date-time string.
std::optional<std::int64_t> usageDay(const QJsonValue &v)
{
    QDate d;
    if (v.isDouble())
        d = QDate::fromString(QString::number(v.toInteger()), QStringLiteral("yyyyMMdd"));
    else
        d = QDate::fromString(v.toString().left(10), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString lastSegment(const QString &resourceId)
{
    const QStringList parts = resourceId.split(u'/', Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.last();
}

QString resourceGroupOf(const QString &resourceId)
{
    static const QRegularExpression re(QStringLiteral("/resourcegroups/([^/]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(resourceId);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

AzureCostClient::AzureCostClient(Connection connection, Credentials credentials, HttpClient &http)
    : ProviderClient(std::move(connection), std::move(credentials), http)
{
    m_tokens = std::make_unique<EntraTokenSource>(
        m_http, QUrl(m_connection.baseUrl),
        m_connection.options.value(QLatin1String("tenant_id")).toString().trimmed(),
        m_connection.options.value(QLatin1String("client_id")).toString().trimmed(),
        m_credentials.apiKey);
}

AzureCostClient::~AzureCostClient() = default;

Result<QUrl> AzureCostClient::queryUrl() const
{
    QString scope = m_connection.options.value(QLatin1String("scope")).toString().trimmed();
    while (scope.endsWith(u'/'))
        scope.chop(1);
    if (!scope.startsWith(u'/'))
        scope.prepend(u'/');
    static const QRegularExpression valid(QStringLiteral(
        "^/(subscriptions/[^/?#]+(/resourceGroups/[^/?#]+)?|providers/Microsoft\\.Billing/"
        "billingAccounts/[^/?#]+(/billingProfiles/[^/?#]+)?|providers/Microsoft\\.Management/"
        "managementGroups/[^/?#]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!valid.match(scope).hasMatch())
        return Error{AzureTr::tr("The Azure scope '%1' is not a subscription "
                                 "(/subscriptions/<id>), a resource group "
                                 "(/subscriptions/<id>/resourceGroups/<name>) or a billing "
                                 "account (/providers/Microsoft.Billing/billingAccounts/<id>).")
                         .arg(scope)};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"),
                       m_connection.options.value(QLatin1String("api_version"))
                           .toString(QLatin1String(kDefaultApiVersion)));
    return endpointUrl(scope + QStringLiteral("/providers/Microsoft.CostManagement/query"), query);
}

QByteArray AzureCostClient::requestBody(std::int64_t from, std::int64_t to) const
{
    QJsonArray categories = m_connection.options.value(QLatin1String("meter_categories")).toArray();
    if (categories.isEmpty())
        categories = QJsonArray{QStringLiteral("Cognitive Services")};
    const QString groupBy = m_connection.options.value(QLatin1String("group_by"))
                                .toString(QStringLiteral("resource"));
    QJsonObject second{{QStringLiteral("type"), QStringLiteral("Dimension")},
                       {QStringLiteral("name"), QStringLiteral("ResourceId")}};
    if (groupBy == u"resource_group")
        second.insert(QStringLiteral("name"), QStringLiteral("ResourceGroupName"));
    else if (groupBy.startsWith(QLatin1String("tag:")))
        second = QJsonObject{{QStringLiteral("type"), QStringLiteral("TagKey")},
                             {QStringLiteral("name"), groupBy.mid(4)}};
    const QJsonObject dataset{
        {QStringLiteral("granularity"), QStringLiteral("Daily")},
        {QStringLiteral("aggregation"),
         QJsonObject{{QStringLiteral("totalCost"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Cost")},
                                  {QStringLiteral("function"), QStringLiteral("Sum")}}},
                     {QStringLiteral("totalQuantity"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("UsageQuantity")},
                                  {QStringLiteral("function"), QStringLiteral("Sum")}}}}},
        {QStringLiteral("grouping"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Dimension")},
                                {QStringLiteral("name"), QStringLiteral("Meter")}},
                    second}},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("dimensions"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("MeterCategory")},
                                  {QStringLiteral("operator"), QStringLiteral("In")},
                                  {QStringLiteral("values"), categories}}}}}};
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("ActualCost")},
        {QStringLiteral("timeframe"), QStringLiteral("Custom")},
        // The end is inclusive: the last second of the last day.
        {QStringLiteral("timePeriod"), QJsonObject{{QStringLiteral("from"), isoTime(from)},
                                                   {QStringLiteral("to"), isoTime(to - 1)}}},
        {QStringLiteral("dataset"), dataset}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Status AzureCostClient::checkNextLink(const QUrl &next) const
{
    // The bearer token goes with every page: only to the connection's own server.
    const QUrl base(m_connection.baseUrl);
    if (!next.isValid() || next.scheme() != base.scheme() || next.host() != base.host() ||
        next.port(-1) != base.port(-1))
        return Error{AzureTr::tr("Cost Management's next page link points to another server "
                                 "(%1); it is not followed.")
                         .arg(next.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))};
    return {};
}

Result<QString> AzureCostClient::readPage(const HttpResponse &response, int pageNo,
                                          QList<UsageFact> &facts, FetchStats &stats)
{
    auto body = parseObject(response, kEndpoint, pageNo);
    if (!body)
        return body.error();
    const QJsonObject props = body->value(QLatin1String("properties")).toObject();
    if (!props.value(QLatin1String("rows")).isArray() ||
        !props.value(QLatin1String("columns")).isArray())
        return Error{AzureTr::tr("Unexpected response from %1 (page %2): no 'properties.rows' "
                                 "and 'properties.columns'.")
                         .arg(kEndpoint)
                         .arg(pageNo)};
    QStringList columns;
    for (const QJsonValue &c : props.value(QLatin1String("columns")).toArray())
        columns << c.toObject().value(QLatin1String("name")).toString();
    const int cCost = columnOf(columns, {"totalCost", "Cost", "PreTaxCost", "CostUSD"});
    const int cQuantity = columnOf(columns, {"totalQuantity", "UsageQuantity", "Quantity"});
    const int cDate = columnOf(columns, {"UsageDate", "Date"});
    const int cMeter = columnOf(columns, {"Meter", "MeterName"});
    const int cResource = columnOf(columns, {"ResourceId"});
    const int cGroup = columnOf(columns, {"ResourceGroupName", "ResourceGroup"});
    const int cTagKey = columnOf(columns, {"TagKey"});
    const int cTagValue = columnOf(columns, {"TagValue"});
    const int cCurrency = columnOf(columns, {"Currency", "BillingCurrency", "BillingCurrencyCode"});
    if (cCost < 0 || cDate < 0 || cMeter < 0)
        return Error{AzureTr::tr("%1 (page %2): the result has no cost, date or meter column "
                                 "(columns: %3).")
                         .arg(kEndpoint)
                         .arg(pageNo)
                         .arg(columns.join(QStringLiteral(", ")))};

    const std::int64_t defaultPerUnit =
        m_connection.options.value(QLatin1String("tokens_per_unit")).toInteger(1000);
    for (const QJsonValue &rv : props.value(QLatin1String("rows")).toArray()) {
        const QJsonArray row = rv.toArray();
        ++stats.rows;
        const auto start = usageDay(row.at(cDate));
        if (!start)
            return Error{AzureTr::tr("%1 (page %2): a row has no readable UsageDate.")
                             .arg(kEndpoint)
                             .arg(pageNo)};
        const QString currency = cCurrency >= 0 ? row.at(cCurrency).toString() : QString();
        const QString meterName = row.at(cMeter).toString();
        if (!currency.isEmpty() && currency.compare(u"USD", Qt::CaseInsensitive) != 0)
            return Error{AzureTr::tr("Cost Management reports '%1' in %2; only USD is supported.")
                             .arg(meterName, currency)};
        const AzureMeter meter = AzureMeter::parse(meterName);

        UsageFact f;
        f.start = *start;
        f.bucket = BucketWidth::Day;
        f.provider = QStringLiteral("azure");
        f.serviceTier = meter.tier;
        f.billedCost = jsonMoney(row.at(cCost));
        QStringList tags{QStringLiteral("meter:") + meterName};
        if (!meter.deployment.isEmpty())
            tags << QStringLiteral("deployment:") + meter.deployment;
        if (!meter.version.isEmpty())
            tags << QStringLiteral("model_version:") + meter.version;
        QString group;
        if (cResource >= 0) {
            group = row.at(cResource).toString();
            f.account = lastSegment(group);
            if (const QString rg = resourceGroupOf(group); !rg.isEmpty())
                tags << QStringLiteral("resource_group:") + rg.toLower();
        } else if (cGroup >= 0) {
            group = row.at(cGroup).toString();
            f.account = group;
        } else if (cTagKey >= 0 && cTagValue >= 0) {
            const QString key = row.at(cTagKey).toString();
            const QString value = row.at(cTagValue).toString();
            group = key + u'=' + value;
            if (!key.isEmpty() && !value.isEmpty()) {
                tags << key + u':' + value;
                if (key.compare(u"team", Qt::CaseInsensitive) == 0)
                    f.team = value;
            }
        }

        if (meter.isTokens() && !meter.model.isEmpty()) {
            f.model = meter.model;
            const std::int64_t perUnit = meter.tokensPerUnit ? meter.tokensPerUnit : defaultPerUnit;
            const auto quantity = cQuantity >= 0 ? jsonMoney(row.at(cQuantity)) : Money();
            // Quantity is a decimal in the meter's unit (1K tokens); Money holds it exactly.
            const std::int64_t tokens =
                roundedDivide(Int128(quantity.nanos()) * perUnit, Money::kNanosPerUnit);
            switch (meter.kind) {
            case AzureMeter::Kind::Input: f.tokens.uncachedInput = tokens; break;
            case AzureMeter::Kind::CachedInput: f.tokens.cacheRead = tokens; break;
            case AzureMeter::Kind::Output: f.tokens.output = tokens; break;
            default: break;
            }
        } else if (meter.kind == AzureMeter::Kind::Provisioned) {
            f.model = meter.model.isEmpty() ? QStringLiteral("provisioned-throughput") : meter.model;
            f.serviceTier = QStringLiteral("provisioned");
            tags << QStringLiteral("cost_line:provisioned_throughput");
        } else {
            f.model = meter.model.isEmpty() ? meterName : meter.model;
            tags << QStringLiteral("cost_line:other");
        }
        f.tags = canonicalTags(tags);
        f.recordKey = recordKey(QStringLiteral("cm"), f.start, {meterName, group});
        if (Status s = checkCounts(f, kEndpoint, pageNo); !s)
            return s.error();
        facts << std::move(f);
    }
    pageRead(stats);
    return props.value(QLatin1String("nextLink")).toString();
}

Result<QList<UsageFact>> AzureCostClient::fetch(std::int64_t from, std::int64_t to,
                                                FetchStats &stats)
{
    auto url = queryUrl();
    if (!url)
        return url.error();
    if (m_credentials.apiKey.isEmpty())
        return Error{AzureTr::tr("No Azure client secret: enter the app registration's secret.")};
    const QByteArray body = requestBody(from, to);
    stats.buckets += int((to - from + 86399) / 86400); // the days asked for, empty ones included
    QList<UsageFact> facts;
    QUrl pageUrl = *url;
    QSet<QString> seen;
    for (int pageNo = 1;; ++pageNo) {
        HttpRequest r;
        r.method = "POST";
        r.url = pageUrl;
        r.body = body;
        r.label = kEndpoint;
        r.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
        auto response = m_tokens->send(r);
        if (!response)
            return response.error();
        auto next = readPage(*response, pageNo, facts, stats);
        if (!next)
            return next.error();
        if (next->isEmpty())
            break;
        if (seen.contains(*next))
            return Error{AzureTr::tr("%1 (page %2) repeats its next page link.")
                             .arg(kEndpoint)
                             .arg(pageNo)};
        seen.insert(*next);
        pageUrl = QUrl(*next);
        if (Status s = checkNextLink(pageUrl); !s)
            return s.error();
    }
    return facts;
}

Status AzureCostClient::probe()
{
    return fetchYesterday();
}

} // namespace tl::providers
