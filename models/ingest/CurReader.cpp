#include "ingest/CurReader.h"

#include "domain/BedrockUsageType.h"
#include "ingest/IngestText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tl::ingest {

namespace {

// Column names per field: CUR 2.0 first, then the legacy report's.
struct Names
{
    const char *cur2;
    const char *legacy;
};
constexpr std::array<Names, 15> kNames = {{
    {"line_item_usage_start_date", "lineItem/UsageStartDate"},
    {"line_item_usage_end_date", "lineItem/UsageEndDate"},
    {"line_item_line_item_type", "lineItem/LineItemType"},
    {"line_item_product_code", "lineItem/ProductCode"},
    {"line_item_usage_type", "lineItem/UsageType"},
    {"line_item_usage_amount", "lineItem/UsageAmount"},
    {"line_item_unblended_cost", "lineItem/UnblendedCost"},
    {"line_item_currency_code", "lineItem/CurrencyCode"},
    {"pricing_unit", "pricing/unit"},
    {"line_item_usage_account_id", "lineItem/UsageAccountId"},
    {"line_item_resource_id", "lineItem/ResourceId"},
    {"line_item_iam_principal", "lineItem/IamPrincipal"},
    {"identity_line_item_id", "identity/LineItemId"},
    {"identity_time_interval", "identity/TimeInterval"},
    {"product_region_code", "product/regionCode"},
}};

// Line item types that are usage: on-demand, and usage covered by a reservation or a
// savings plan (their cost columns say what was paid).
bool isUsageLine(std::string_view type)
{
    return type.empty() || equalsIgnoreCase(type, "Usage") || equalsIgnoreCase(type, "DiscountedUsage")
           || equalsIgnoreCase(type, "SavingsPlanCoveredUsage");
}

// A tag key as the report writes it, without the "user:" / "user_" prefix of user-defined
// cost allocation tags.
QString tagKey(QString key)
{
    for (const char *prefix : {"user:", "user_"}) {
        if (key.startsWith(QLatin1String(prefix)))
            return key.mid(int(qstrlen(prefix)));
    }
    return key;
}

// "arn:aws:iam::123456789012:user/alice" → "user/alice"; federated
// "arn:aws:sts::123456789012:assumed-role/Role/alice@example.org" → "assumed-role/Role/alice@example.org".
QString principalName(const QString &arn)
{
    if (!arn.startsWith(QLatin1String("arn:")))
        return arn;
    const QStringList parts = arn.split(u':');
    return parts.size() >= 6 ? parts.mid(5).join(u':') : arn;
}

// "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123" → "abc123".
QString inferenceProfile(const QString &resource)
{
    const qsizetype at = resource.indexOf(QLatin1String("inference-profile/"));
    return at < 0 ? QString() : resource.mid(at + qsizetype(qstrlen("inference-profile/")));
}

} // namespace

bool CurReader::isCurHeader(const std::function<bool(const char *)> &has)
{
    return (has(kNames[UsageType].cur2) && has(kNames[Start].cur2))
           || (has(kNames[UsageType].legacy) && has(kNames[Start].legacy));
}

Status CurReader::checkHeader()
{
    m_legacy = !m_header.has(kNames[UsageType].cur2) && m_header.has(kNames[UsageType].legacy);
    for (int f = 0; f < FieldCount; ++f)
        m_columns[std::size_t(f)] = m_header.index(m_legacy ? kNames[std::size_t(f)].legacy : kNames[std::size_t(f)].cur2);
    for (Field required : {Start, UsageType, UsageAmount, UnblendedCost}) {
        if (m_columns[required] < 0)
            return Error{QCoreApplication::translate(
                             "tl::ingest::CurReader",
                             "'%1' is not an AWS Cost and Usage Report: the header has no %2 column.")
                             .arg(m_source.path(), name(required))};
    }
    m_resourceTags = m_header.index("resource_tags");
    m_tags = m_header.index("tags");
    m_legacyTags.clear();
    const auto &names = m_header.names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string_view n = names[i];
        if (n.substr(0, 13) == "resourceTags/")
            m_legacyTags.emplace_back(int(i), tagKey(fromUtf8(n.substr(13))));
    }
    return {};
}

QString CurReader::name(Field f) const
{
    return QString::fromLatin1(m_legacy ? kNames[std::size_t(f)].legacy : kNames[std::size_t(f)].cur2);
}

std::string_view CurReader::get(const std::vector<std::string> &fields, Field f) const
{
    return text::cell(fields, m_columns[std::size_t(f)]);
}

QStringList CurReader::tags(const std::vector<std::string> &fields) const
{
    QStringList out;
    // CUR 2.0: maps written as JSON objects; "tags" holds every tag (IAM principal tags
    // included), "resource_tags" the resources' own. Both may be there: a key counts once.
    QSet<QString> seen;
    for (int col : {m_tags, m_resourceTags}) {
        const std::string_view cell = text::cell(fields, col);
        if (cell.empty())
            continue;
        const QJsonObject map = QJsonDocument::fromJson(QByteArray(cell.data(), qsizetype(cell.size()))).object();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = tagKey(it.key());
            const QString value = it.value().toString();
            if (key.isEmpty() || value.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            out << key + u':' + value;
        }
    }
    for (const auto &[col, key] : m_legacyTags) {
        const std::string_view value = text::cell(fields, col);
        if (!value.empty() && !seen.contains(key)) {
            seen.insert(key);
            out << key + u':' + fromUtf8(value);
        }
    }
    return out;
}

