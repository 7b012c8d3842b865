#include "providers/BigQueryBillingClient.h"

#include "domain/GoogleSku.h"
#include "providers/GoogleTokenSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace tl::providers {

namespace {

struct BigQueryTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::providers::BigQueryBillingClient)
};

const QString kQuery = QStringLiteral("BigQuery jobs.query");
const QString kResults = QStringLiteral("BigQuery getQueryResults");
constexpr int kMaxPolls = 120; // a job that is still running after this many waits fails

QString bigQueryTime(std::int64_t secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral("+00");
}

QJsonObject scalarParameter(const QString &name, const char *type, const QString &value)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("parameterType"), QJsonObject{{QStringLiteral("type"), QLatin1String(type)}}},
            {QStringLiteral("parameterValue"), QJsonObject{{QStringLiteral("value"), value}}}};
}

// A BigQuery cell: a string (numbers too, possibly in exponent form) or null.
Money cellMoney(const QJsonValue &v)
{
    const QString s = v.toString();
    if (auto m = Money::parse(s))
        return *m;
    return jsonMoney(QJsonValue(s.toDouble()));
}

} // namespace

BigQueryBillingClient::BigQueryBillingClient(Connection connection, Credentials credentials,
                                             HttpClient &http)
    : ProviderClient(std::move(connection), std::move(credentials), http)
{
    m_tokens = std::make_unique<GoogleTokenSource>(m_http, m_credentials.apiKey);
}

BigQueryBillingClient::~BigQueryBillingClient() = default;

QString BigQueryBillingClient::querySql(const QString &table)
{
    // The query text is a resource (resources/queries/), readable as SQL of its own.
    QFile f(QStringLiteral(":/tokenledger/queries/bigquery_billing_daily.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString sql = QString::fromUtf8(f.readAll());
    sql.replace(QLatin1String("{{TABLE}}"), table);
    return sql;
}

Result<QString> BigQueryBillingClient::project() const
{
    QString p = m_connection.options.value(QLatin1String("project_id")).toString().trimmed();
    if (p.isEmpty())
        p = m_tokens->keyProject();
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9.:-]{2,100}$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!valid.match(p).hasMatch())
        return Error{BigQueryTr::tr("The Google Cloud connection needs the id of the project that "
                                    "runs the query (project_id), not '%1'.")
                         .arg(p)};
    return p;
}

QByteArray BigQueryBillingClient::requestBody(const QString &table, std::int64_t from,
                                              std::int64_t to) const
{
    QJsonArray services = m_connection.options.value(QLatin1String("services")).toArray();
    if (services.isEmpty())
        services = QJsonArray{QStringLiteral("Vertex AI"), QStringLiteral("Gemini API")};
    QJsonArray values;
    for (const QJsonValue &s : services)
        values.append(QJsonObject{{QStringLiteral("value"), s.toString()}});
    QJsonObject body{
        {QStringLiteral("query"), querySql(table)},
        {QStringLiteral("useLegacySql"), false},
        {QStringLiteral("parameterMode"), QStringLiteral("NAMED")},
        {QStringLiteral("queryParameters"),
         QJsonArray{scalarParameter(QStringLiteral("from_time"), "TIMESTAMP", bigQueryTime(from)),
                    scalarParameter(QStringLiteral("to_time"), "TIMESTAMP", bigQueryTime(to)),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("services")},
                                {QStringLiteral("parameterType"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("ARRAY")},
                                             {QStringLiteral("arrayType"),
                                              QJsonObject{{QStringLiteral("type"), QStringLiteral("STRING")}}}}},
                                {QStringLiteral("parameterValue"),
                                 QJsonObject{{QStringLiteral("arrayValues"), values}}}}}},
        {QStringLiteral("maxResults"),
         m_connection.options.value(QLatin1String("page_size")).toInt(1000)},
        {QStringLiteral("timeoutMs"), 20000}};
    const QString location = m_connection.options.value(QLatin1String("location")).toString();
    if (!location.isEmpty())
        body.insert(QStringLiteral("location"), location);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> BigQueryBillingClient::call(HttpRequest request, int pageNo)
{
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    auto response = m_tokens->send(request);
    if (!response)
        return response.error();
    return parseObject(*response, request.label, pageNo);
}

