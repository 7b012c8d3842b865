// FOCUS 1.2 and raw CSV exports, read back by the test itself: columns, nulls, unit-price
// arithmetic, and sums equal to the database's totals.

#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "export/FocusExporter.h"
#include "export/RawCsvExporter.h"
#include "pricing/DatabasePricing.h"
#include "query/UsageQueries.h"
#include "store/FactStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace tl;

namespace {

// RFC 4180 reader for the test: quoted fields with doubled quotes, CRLF line ends.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// A decimal string as an integer of 1e-15 units (exact for the export's figures).
Int128 femto(const QString &s, bool *ok)
{
    *ok = !s.isEmpty();
    Int128 v = 0;
    int decimals = -1;
    bool negative = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (i == 0 && c == u'-') {
            negative = true;
        } else if (c == u'.' && decimals < 0) {
            decimals = 0;
        } else if (c.isDigit()) {
            v = v * 10 + c.digitValue();
            if (decimals >= 0)
                ++decimals;
        } else {
            *ok = false;
        }
    }
    for (int d = std::max(decimals, 0); d < 15; ++d)
        v *= 10;
    if (decimals > 15)
        *ok = false;
    return negative ? -v : v;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void focusExportReadsBackToTheTotals();
    void focusMetadataDescribesTheColumns();
    void focus13CarriesProvidersAndAiProperties();
    void focus12IsTheSameDataWithoutThe13Columns();
    void modelDevelopers();
    void focusExportFollowsFilters();
    void focusCancelLeavesNoFile();
    void rawCsvHasEveryFact();
    void unwritableFileIsReported();
    void focusEdgeCases();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<pricing::DatabasePricing> m_pricing;
    const QDate m_today{2026, 11, 26};
};

void TestExports::initTestCase()
{
    m_db = test::openTempDatabase(m_dir);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    o.days = 40;
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
    auto p = pricing::DatabasePricing::load(*m_db);
    QVERIFY(p.ok());
    m_pricing = std::move(p).value();
}

