#include "export/FocusExporter.h"

#include "core/FileError.h"

#include "pricing/DatabasePricing.h"
#include "query/UsageRows.h"
#include "store/SqliteExportReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <array>
#include <cerrno>
#include <limits>
#include <optional>

namespace tl::exporting {

namespace {

constexpr std::int64_t kTokensPerPricingUnit = 1'000'000;

enum Column
{
    BilledCost,
    BillingAccountId,
    BillingAccountName,
    BillingCurrency,
    BillingPeriodEnd,
    BillingPeriodStart,
    ChargeCategory,
    ChargeClass,
    ChargeDescription,
    ChargeFrequency,
    ChargePeriodEnd,
    ChargePeriodStart,
    ConsumedQuantity,
    ConsumedUnit,
    ContractedCost,
    ContractedUnitPrice,
    EffectiveCost,
    HostProviderName,
    InvoiceIssuerName,
    ListCost,
    ListUnitPrice,
    PricingCategory,
    PricingQuantity,
    PricingUnit,
    ProviderName,
    PublisherName,
    RegionId,
    RegionName,
    ServiceCategory,
    ServiceName,
    ServiceProviderName,
    ServiceSubcategory,
    SkuId,
    SkuMeter,
    SkuPriceDetails,
    SkuPriceId,
    SubAccountId,
    SubAccountName,
    SubAccountType,
    Tags,
    XModelId,
    XTokenType,
    XServiceTier,
    XTeam,
    XApiKeyId,
    XUserId,
    XRequests,
    XCostSource,
    ColumnCount
};

// The token kinds, in the order their rows are written (Input first: it carries x_Requests).
enum class Kind { Input, CacheRead, CacheWrite5m, CacheWrite1h, Output };
constexpr std::array<Kind, 5> kKinds = {Kind::Input, Kind::CacheRead, Kind::CacheWrite5m, Kind::CacheWrite1h,
                                        Kind::Output};

const char *kindKey(Kind k)
{
    switch (k) {
    case Kind::Input: return "Input";
    case Kind::CacheRead: return "CacheRead";
    case Kind::CacheWrite5m: return "CacheWrite5m";
    case Kind::CacheWrite1h: return "CacheWrite1h";
    case Kind::Output: return "Output";
    }
    return "";
}

const char *kindSku(Kind k)
{
    switch (k) {
    case Kind::Input: return "input";
    case Kind::CacheRead: return "cache-read";
    case Kind::CacheWrite5m: return "cache-write-5m";
    case Kind::CacheWrite1h: return "cache-write-1h";
    case Kind::Output: return "output";
    }
    return "";
}

const char *kindMeter(Kind k)
{
    switch (k) {
    case Kind::Input: return "Input Tokens";
    case Kind::CacheRead: return "Cache Read Tokens";
    case Kind::CacheWrite5m: return "Cache Write 5m Tokens";
    case Kind::CacheWrite1h: return "Cache Write 1h Tokens";
    case Kind::Output: return "Output Tokens";
    }
    return "";
}

const char *kindDescription(Kind k)
{
    switch (k) {
    case Kind::Input: return "input tokens";
    case Kind::CacheRead: return "cache read tokens";
    case Kind::CacheWrite5m: return "cache write (5 minutes) tokens";
    case Kind::CacheWrite1h: return "cache write (1 hour) tokens";
    case Kind::Output: return "output tokens";
    }
    return "";
}

std::int64_t tokensOf(const TokenCounts &t, Kind k)
{
    switch (k) {
    case Kind::Input: return t.uncachedInput;
    case Kind::CacheRead: return t.cacheRead;
    case Kind::CacheWrite5m: return t.cacheWrite5m;
    case Kind::CacheWrite1h: return t.cacheWrite1h;
    case Kind::Output: return t.output;
    }
    return 0;
}

// One million tokens of one kind, to read a per-million unit price off the cost engine (which
// applies the tier rules, and the discounts when it has them).
TokenCounts millionOf(Kind k)
{
    TokenCounts t;
    switch (k) {
    case Kind::Input: t.uncachedInput = kTokensPerPricingUnit; break;
    case Kind::CacheRead: t.cacheRead = kTokensPerPricingUnit; break;
    case Kind::CacheWrite5m: t.cacheWrite5m = kTokensPerPricingUnit; break;
    case Kind::CacheWrite1h: t.cacheWrite1h = kTokensPerPricingUnit; break;
    case Kind::Output: t.output = kTokensPerPricingUnit; break;
    }
    return t;
}

Money partOf(const CostBreakdown &c, Kind k)
{
    switch (k) {
    case Kind::Input: return c.uncachedInput;
    case Kind::CacheRead: return c.cacheRead;
    case Kind::CacheWrite5m:
    case Kind::CacheWrite1h: return c.cacheWrite;
    case Kind::Output: return c.output;
    }
    return {};
}

// The SKU price details of one token kind: the model's identity and the token's direction and
// cache action, with the names the FOCUS working group uses for AI usage, x_-prefixed until
// they are part of the specification. QJsonObject keeps its keys sorted, as FOCUS examples do.
QString skuPriceDetails(const QString &provider, const QString &model, Kind k)
{
    QJsonObject o;
    o.insert(QStringLiteral("x_ModelId"), model);
    if (const QString developer = FocusExporter::modelDeveloper(provider, model); !developer.isEmpty())
        o.insert(QStringLiteral("x_ModelDeveloper"), developer);
    o.insert(QStringLiteral("x_TokenDirection"), k == Kind::Output ? QStringLiteral("Output") : QStringLiteral("Input"));
    switch (k) {
    case Kind::Input: o.insert(QStringLiteral("x_TokenCacheAction"), QStringLiteral("Uncached")); break;
    case Kind::CacheRead: o.insert(QStringLiteral("x_TokenCacheAction"), QStringLiteral("Read")); break;
    case Kind::CacheWrite5m:
    case Kind::CacheWrite1h:
        o.insert(QStringLiteral("x_TokenCacheAction"), QStringLiteral("Write"));
        o.insert(QStringLiteral("x_CacheRetention"), k == Kind::CacheWrite5m ? QStringLiteral("5m") : QStringLiteral("1h"));
        break;
    case Kind::Output: break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString isoMoment(const QDate &d)
{
    return d.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

QString subAccountType(const QString &provider)
{
    if (provider == u"openai")
        return QStringLiteral("Project");
    if (provider == u"anthropic")
        return QStringLiteral("Workspace");
    return QStringLiteral("Account");
}

QString tagsJson(const QString &canonical)
{
    const QStringList tags = splitTags(canonical);
    if (tags.isEmpty())
        return {};
    QJsonObject o;
    for (const QString &t : tags)
        o.insert(t, true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// List and contracted unit prices of one kind, per million tokens; nullopt when unpriced.
struct UnitPrices
{
    std::array<std::optional<Money>, 5> list;
    std::array<std::optional<Money>, 5> contracted;
};

// Effective cost per kind: the rollup's own parts; the cache-write part (5m and 1h together)
// is split by their contracted cost, the remainder going to 1h so the two add up exactly.
std::array<Money, 5> effectiveCosts(const query::UsageTotals &t, const UnitPrices &prices)
{
    std::array<Money, 5> effective{t.cost.uncachedInput, t.cost.cacheRead, Money(), Money(), t.cost.output};
    const std::int64_t t5 = t.tokens.cacheWrite5m;
    const std::int64_t t1 = t.tokens.cacheWrite1h;
    const Int128 w5 = Int128(t5) * prices.contracted[2].value_or(Money::fromUnits(1)).nanos();
    const Int128 w1 = Int128(t1) * prices.contracted[3].value_or(Money::fromUnits(1)).nanos();
    Money part5;
    if (t1 == 0 || w5 + w1 == 0)
        part5 = t1 == 0 ? t.cost.cacheWrite : Money();
    else
        part5 = Money::fromNanos(
            roundedDivide(Int128(t.cost.cacheWrite.nanos()) * w5, static_cast<std::int64_t>(w5 + w1)));
    effective[2] = part5;
    effective[3] = t.cost.cacheWrite - part5;
    return effective;
}

// The group's billed amount spread over its rows in proportion to their effective cost; the
// last row takes the rounding remainder, so the rows add up to the rollup exactly.
QList<Money> spreadBilled(Money billed, const QList<Money> &effective)
{
    Money sum;
    for (const Money &e : effective)
        sum += e;
    QList<Money> out;
    Money left = billed;
    for (qsizetype r = 0; r < effective.size(); ++r) {
        Money part;
        if (r + 1 == effective.size())
            part = left;
        else if (sum.isZero())
            part = r == 0 ? billed : Money();
        else
            part = Money::fromNanos(roundedDivide(Int128(billed.nanos()) * effective[r].nanos(), sum.nanos()));
        left -= part;
        out << part;
    }
    return out;
}

// Turns rollup rows (one day × one full dimension key) into FOCUS rows, with the unit prices of
// the day cached.
class GroupWriter
{
public:
    GroupWriter(CsvStream &out, const pricing::DatabasePricing &pricing, QString organisation, FocusVersion version)
        : m_out(out), m_list(pricing.catalog()), m_contracted(pricing.engine()), m_organisation(std::move(organisation)),
          m_version(version)
    {
        m_row.resize(ColumnCount);
    }

    void write(std::int64_t day, const std::array<QString, 10> &dims, const query::UsageTotals &t,
               FocusExportStats &stats);

private:
    void startDay(std::int64_t day);
    const UnitPrices &prices(const QString &provider, const QString &model, const QString &tier);

    CsvStream &m_out;
    const pricing::CostEngine m_list; // list prices: the catalog without discounts
    const pricing::CostEngine &m_contracted;
    QString m_organisation;
    FocusVersion m_version;
    QHash<QString, UnitPrices> m_prices; // of the current day
    std::int64_t m_day = std::numeric_limits<std::int64_t>::min();
    QDate m_date;
    QString m_chargeStart, m_chargeEnd, m_billingStart, m_billingEnd;
    QStringList m_row;       // every column of the newest version, in Column order
    QStringList m_projected; // the columns of an older version
};

void GroupWriter::startDay(std::int64_t day)
{
    m_day = day;
    m_prices.clear();
    m_date = query::dateOfEpochDay(day);
    m_chargeStart = isoMoment(m_date);
    m_chargeEnd = isoMoment(m_date.addDays(1));
    const QDate monthStart(m_date.year(), m_date.month(), 1);
    m_billingStart = isoMoment(monthStart);
    m_billingEnd = isoMoment(monthStart.addMonths(1));
}

const UnitPrices &GroupWriter::prices(const QString &provider, const QString &model, const QString &tier)
{
    const QString key = provider + u'\x1f' + model + u'\x1f' + tier;
    auto cached = m_prices.find(key);
    if (cached == m_prices.end()) {
        UnitPrices p;
        for (Kind k : kKinds) {
            const int i = static_cast<int>(k);
            const auto l = m_list.price(provider, model, m_date, tier, millionOf(k), false);
            if (l.price)
                p.list[i] = partOf(l.cost, k);
            const auto c = m_contracted.price(provider, model, m_date, tier, millionOf(k), false);
            if (c.price)
                p.contracted[i] = partOf(c.cost, k);
        }
        cached = m_prices.insert(key, p);
    }
    return *cached;
}

void GroupWriter::write(std::int64_t day, const std::array<QString, 10> &dims, const query::UsageTotals &t,
                        FocusExportStats &stats)
{
    if (day != m_day)
        startDay(day);
    const QString &provider = dims[0];
    const QString &model = dims[1];
    const QString &account = dims[3];
    const QString &tier = dims[9];
    const UnitPrices &unit = prices(provider, model, tier);
    const std::array<Money, 5> effective = effectiveCosts(t, unit);

    QList<Kind> kinds;
    QList<Money> kindCosts;
    for (Kind k : kKinds) {
        const int i = static_cast<int>(k);
        if (tokensOf(t.tokens, k) != 0 || !effective[i].isZero()) {
            kinds << k;
            kindCosts << effective[i];
        }
    }
    // Requests or a billed amount without any tokens still need a row to travel on.
    if (kinds.isEmpty() && (t.tokens.requests != 0 || !t.billed.isZero())) {
        kinds << Kind::Input;
        kindCosts << Money();
    }
    const bool billed = t.billedFacts > 0;
    const QList<Money> billedCosts = billed ? spreadBilled(t.billed, kindCosts) : kindCosts;

    QStringList &row = m_row;
    for (qsizetype r = 0; r < kinds.size(); ++r) {
        const Kind k = kinds[r];
        const int i = static_cast<int>(k);
        const std::int64_t tokens = tokensOf(t.tokens, k);
        const auto &contracted = unit.contracted[i];
        const auto &list = unit.list[i];
        row[BilledCost] = billedCosts[r].toDecimalString();
        row[BillingAccountId] = provider;
        row[BillingAccountName] = m_organisation;
        row[BillingCurrency] = QStringLiteral("USD");
        row[BillingPeriodEnd] = m_billingEnd;
        row[BillingPeriodStart] = m_billingStart;
        row[ChargeCategory] = QStringLiteral("Usage");
        row[ChargeClass] = QString();
        row[ChargeDescription] = model + u' ' + QString::fromLatin1(kindDescription(k));
        row[ChargeFrequency] = QStringLiteral("Usage-Based");
        row[ChargePeriodEnd] = m_chargeEnd;
        row[ChargePeriodStart] = m_chargeStart;
        row[ConsumedQuantity] = QString::number(tokens);
        row[ConsumedUnit] = QStringLiteral("Tokens");
        row[ContractedCost] = contracted ? scaledDecimal(Int128(tokens) * contracted->nanos(), 15) : QStringLiteral("0");
        row[ContractedUnitPrice] = contracted ? contracted->toDecimalString() : QString();
        row[EffectiveCost] = effective[i].toDecimalString();
        row[InvoiceIssuerName] = FocusExporter::providerName(provider);
        row[ListCost] = list ? scaledDecimal(Int128(tokens) * list->nanos(), 15) : QStringLiteral("0");
        row[ListUnitPrice] = list ? list->toDecimalString() : QString();
        row[PricingCategory] = QStringLiteral("Standard");
        row[PricingQuantity] = scaledDecimal(tokens, 6);
        row[PricingUnit] = QStringLiteral("1000000 Tokens");
        row[ProviderName] = FocusExporter::providerName(provider);
        row[PublisherName] = row[ProviderName];
        row[ServiceProviderName] = row[ProviderName];
        row[HostProviderName] = row[ProviderName];
        row[RegionId] = dims[8];
        row[RegionName] = dims[8];
        row[ServiceCategory] = QStringLiteral("AI and Machine Learning");
        row[ServiceName] = FocusExporter::serviceName(provider);
        row[ServiceSubcategory] = QStringLiteral("Generative AI");
        row[SkuId] = provider + u'/' + model + u'/' + QString::fromLatin1(kindSku(k));
        row[SkuMeter] = QString::fromLatin1(kindMeter(k));
        row[SkuPriceDetails] = skuPriceDetails(provider, model, k);
        row[SkuPriceId] = row[SkuId] + u'/' + (tier.isEmpty() ? QStringLiteral("standard") : tier);
        row[SubAccountId] = account;
        row[SubAccountName] = account;
        row[SubAccountType] = account.isEmpty() ? QString() : subAccountType(provider);
        row[Tags] = tagsJson(dims[7]);
        row[XModelId] = model;
        row[XTokenType] = QString::fromLatin1(kindKey(k));
        row[XServiceTier] = tier;
        row[XTeam] = dims[6];
        row[XApiKeyId] = dims[4];
        row[XUserId] = dims[5];
        row[XRequests] = r == 0 ? QString::number(t.tokens.requests) : QString();
        row[XCostSource] = billed ? QStringLiteral("billed") : QStringLiteral("computed");
        if (m_version == FocusVersion::V1_3) {
            m_out.writeRow(row);
        } else {
            m_projected.clear();
            for (int c : FocusExporter::columnIds(m_version))
                m_projected << row[c];
            m_out.writeRow(m_projected);
        }

        ++stats.rows;
        stats.effectiveCost += effective[i];
        stats.billedCostColumn += billedCosts[r];
        if (billed)
            stats.billedCost += billedCosts[r];
    }
    ++stats.groups;
    stats.requests += t.tokens.requests;
    stats.tokens.requests += t.tokens.requests;
    stats.tokens.uncachedInput += t.tokens.uncachedInput;
    stats.tokens.cacheRead += t.tokens.cacheRead;
    stats.tokens.cacheWrite5m += t.tokens.cacheWrite5m;
    stats.tokens.cacheWrite1h += t.tokens.cacheWrite1h;
    stats.tokens.output += t.tokens.output;
}

} // namespace

FocusExporter::FocusExporter(store::Database &db, const pricing::DatabasePricing &pricing)
    : m_db(db), m_pricing(pricing)
{
}

// Every column TokenLedger writes, in the order of the Column enum (FOCUS 1.3's columns in
// alphabetical order, then ours); `since13` marks the columns FOCUS 1.2 does not have.
namespace {
struct ColumnSpec
{
    FocusColumn column;
    bool since13;
};
const std::array<ColumnSpec, ColumnCount> &allColumns()
{
    static const std::array<ColumnSpec, ColumnCount> list = {{
        {{"BilledCost", "DECIMAL"}, false},          {{"BillingAccountId", "STRING"}, false},
        {{"BillingAccountName", "STRING"}, false},   {{"BillingCurrency", "STRING"}, false},
        {{"BillingPeriodEnd", "DATETIME"}, false},   {{"BillingPeriodStart", "DATETIME"}, false},
        {{"ChargeCategory", "STRING"}, false},       {{"ChargeClass", "STRING"}, false},
        {{"ChargeDescription", "STRING"}, false},    {{"ChargeFrequency", "STRING"}, false},
        {{"ChargePeriodEnd", "DATETIME"}, false},    {{"ChargePeriodStart", "DATETIME"}, false},
        {{"ConsumedQuantity", "DECIMAL"}, false},    {{"ConsumedUnit", "STRING"}, false},
        {{"ContractedCost", "DECIMAL"}, false},      {{"ContractedUnitPrice", "DECIMAL"}, false},
        {{"EffectiveCost", "DECIMAL"}, false},       {{"HostProviderName", "STRING"}, true},
        {{"InvoiceIssuerName", "STRING"}, false},    {{"ListCost", "DECIMAL"}, false},
        {{"ListUnitPrice", "DECIMAL"}, false},       {{"PricingCategory", "STRING"}, false},
        {{"PricingQuantity", "DECIMAL"}, false},     {{"PricingUnit", "STRING"}, false},
        {{"ProviderName", "STRING"}, false},         {{"PublisherName", "STRING"}, false},
        {{"RegionId", "STRING"}, false},             {{"RegionName", "STRING"}, false},
        {{"ServiceCategory", "STRING"}, false},      {{"ServiceName", "STRING"}, false},
        {{"ServiceProviderName", "STRING"}, true},   {{"ServiceSubcategory", "STRING"}, false},
        {{"SkuId", "STRING"}, false},                {{"SkuMeter", "STRING"}, false},
        {{"SkuPriceDetails", "JSON"}, true},         {{"SkuPriceId", "STRING"}, false},
        {{"SubAccountId", "STRING"}, false},         {{"SubAccountName", "STRING"}, false},
        {{"SubAccountType", "STRING"}, false},       {{"Tags", "JSON"}, false},
        {{"x_ModelId", "STRING"}, false},            {{"x_TokenType", "STRING"}, false},
        {{"x_ServiceTier", "STRING"}, false},        {{"x_Team", "STRING"}, false},
        {{"x_ApiKeyId", "STRING"}, false},           {{"x_UserId", "STRING"}, false},
        {{"x_Requests", "DECIMAL"}, false},          {{"x_CostSource", "STRING"}, false},
    }};
    static_assert(ColumnCount == 48);
    return list;
}
} // namespace

const QList<int> &FocusExporter::columnIds(FocusVersion version)
{
    static const auto build = [](bool with13) {
        QList<int> ids;
        for (int c = 0; c < ColumnCount; ++c)
            if (with13 || !allColumns()[std::size_t(c)].since13)
                ids << c;
        return ids;
    };
    static const QList<int> v12 = build(false);
    static const QList<int> v13 = build(true);
    return version == FocusVersion::V1_2 ? v12 : v13;
}

QList<FocusColumn> FocusExporter::columns(FocusVersion version)
{
    QList<FocusColumn> out;
    for (int c : columnIds(version))
        out << allColumns()[std::size_t(c)].column;
    return out;
}

QString FocusExporter::versionName(FocusVersion version)
{
    return version == FocusVersion::V1_2 ? QStringLiteral("1.2") : QStringLiteral("1.3");
}

std::optional<FocusVersion> FocusExporter::parseVersion(const QString &text)
{
    if (text == u"1.3")
        return FocusVersion::V1_3;
    if (text == u"1.2")
        return FocusVersion::V1_2;
    return std::nullopt;
}

QString FocusExporter::modelDeveloper(const QString &provider, const QString &model)
{
    // Bedrock ids carry the developer ("anthropic.claude-…", "us.meta.llama…"); other ids are
    // recognised by their family name.
    const QString m = model.toLower();
    static const std::array<std::pair<const char *, const char *>, 22> families = {{
        {"claude", "Anthropic"},   {"anthropic.", "Anthropic"}, {"gpt-", "OpenAI"},       {"openai.", "OpenAI"},
        {"chatgpt", "OpenAI"},     {"text-embedding", "OpenAI"}, {"dall-e", "OpenAI"},    {"whisper", "OpenAI"},
        {"gemini", "Google"},      {"gemma", "Google"},          {"llama", "Meta"},       {"mistral", "Mistral AI"},
        {"mixtral", "Mistral AI"}, {"codestral", "Mistral AI"},  {"pixtral", "Mistral AI"}, {"titan", "Amazon"},
        {"nova", "Amazon"},        {"command", "Cohere"},        {"cohere.", "Cohere"},   {"deepseek", "DeepSeek"},
        {"jamba", "AI21 Labs"},    {"qwen", "Alibaba Cloud"},
    }};
    for (const auto &[needle, developer] : families)
        if (m.contains(QLatin1String(needle)))
            return QString::fromLatin1(developer);
    // OpenAI's reasoning models: o1, o3-mini, o4-mini, …
    static const QRegularExpression reasoning(QStringLiteral("^o[0-9]+(-|$)"));
    if (reasoning.match(m).hasMatch())
        return QStringLiteral("OpenAI");
    // The first-party APIs serve only their own models.
    if (provider == u"openai")
        return QStringLiteral("OpenAI");
    if (provider == u"anthropic")
        return QStringLiteral("Anthropic");
    return {};
}

QString FocusExporter::providerName(const QString &providerId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI")},
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic")},
        {QStringLiteral("bedrock"), QStringLiteral("Amazon Web Services")},
        {QStringLiteral("google"), QStringLiteral("Google")},
        {QStringLiteral("azure"), QStringLiteral("Microsoft")},
    };
    return names.value(providerId, providerId);
}

QString FocusExporter::serviceName(const QString &providerId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI API")},
        {QStringLiteral("anthropic"), QStringLiteral("Claude API")},
        {QStringLiteral("bedrock"), QStringLiteral("Amazon Bedrock")},
        {QStringLiteral("google"), QStringLiteral("Vertex AI")},
        {QStringLiteral("azure"), QStringLiteral("Azure OpenAI")},
    };
    return names.value(providerId, providerId + QStringLiteral(" API"));
}

QByteArray FocusExporter::metadataJson(const QDateTime &created, FocusVersion version)
{
    QJsonArray definitions;
    for (const FocusColumn &c : columns(version)) {
        QJsonObject d{{QStringLiteral("ColumnName"), QString::fromLatin1(c.name)},
                      {QStringLiteral("DataType"), QString::fromLatin1(c.dataType)}};
        definitions.append(d);
    }
    QJsonObject meta{
        {QStringLiteral("SchemaId"), QStringLiteral("tokenledger-focus-%1-llm-v1").arg(versionName(version))},
        {QStringLiteral("FocusVersion"), versionName(version)},
        {QStringLiteral("DataGeneratorVersion"), QStringLiteral("TokenLedger " TOKENLEDGER_VERSION)},
        {QStringLiteral("CreationDate"), created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
        {QStringLiteral("ColumnDefinition"), definitions},
    };
    return QJsonDocument(meta).toJson(QJsonDocument::Indented);
}

Result<FocusExportStats> FocusExporter::write(const QString &path, const query::UsageFilter &filter,
                                              const ExportProgress &progress)
{
    store::SqliteExportReader reader(m_db);
    auto expectedFacts = reader.rollupGroupFacts(filter);
    if (!expectedFacts)
        return expectedFacts.error();
    auto cursor = reader.rollupGroups(filter);
    if (!cursor)
        return cursor.error();

    CsvStream out(path);
    if (Status s = out.open(); !s)
        return s.error();
    QStringList header;
    for (const FocusColumn &c : columns(m_version))
        header << QString::fromLatin1(c.name);
    out.writeRow(header);

    GroupWriter groups(out, m_pricing, m_organisation, m_version);
    FocusExportStats stats;
    store::RollupGroupRow group;
    std::int64_t factsDone = 0;
    while (true) {
        auto more = (*cursor)->next(group);
        if (!more) {
            out.cancel();
            return more.error();
        }
        if (!*more)
            break;
        groups.write(group.day, group.dims, group.totals, stats);
        factsDone += group.totals.facts;
        // The number of groups is known at the end only: it is estimated from the share of the
        // facts written so far, so that the fraction shown is that share.
        const auto expectedGroups = [&] {
            if (factsDone <= 0 || *expectedFacts <= factsDone)
                return stats.groups;
            return std::int64_t(double(stats.groups) * double(*expectedFacts) / double(factsDone));
        };
        if (progress && (stats.groups == 1 || stats.groups % 2000 == 0) && !progress(stats.groups, expectedGroups())) {
            out.cancel();
            return Error::of(QCoreApplication::translate("tl::exporting::FocusExporter", "Export cancelled."));
        }
    }
    if (Status s = out.commit(); !s)
        return s.error();

    QSaveFile meta(metadataPath(path));
    const QByteArray json = metadataJson(QDateTime::currentDateTimeUtc(), m_version);
    errno = 0;
    if (!meta.open(QIODevice::WriteOnly) || meta.write(json) != json.size() || !meta.commit())
        return Error::of(QCoreApplication::translate("tl::exporting::FocusExporter", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(metadataPath(path)),
                                  FileError::describe(meta, errno)));
    if (progress)
        progress(stats.groups, stats.groups);
    return stats;
}

} // namespace tl::exporting