ReadStep CurReader::readRecord(const std::vector<std::string> &row, UsageFact &f, ReadProblem &problem)
{
    if (!isUsageLine(get(row, LineItemType)))
        return ReadStep::Skipped; // taxes, fees, credits, refunds, savings plan negations
    const QString usageType = fromUtf8(get(row, UsageType));
    const BedrockUsageType u = BedrockUsageType::parse(usageType);
    // Token lines are recognised by their usage type, whatever the product code (models sold
    // through the Marketplace carry their own); other Bedrock lines (provisioned throughput,
    // guardrails, knowledge bases) are kept as billed amounts without tokens, as the Cost
    // Explorer sync keeps them; other services are skipped.
    const bool tokenLine = u.kind != BedrockUsageType::Kind::Other && !u.modelLabel.isEmpty();
    const bool bedrockProduct = asciiLower(get(row, ProductCode)).find("bedrock") != std::string::npos;
    if (!tokenLine && (!bedrockProduct || u.modelLabel.isEmpty()))
        return ReadStep::Skipped;

    const auto start = parseTimestamp(get(row, Start));
    if (!start)
        return bad(problem, name(Start),
                   get(row, Start).empty()
                       ? QCoreApplication::translate("tl::ingest::CurReader", "missing")
                       : QCoreApplication::translate("tl::ingest::CurReader", "'%1' is not a date and time")
                             .arg(fromUtf8(get(row, Start))));
    const auto end = parseTimestamp(get(row, End));

    const std::string_view currency = get(row, Currency);
    if (!currency.empty() && !equalsIgnoreCase(currency, "USD"))
        return bad(problem, name(Currency),
                   QCoreApplication::translate("tl::ingest::CurReader",
                                               "'%1': only reports in USD are supported")
                       .arg(fromUtf8(currency)));

    // Bedrock counts tokens in thousands ("1K tokens"), as Cost Explorer does; a pricing unit
    // that names another block of tokens is followed.
    std::int64_t block = tokenBlock(get(row, PricingUnit));
    if (block == 0)
        block = 1000;
    std::int64_t tokens = 0;
    QString why;
    if (!scaledTokens(get(row, UsageAmount), block, tokens, why))
        return bad(problem, name(UsageAmount), why);
    if (tokens < 0)
        return bad(problem, name(UsageAmount),
                   QCoreApplication::translate("tl::ingest::CurReader", "is negative"));
    const auto cost = parseMoney(get(row, UnblendedCost));
    if (!cost)
        return bad(problem, name(UnblendedCost),
                   QCoreApplication::translate("tl::ingest::CurReader", "'%1' is not an amount")
                       .arg(fromUtf8(get(row, UnblendedCost))));

    f = UsageFact{};
    f.provider = QStringLiteral("bedrock");
    f.model = u.model;
    f.start = *start;
    f.bucket = end && *end - *start <= 3600 ? BucketWidth::Hour : BucketWidth::Day;
    f.serviceTier = u.tier;
    f.region = get(row, Region).empty() ? u.region : fromUtf8(get(row, Region));
    f.account = fromUtf8(get(row, UsageAccount));
    f.user = principalName(fromUtf8(get(row, IamPrincipal)));
    f.billedCost = *cost;
    switch (u.kind) {
    case BedrockUsageType::Kind::Input: f.tokens.uncachedInput = tokens; break;
    case BedrockUsageType::Kind::Output: f.tokens.output = tokens; break;
    case BedrockUsageType::Kind::CacheRead: f.tokens.cacheRead = tokens; break;
    case BedrockUsageType::Kind::CacheWrite: (u.oneHourCache ? f.tokens.cacheWrite1h : f.tokens.cacheWrite5m) = tokens; break;
    case BedrockUsageType::Kind::Other: break;
    }

    QStringList labels = tags(row);
    for (const QString &t : labels) {
        if (f.team.isEmpty() && t.startsWith(QLatin1String("team:")))
            f.team = t.mid(5);
    }
    labels << QStringLiteral("usage_type:") + usageType;
    if (u.crossRegion)
        labels << QStringLiteral("cross_region:") + u.crossRegionScope;
    if (const QString profile = inferenceProfile(fromUtf8(get(row, ResourceId))); !profile.isEmpty())
        labels << QStringLiteral("inference_profile:") + profile;
    f.tags = canonicalTags(labels);

    // The line item id and its hour (or day) identify a line across refreshes of the report.
    if (!get(row, LineItemId).empty()) {
        f.recordKey = QStringLiteral("cur:") + fromUtf8(get(row, LineItemId)) + u'/'
                      + fromUtf8(get(row, TimeInterval));
    } else {
        QByteArray content;
        for (Field c : {Start, End, UsageType, UsageAccount, ResourceId, IamPrincipal, UsageAmount, UnblendedCost}) {
            content += get(row, c);
            content += '\x1f';
        }
        f.recordKey = contentKey(QStringLiteral("cur:"), content);
    }
    return ReadStep::Fact;
}

} // namespace tl::ingest