void TestExports::focusExportReadsBackToTheTotals()
{
    const QString path = m_dir.filePath(QStringLiteral("focus.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    exporter.setOrganisationName(QStringLiteral("Northwind"));
    const query::UsageFilter filter{QDate(2026, 11, 1), m_today, {}};
    auto stats = exporter.write(path, filter);
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));

    const QList<QStringList> rows = readCsv(path);
    QVERIFY(rows.size() > 100);
    QStringList expectedHeader;
    for (const auto &c : exporting::FocusExporter::columns())
        expectedHeader << QString::fromLatin1(c.name);
    QCOMPARE(rows.first(), expectedHeader);
    QCOMPARE(rows.size() - 1, stats->rows);
    const auto col = [&](const char *name) { return int(expectedHeader.indexOf(QString::fromLatin1(name))); };
    // Every x_ column comes after every FOCUS column.
    int firstX = -1;
    for (int i = 0; i < expectedHeader.size(); ++i)
        if (expectedHeader[i].startsWith(QStringLiteral("x_")) && firstX < 0)
            firstX = i;
    for (int i = firstX; i < expectedHeader.size(); ++i)
        QVERIFY(expectedHeader[i].startsWith(QStringLiteral("x_")));

    const QStringList mandatory{QStringLiteral("BilledCost"),        QStringLiteral("BillingAccountId"),
                                QStringLiteral("BillingCurrency"),   QStringLiteral("BillingPeriodEnd"),
                                QStringLiteral("BillingPeriodStart"), QStringLiteral("ChargeCategory"),
                                QStringLiteral("ChargeDescription"), QStringLiteral("ChargePeriodEnd"),
                                QStringLiteral("ChargePeriodStart"), QStringLiteral("ContractedCost"),
                                QStringLiteral("EffectiveCost"),     QStringLiteral("InvoiceIssuerName"),
                                QStringLiteral("ListCost"),          QStringLiteral("PricingQuantity"),
                                QStringLiteral("PricingUnit"),       QStringLiteral("ProviderName"),
                                QStringLiteral("PublisherName"),     QStringLiteral("ServiceCategory"),
                                QStringLiteral("ServiceName"),       QStringLiteral("ServiceSubcategory"),
                                QStringLiteral("ConsumedQuantity"),  QStringLiteral("ConsumedUnit")};
    const QRegularExpression moment(QStringLiteral("^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z$"));
    const QMap<QString, QString> names{{QStringLiteral("openai"), QStringLiteral("OpenAI")},
                                       {QStringLiteral("anthropic"), QStringLiteral("Anthropic")},
                                       {QStringLiteral("bedrock"), QStringLiteral("Amazon Web Services")}};

    QMap<QString, std::int64_t> tokens;
    std::int64_t requests = 0;
    Money effective, billed;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        QCOMPARE(row.size(), expectedHeader.size());
        for (const QString &m : mandatory)
            QVERIFY2(!row[int(expectedHeader.indexOf(m))].isEmpty(), qPrintable(QStringLiteral("row %1: %2 empty").arg(r).arg(m)));
        QCOMPARE(row[col("ChargeClass")], QString()); // null, not a placeholder
        QCOMPARE(row[col("ChargeCategory")], QStringLiteral("Usage"));
        QCOMPARE(row[col("ConsumedUnit")], QStringLiteral("Tokens"));
        QCOMPARE(row[col("PricingUnit")], QStringLiteral("1000000 Tokens"));
        QCOMPARE(row[col("BillingCurrency")], QStringLiteral("USD"));
        for (const char *c : {"ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd"})
            QVERIFY2(moment.match(row[col(c)]).hasMatch(), qPrintable(row[col(c)]));
        const QDateTime start = QDateTime::fromString(row[col("ChargePeriodStart")], Qt::ISODate);
        QCOMPARE(QDateTime::fromString(row[col("ChargePeriodEnd")], Qt::ISODate), start.addDays(1));
        QVERIFY(start.date() >= QDate(2026, 11, 1) && start.date() <= m_today);
        QCOMPARE(row[col("BillingPeriodStart")], QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(row[col("BillingPeriodEnd")], QStringLiteral("2026-12-01T00:00:00Z"));
        QVERIFY(names.values().contains(row[col("ProviderName")]));
        QCOMPARE(row[col("PublisherName")], row[col("ProviderName")]);
        // Pairs that are null together.
        QCOMPARE(row[col("RegionId")].isEmpty(), row[col("RegionName")].isEmpty());
        QCOMPARE(row[col("SubAccountId")].isEmpty(), row[col("SubAccountType")].isEmpty());
        if (!row[col("Tags")].isEmpty()) {
            const QJsonDocument tags = QJsonDocument::fromJson(row[col("Tags")].toUtf8());
            QVERIFY(tags.isObject());
            for (const QJsonValue &v : tags.object())
                QCOMPARE(v, QJsonValue(true));
        }
        // Quantities: PricingQuantity = tokens / 1e6 exactly; ListCost = ListUnitPrice × PricingQuantity.
        bool ok1, ok2, ok3, ok4;
        const Int128 consumed = femto(row[col("ConsumedQuantity")], &ok1);
        const Int128 pricingQ = femto(row[col("PricingQuantity")], &ok2);
        QVERIFY(ok1 && ok2);
        QCOMPARE(static_cast<std::int64_t>(pricingQ * 1'000'000 / 1'000'000'000'000'000LL),
                 static_cast<std::int64_t>(consumed / 1'000'000'000'000'000LL));
        QVERIFY(pricingQ * 1'000'000 == consumed);
        for (const auto &[unit, cost] : {std::pair{"ListUnitPrice", "ListCost"}, std::pair{"ContractedUnitPrice", "ContractedCost"}}) {
            if (row[col(unit)].isEmpty())
                continue;
            const Int128 price = femto(row[col(unit)], &ok3);
            const Int128 total = femto(row[col(cost)], &ok4);
            QVERIFY(ok3 && ok4);
            // price (1e-15) × quantity (1e-15) = cost (1e-15) × 1e15
            QVERIFY2(price * (pricingQ / 1'000'000'000) == total * 1'000'000,
                     qPrintable(QStringLiteral("row %1: %2 × %3 ≠ %4").arg(r).arg(row[col(unit)], row[col("PricingQuantity")], row[col(cost)])));
        }
        const QString kind = row[col("x_TokenType")];
        QVERIFY(QStringList({QStringLiteral("Input"), QStringLiteral("CacheRead"), QStringLiteral("CacheWrite5m"),
                             QStringLiteral("CacheWrite1h"), QStringLiteral("Output")})
                    .contains(kind));
        tokens[kind] += row[col("ConsumedQuantity")].toLongLong();
        requests += row[col("x_Requests")].toLongLong();
        const auto e = Money::parse(row[col("EffectiveCost")]);
        const auto b = Money::parse(row[col("BilledCost")]);
        QVERIFY(e && b);
        effective += *e;
        const QString source = row[col("x_CostSource")];
        QVERIFY(source == u"billed" || source == u"computed");
        if (source == u"billed")
            billed += *b;
        else
            QCOMPARE(*b, *e);
    }

    query::UsageQueries q(*m_db);
    const auto totals = q.summary(filter)->totals;
    QCOMPARE(tokens[QStringLiteral("Input")], totals.tokens.uncachedInput);
    QCOMPARE(tokens[QStringLiteral("CacheRead")], totals.tokens.cacheRead);
    QCOMPARE(tokens[QStringLiteral("CacheWrite5m")] + tokens[QStringLiteral("CacheWrite1h")], totals.tokens.cacheWrite());
    QCOMPARE(tokens[QStringLiteral("CacheWrite1h")], totals.tokens.cacheWrite1h);
    QCOMPARE(tokens[QStringLiteral("Output")], totals.tokens.output);
    QCOMPARE(requests, totals.tokens.requests);
    QCOMPARE(effective, totals.cost.total());
    QCOMPARE(billed, totals.billed);
    QVERIFY(!billed.isZero());
    QCOMPARE(stats->effectiveCost, totals.cost.total());
    QCOMPARE(stats->billedCost, totals.billed);
}

void TestExports::focusMetadataDescribesTheColumns()
{
    const QString path = m_dir.filePath(QStringLiteral("meta.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    QVERIFY(exporter.write(path, query::UsageFilter{m_today, m_today, {}}).ok());
    QFile meta(exporting::FocusExporter::metadataPath(path));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("FocusVersion")).toString(), QStringLiteral("1.3"));
    QCOMPARE(o.value(QStringLiteral("SchemaId")).toString(), QStringLiteral("tokenledger-focus-1.3-llm-v1"));
    QVERIFY(o.value(QStringLiteral("DataGeneratorVersion")).toString().startsWith(QStringLiteral("TokenLedger")));
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("CreationDate")).toString(), Qt::ISODate).isValid());
    const QJsonArray defs = o.value(QStringLiteral("ColumnDefinition")).toArray();
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(defs.size(), rows.first().size());
    for (int i = 0; i < defs.size(); ++i) {
        QCOMPARE(defs[i].toObject().value(QStringLiteral("ColumnName")).toString(), rows.first()[i]);
        QVERIFY(QStringList({QStringLiteral("STRING"), QStringLiteral("DATETIME"), QStringLiteral("DECIMAL"),
                             QStringLiteral("JSON")})
                    .contains(defs[i].toObject().value(QStringLiteral("DataType")).toString()));
    }
}

void TestExports::focus13CarriesProvidersAndAiProperties()
{
    const QString path = m_dir.filePath(QStringLiteral("focus13.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    QCOMPARE(exporter.version(), exporting::FocusVersion::V1_3);
    QVERIFY(exporter.write(path, query::UsageFilter{m_today.addDays(-6), m_today, {}}).ok());
    const QList<QStringList> rows = readCsv(path);
    QVERIFY(rows.size() > 20);
    const QStringList header = rows.first();
    const auto col = [&](const char *name) {
        const int i = int(header.indexOf(QString::fromLatin1(name)));
        if (i < 0)
            qWarning("no column %s", name);
        return i;
    };
    for (const char *c : {"ServiceProviderName", "HostProviderName", "SkuPriceDetails", "ProviderName", "PublisherName"})
        QVERIFY2(col(c) >= 0, c);
    // Alphabetical among the FOCUS columns, as the specification's examples are.
    QVERIFY(col("EffectiveCost") < col("HostProviderName") && col("HostProviderName") < col("InvoiceIssuerName"));
    QVERIFY(col("ServiceName") < col("ServiceProviderName") && col("ServiceProviderName") < col("ServiceSubcategory"));
    QVERIFY(col("SkuMeter") < col("SkuPriceDetails") && col("SkuPriceDetails") < col("SkuPriceId"));

    const QMap<QString, QString> direction{{QStringLiteral("Input"), QStringLiteral("Input")},
                                           {QStringLiteral("CacheRead"), QStringLiteral("Input")},
                                           {QStringLiteral("CacheWrite5m"), QStringLiteral("Input")},
                                           {QStringLiteral("CacheWrite1h"), QStringLiteral("Input")},
                                           {QStringLiteral("Output"), QStringLiteral("Output")}};
    const QMap<QString, QString> action{{QStringLiteral("Input"), QStringLiteral("Uncached")},
                                        {QStringLiteral("CacheRead"), QStringLiteral("Read")},
                                        {QStringLiteral("CacheWrite5m"), QStringLiteral("Write")},
                                        {QStringLiteral("CacheWrite1h"), QStringLiteral("Write")}};
    QSet<QString> kindsSeen, developersSeen;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row[col("ServiceProviderName")], row[col("ProviderName")]);
        QCOMPARE(row[col("HostProviderName")], row[col("ProviderName")]);
        QVERIFY(!row[col("ServiceProviderName")].isEmpty());
        QJsonParseError error;
        const QJsonObject d = QJsonDocument::fromJson(row[col("SkuPriceDetails")].toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QString &key : d.keys())
            QVERIFY2(key.startsWith(QStringLiteral("x_")), qPrintable(key)); // custom keys are x_-prefixed
        const QString kind = row[col("x_TokenType")];
        kindsSeen.insert(kind);
        QCOMPARE(d.value(QStringLiteral("x_ModelId")).toString(), row[col("x_ModelId")]);
        QCOMPARE(d.value(QStringLiteral("x_TokenDirection")).toString(), direction.value(kind));
        QCOMPARE(d.value(QStringLiteral("x_TokenCacheAction")).toString(), action.value(kind)); // none on output
        if (kind.startsWith(QStringLiteral("CacheWrite")))
            QCOMPARE(d.value(QStringLiteral("x_CacheRetention")).toString(), kind.endsWith(QStringLiteral("5m")) ? QStringLiteral("5m") : QStringLiteral("1h"));
        else
            QVERIFY(!d.contains(QStringLiteral("x_CacheRetention")));
        const QString model = row[col("x_ModelId")];
        const QString developer = d.value(QStringLiteral("x_ModelDeveloper")).toString();
        developersSeen.insert(developer);
        if (model.contains(QStringLiteral("claude")))
            QCOMPARE(developer, QStringLiteral("Anthropic"));
        if (model.startsWith(QStringLiteral("gpt-")))
            QCOMPARE(developer, QStringLiteral("OpenAI"));
    }
    QVERIFY(kindsSeen.contains(QStringLiteral("Output")) && kindsSeen.contains(QStringLiteral("CacheRead")));
    QVERIFY(developersSeen.contains(QStringLiteral("Anthropic")) && developersSeen.contains(QStringLiteral("OpenAI")));
}

void TestExports::focus12IsTheSameDataWithoutThe13Columns()
{
    const query::UsageFilter filter{m_today.addDays(-3), m_today, {}};
    const QString path12 = m_dir.filePath(QStringLiteral("v12.csv"));
    const QString path13 = m_dir.filePath(QStringLiteral("v13.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    exporter.setVersion(exporting::FocusVersion::V1_2);
    auto s12 = exporter.write(path12, filter);
    exporter.setVersion(exporting::FocusVersion::V1_3);
    auto s13 = exporter.write(path13, filter);
    QVERIFY(s12.ok() && s13.ok());
    QCOMPARE(s12->rows, s13->rows);
    QCOMPARE(s12->effectiveCost, s13->effectiveCost);

    const QList<QStringList> rows12 = readCsv(path12);
    const QList<QStringList> rows13 = readCsv(path13);
    QStringList expected12;
    for (const auto &c : exporting::FocusExporter::columns(exporting::FocusVersion::V1_2))
        expected12 << QString::fromLatin1(c.name);
    QCOMPARE(rows12.first(), expected12);
    QCOMPARE(expected12.size(), 45);
    for (const char *c : {"ServiceProviderName", "HostProviderName", "SkuPriceDetails"})
        QVERIFY(!expected12.contains(QString::fromLatin1(c)));
    QCOMPARE(rows13.first().size(), 48);
    // Row by row, every 1.2 cell equals the 1.3 cell of the same column.
    QCOMPARE(rows12.size(), rows13.size());
    for (int r = 1; r < rows12.size(); ++r)
        for (int c = 0; c < expected12.size(); ++c)
            QCOMPARE(rows12[r][c], rows13[r][int(rows13.first().indexOf(expected12[c]))]);

    QFile meta(exporting::FocusExporter::metadataPath(path12));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("FocusVersion")).toString(), QStringLiteral("1.2"));
    QCOMPARE(o.value(QStringLiteral("ColumnDefinition")).toArray().size(), 45);

    QCOMPARE(exporting::FocusExporter::parseVersion(QStringLiteral("1.2")), exporting::FocusVersion::V1_2);
    QCOMPARE(exporting::FocusExporter::parseVersion(QStringLiteral("1.3")), exporting::FocusVersion::V1_3);
    QVERIFY(!exporting::FocusExporter::parseVersion(QStringLiteral("1.4")));
}

void TestExports::modelDevelopers()
{
    using E = exporting::FocusExporter;
    const QString bedrock = QStringLiteral("bedrock");
    QCOMPARE(E::modelDeveloper(bedrock, QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0")), QStringLiteral("Anthropic"));
    QCOMPARE(E::modelDeveloper(bedrock, QStringLiteral("us.meta.llama3-1-70b-instruct-v1:0")), QStringLiteral("Meta"));
    QCOMPARE(E::modelDeveloper(bedrock, QStringLiteral("amazon.nova-lite-v1:0")), QStringLiteral("Amazon"));
    QCOMPARE(E::modelDeveloper(bedrock, QStringLiteral("openai.gpt-oss-120b-1:0")), QStringLiteral("OpenAI"));
    QCOMPARE(E::modelDeveloper(QStringLiteral("openai"), QStringLiteral("o3-mini")), QStringLiteral("OpenAI"));
    QCOMPARE(E::modelDeveloper(QStringLiteral("openai"), QStringLiteral("ft:custom-thing")), QStringLiteral("OpenAI"));
    QCOMPARE(E::modelDeveloper(QStringLiteral("google"), QStringLiteral("gemini-2.5-pro")), QStringLiteral("Google"));
    QCOMPARE(E::modelDeveloper(QStringLiteral("google"), QStringLiteral("claude-sonnet-4@20250514")), QStringLiteral("Anthropic"));
    QCOMPARE(E::modelDeveloper(QStringLiteral("azure"), QStringLiteral("mystery-model")), QString());
}

void TestExports::focusExportFollowsFilters()
{
    const QString path = m_dir.filePath(QStringLiteral("anthropic.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    query::UsageFilter filter{QDate(2026, 11, 20), m_today, {}};
    filter.add(Dimension::Provider, QStringLiteral("anthropic"));
    auto stats = exporter.write(path, filter);
    QVERIFY(stats.ok());
    const QList<QStringList> rows = readCsv(path);
    const int provider = int(rows.first().indexOf(QStringLiteral("ProviderName")));
    for (int r = 1; r < rows.size(); ++r)
        QCOMPARE(rows[r][provider], QStringLiteral("Anthropic"));
    query::UsageQueries q(*m_db);
    QCOMPARE(stats->effectiveCost, q.summary(filter)->totals.cost.total());
    // Anthropic's cache writes come as their own rows, split by 5-minute and 1-hour.
    const int kind = int(rows.first().indexOf(QStringLiteral("x_TokenType")));
    bool sawWrite = false;
    for (int r = 1; r < rows.size(); ++r)
        sawWrite = sawWrite || rows[r][kind].startsWith(QStringLiteral("CacheWrite"));
    QVERIFY(sawWrite);
}

void TestExports::focusCancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    auto stats = exporter.write(path, query::UsageFilter{}, [](std::int64_t, std::int64_t) { return false; });
    QVERIFY(!stats.ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(exporting::FocusExporter::metadataPath(path)));
}

void TestExports::rawCsvHasEveryFact()
{
    const QString path = m_dir.filePath(QStringLiteral("raw.csv"));
    query::UsageFilter filter{QDate(2026, 11, 20), m_today, {}};
    filter.add(Dimension::Team, QStringLiteral("support"));
    std::int64_t lastDone = 0;
    auto stats = exporting::RawCsvExporter(*m_db).write(path, filter, [&](std::int64_t done, std::int64_t) {
        lastDone = done;
        return true;
    });
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.first(), exporting::RawCsvExporter::columns());
    query::UsageQueries q(*m_db);
    const auto facts = q.totalsFromFacts(filter);
    QVERIFY(facts.ok());
    QCOMPARE(rows.size() - 1, facts->facts);
    QCOMPARE(lastDone, facts->facts);
    const int team = int(rows.first().indexOf(QStringLiteral("team")));
    const int cost = int(rows.first().indexOf(QStringLiteral("cost")));
    const int start = int(rows.first().indexOf(QStringLiteral("start")));
    Money sum;
    for (int r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows[r][team], QStringLiteral("support"));
        QVERIFY(QDateTime::fromString(rows[r][start], Qt::ISODate).date() >= QDate(2026, 11, 20));
        sum += *Money::parse(rows[r][cost]);
    }
    QCOMPARE(sum, facts->cost.total());
    QCOMPARE(stats->cost, facts->cost.total());
    QCOMPARE(stats->billed, facts->billed);
}

void TestExports::unwritableFileIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.csv"));
    auto raw = exporting::RawCsvExporter(*m_db).write(path, query::UsageFilter{});
    QVERIFY(!raw.ok());
    QVERIFY(raw.errorMessage().contains(QStringLiteral("x.csv")));
    exporting::FocusExporter exporter(*m_db, *m_pricing);
    auto focus = exporter.write(path, query::UsageFilter{});
    QVERIFY(!focus.ok());
    QVERIFY(focus.errorMessage().contains(QStringLiteral("x.csv")));
}

void TestExports::focusEdgeCases()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir, QStringLiteral("edge.db"));
    QVERIFY(db);
    auto pricing = pricing::DatabasePricing::load(*db);
    QVERIFY(pricing.ok());
    const std::int64_t noon = QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto fact = [&](const char *key, const char *provider, const char *model) {
        UsageFact f;
        f.recordKey = QString::fromLatin1(key);
        f.start = noon;
        f.bucket = BucketWidth::Hour;
        f.provider = QString::fromLatin1(provider);
        f.model = QString::fromLatin1(model);
        return f;
    };
    // An Anthropic group with every token kind, billed on one of its two records.
    UsageFact a = fact("edge:a", "anthropic", "claude-sonnet-4-20250514");
    a.account = QStringLiteral("ws-research");
    a.team = QStringLiteral("research");
    a.tags = QStringLiteral("feature:faq,use_case:support");
    a.region = QStringLiteral("us-east-1");
    a.tokens = {3, 1000, 2000, 300, 400, 500, 0, 0, 0, 0};
    a.billedCost = Money::parse(QStringLiteral("0.0123"));
    UsageFact b = a;
    b.recordKey = QStringLiteral("edge:b");
    b.billedCost.reset();
    // A model without a price, and a record with requests only.
    UsageFact c = fact("edge:c", "openai", "mystery-model-x");
    c.tokens.requests = 1;
    c.tokens.uncachedInput = 100;
    UsageFact d = fact("edge:d", "openai", "gpt-4o");
    d.tokens.requests = 5;
    std::vector<UsageFact> facts{a, b, c, d};
    for (UsageFact &f : facts)
        (*pricing)->engine().priceFact(f);
    QVERIFY(!facts[2].priced);
    {
        store::Transaction tx(db->connection());
        store::FactStore store(*db);
        auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("edge"));
        QVERIFY(batch.ok());
        QVERIFY(store.insertFacts(*batch, facts).ok());
        QVERIFY(tx.commit().ok());
    }
    const QString path = dir.filePath(QStringLiteral("edge.csv"));
    exporting::FocusExporter exporter(*db, **pricing);
    auto stats = exporter.write(path, query::UsageFilter{});
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    const QList<QStringList> rows = readCsv(path);
    const QStringList header = rows.first();
    const auto get = [&](const QStringList &row, const char *column) {
        return row.value(int(header.indexOf(QString::fromLatin1(column))));
    };
    QMap<QString, QStringList> anthropic; // by token type
    QList<QStringList> mystery, requestsOnly;
    for (int r = 1; r < rows.size(); ++r) {
        if (get(rows[r], "x_ModelId") == u"claude-sonnet-4-20250514")
            anthropic.insert(get(rows[r], "x_TokenType"), rows[r]);
        else if (get(rows[r], "x_ModelId") == u"mystery-model-x")
            mystery << rows[r];
        else
            requestsOnly << rows[r];
    }
    QCOMPARE(anthropic.keys(), (QStringList{QStringLiteral("CacheRead"), QStringLiteral("CacheWrite1h"),
                                            QStringLiteral("CacheWrite5m"), QStringLiteral("Input"),
                                            QStringLiteral("Output")}));
    Money billed, cacheWrite;
    std::int64_t requests = 0;
    for (const QStringList &row : anthropic) {
        QCOMPARE(get(row, "x_CostSource"), QStringLiteral("billed"));
        QCOMPARE(get(row, "Tags"), QStringLiteral("{\"feature:faq\":true,\"use_case:support\":true}"));
        QCOMPARE(get(row, "RegionId"), QStringLiteral("us-east-1"));
        QCOMPARE(get(row, "SubAccountId"), QStringLiteral("ws-research"));
        QCOMPARE(get(row, "SubAccountType"), QStringLiteral("Workspace"));
        QCOMPARE(get(row, "ProviderName"), QStringLiteral("Anthropic"));
        QCOMPARE(get(row, "x_Team"), QStringLiteral("research"));
        billed += *Money::parse(get(row, "BilledCost"));
        requests += get(row, "x_Requests").toLongLong();
    }
    // Only the Input row carries the requests; the billed figure of the one billed record
    // is spread over the rows and adds up exactly.
    QCOMPARE(get(anthropic[QStringLiteral("Input")], "x_Requests"), QStringLiteral("6"));
    QCOMPARE(requests, 6);
    QCOMPARE(billed, *Money::parse(QStringLiteral("0.0123")));
    QCOMPARE(get(anthropic[QStringLiteral("CacheWrite5m")], "ConsumedQuantity"), QStringLiteral("600"));
    QCOMPARE(get(anthropic[QStringLiteral("CacheWrite1h")], "ConsumedQuantity"), QStringLiteral("800"));
    QCOMPARE(get(anthropic[QStringLiteral("CacheWrite5m")], "PricingQuantity"), QStringLiteral("0.0006"));
    cacheWrite = *Money::parse(get(anthropic[QStringLiteral("CacheWrite5m")], "EffectiveCost"))
                 + *Money::parse(get(anthropic[QStringLiteral("CacheWrite1h")], "EffectiveCost"));
    QCOMPARE(cacheWrite, facts[0].cost.cacheWrite + facts[1].cost.cacheWrite);
    // With list prices, each write kind's effective cost is its own tokens at its own price.
    QCOMPARE(*Money::parse(get(anthropic[QStringLiteral("CacheWrite5m")], "EffectiveCost")),
             *Money::parse(get(anthropic[QStringLiteral("CacheWrite5m")], "ListCost")));

    // No price: unit prices null, list and contracted cost 0, cost source computed.
    QCOMPARE(mystery.size(), 1);
    QCOMPARE(get(mystery[0], "ListUnitPrice"), QString());
    QCOMPARE(get(mystery[0], "ContractedUnitPrice"), QString());
    QCOMPARE(get(mystery[0], "ListCost"), QStringLiteral("0"));
    QCOMPARE(get(mystery[0], "EffectiveCost"), QStringLiteral("0"));
    QCOMPARE(get(mystery[0], "BilledCost"), QStringLiteral("0"));
    QCOMPARE(get(mystery[0], "x_CostSource"), QStringLiteral("computed"));
    QCOMPARE(get(mystery[0], "SubAccountId"), QString());
    QCOMPARE(get(mystery[0], "SubAccountType"), QString());
    QCOMPARE(get(mystery[0], "RegionName"), QString());
    QCOMPARE(get(mystery[0], "Tags"), QString());

    // Requests without tokens keep one Input row so the requests are not lost.
    QCOMPARE(requestsOnly.size(), 1);
    QCOMPARE(get(requestsOnly[0], "x_TokenType"), QStringLiteral("Input"));
    QCOMPARE(get(requestsOnly[0], "ConsumedQuantity"), QStringLiteral("0"));
    QCOMPARE(get(requestsOnly[0], "x_Requests"), QStringLiteral("5"));
    QCOMPARE(stats->requests, 12);
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