Result<int> BigQueryBillingClient::readRows(const QJsonObject &body, int pageNo,
                                            QList<UsageFact> &facts, FetchStats &stats) const
{
    QStringList columns;
    for (const QJsonValue &f :
         body.value(QLatin1String("schema")).toObject().value(QLatin1String("fields")).toArray())
        columns << f.toObject().value(QLatin1String("name")).toString();
    const auto col = [&columns](const char *name) { return int(columns.indexOf(QLatin1String(name))); };
    const int cDay = col("day"), cSkuId = col("sku_id"), cSku = col("sku"), cProject = col("project"),
              cRegion = col("region"), cLabels = col("labels"), cUnit = col("unit"),
              cCurrency = col("currency"), cAmount = col("usage_amount"), cCost = col("cost"),
              cCredits = col("credits"), cService = col("service");
    const QJsonArray rows = body.value(QLatin1String("rows")).toArray();
    if (!rows.isEmpty() && (cDay < 0 || cSku < 0 || cCost < 0))
        return Error{BigQueryTr::tr("%1 (page %2): the result has no day, sku or cost column.")
                         .arg(kResults)
                         .arg(pageNo)};
    const QString teamLabel =
        m_connection.options.value(QLatin1String("team_label")).toString(QStringLiteral("team"));
    for (const QJsonValue &rv : rows) {
        const QJsonArray cells = rv.toObject().value(QLatin1String("f")).toArray();
        const auto cell = [&cells](int i) {
            return i < 0 ? QJsonValue() : cells.at(i).toObject().value(QLatin1String("v"));
        };
        ++stats.rows;
        const QDate day = QDate::fromString(cell(cDay).toString(), Qt::ISODate);
        if (!day.isValid())
            return Error{BigQueryTr::tr("%1 (page %2): a row has no readable day.")
                             .arg(kResults)
                             .arg(pageNo)};
        const QString currency = cell(cCurrency).toString();
        const QString description = cell(cSku).toString();
        if (!currency.isEmpty() && currency != u"USD")
            return Error{BigQueryTr::tr("The billing export reports '%1' in %2; only USD is supported.")
                             .arg(description, currency)};
        UsageFact f;
        f.start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        f.bucket = BucketWidth::Day;
        f.provider = QStringLiteral("google");
        f.account = cell(cProject).toString();
        f.region = cell(cRegion).toString();
        f.billedCost = cellMoney(cell(cCost)) + cellMoney(cell(cCredits));
        const QString skuId = cell(cSkuId).toString();
        QStringList tags{QStringLiteral("sku:") + skuId};
        if (const QString service = cell(cService).toString(); !service.isEmpty())
            tags << QStringLiteral("service:") + service;
        const QString labelsJson = cell(cLabels).toString();
        for (const QJsonValue &l : QJsonDocument::fromJson(labelsJson.toUtf8()).array()) {
            const QString key = l.toObject().value(QLatin1String("key")).toString();
            const QString value = l.toObject().value(QLatin1String("value")).toString();
            if (key.isEmpty())
                continue;
            tags << (value.isEmpty() ? key : key + u':' + value);
            if (key == teamLabel)
                f.team = value;
        }

        const GoogleSku sku = GoogleSku::parse(description);
        f.serviceTier = sku.tier;
        const QString unit = cell(cUnit).toString().toLower();
        const bool countsTokens = unit.isEmpty() || unit == u"count" || unit.contains(u"token");
        if (sku.isTokens() && !sku.model.isEmpty() && countsTokens) {
            f.model = sku.model;
            const double amount = cell(cAmount).toString().toDouble();
            const std::int64_t n = std::isfinite(amount) ? std::llround(amount) : 0;
            sku.addTo(f.tokens, n);
            if (sku.longContext)
                tags << QStringLiteral("context_window:long");
        } else {
            f.model = sku.model.isEmpty() ? description : sku.model;
            tags << QStringLiteral("cost_line:other");
        }
        f.tags = canonicalTags(tags);
        f.recordKey = recordKey(QStringLiteral("bq"), f.start,
                                {skuId, f.account, f.region, labelsJson, unit});
        if (Status s = checkCounts(f, kResults, pageNo); !s)
            return s.error();
        facts << std::move(f);
    }
    return int(rows.size());
}

Result<QList<UsageFact>> BigQueryBillingClient::fetch(std::int64_t from, std::int64_t to,
                                                      FetchStats &stats)
{
    auto projectId = project();
    if (!projectId)
        return projectId.error();
    const QString table = m_connection.options.value(QLatin1String("table")).toString().trimmed();
    static const QRegularExpression validTable(QStringLiteral("^[A-Za-z0-9_.:-]+\\.[A-Za-z0-9_]+\\.[A-Za-z0-9_$]+$"));
    if (!validTable.match(table).hasMatch())
        return Error{BigQueryTr::tr("The billing export table '%1' is not a table id of the form "
                                    "project.dataset.table.")
                         .arg(table)};
    const QString base = QStringLiteral("/projects/%1/queries")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(*projectId)));
    HttpRequest q;
    q.method = "POST";
    q.url = endpointUrl(base, {});
    q.body = requestBody(table, from, to);
    q.label = kQuery;
    q.headers = {{"Content-Type", "application/json"}};
    int pageNo = 1;
    auto body = call(q, pageNo);
    if (!body)
        return body.error();
    const QJsonObject job = body->value(QLatin1String("jobReference")).toObject();
    const QString jobId = job.value(QLatin1String("jobId")).toString();
    const QString location = job.value(QLatin1String("location")).toString();
    const auto resultsRequest = [&](const QString &pageToken) {
        QUrlQuery query;
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), pageToken);
        if (!location.isEmpty())
            query.addQueryItem(QStringLiteral("location"), location);
        query.addQueryItem(QStringLiteral("maxResults"),
                           QString::number(m_connection.options.value(QLatin1String("page_size")).toInt(1000)));
        query.addQueryItem(QStringLiteral("timeoutMs"), QStringLiteral("20000"));
        HttpRequest r;
        r.url = endpointUrl(base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(jobId)), query);
        r.label = kResults;
        return r;
    };
    for (int poll = 0; !body->value(QLatin1String("jobComplete")).toBool(); ++poll) {
        if (jobId.isEmpty() || poll >= kMaxPolls)
            return Error{BigQueryTr::tr("The BigQuery job did not finish (%1 checks); try a "
                                        "shorter range.")
                             .arg(poll)};
        body = call(resultsRequest(QString()), pageNo);
        if (!body)
            return body.error();
    }
    stats.buckets += int((to - from + 86399) / 86400); // the days asked for, empty ones included
    QList<UsageFact> facts;
    QSet<QString> tokens;
    for (;;) {
        auto read = readRows(*body, pageNo, facts, stats);
        if (!read)
            return read.error();
        pageRead(stats);
        const QString next = body->value(QLatin1String("pageToken")).toString();
        if (next.isEmpty())
            break;
        if (tokens.contains(next) || jobId.isEmpty())
            return Error{BigQueryTr::tr("%1 (page %2) repeats its page token.").arg(kResults).arg(pageNo)};
        tokens.insert(next);
        ++pageNo;
        body = call(resultsRequest(next), pageNo);
        if (!body)
            return body.error();
    }
    return facts;
}

Status BigQueryBillingClient::probe()
{
    return fetchYesterday();
}

} // namespace tl::providers
