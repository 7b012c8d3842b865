#include "ingest/CsvReaders.h"

#include "ingest/FocusCloudMeter.h"

#include "ingest/IngestText.h"

#include "domain/BedrockUsageType.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace tl::ingest {

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

// Tokens per unit of a quantity: "Tokens" 1, "1000 Tokens" / "1K Tokens" 1000,
// "1000000 Tokens" / "1M Tokens" 1e6. 0 when the unit does not count tokens.
std::int64_t tokenBlock(std::string_view unit)
{
    const std::string u = asciiLower(unit);
    if (u.find("token") == std::string::npos)
        return 0;
    std::int64_t n = 1;
    std::size_t i = 0;
    while (i < u.size() && u[i] == ' ')
        ++i;
    std::int64_t digitsValue = 0;
    bool any = false;
    while (i < u.size() && u[i] >= '0' && u[i] <= '9') {
        digitsValue = digitsValue * 10 + (u[i] - '0');
        any = true;
        ++i;
    }
    if (any)
        n = digitsValue;
    if (i < u.size() && u[i] == 'k')
        n *= 1000;
    else if (i < u.size() && u[i] == 'm' && (i + 1 == u.size() || u[i + 1] == ' '))
        n *= 1000000;
    return n > 0 ? n : 1;
}

// quantity × block as a whole token count; false when malformed or out of range.
bool scaledTokens(std::string_view quantity, std::int64_t block, std::int64_t &out, QString &why)
{
    if (block == 1) {
        const IntParse r = parseCount(quantity, out, true);
        if (r == IntParse::Ok)
            return true;
        if (r != IntParse::Fraction) {
            why = intParseMessage(r);
            return false;
        }
    }
    const auto m = parseMoney(quantity);
    if (!m) {
        why = QCoreApplication::translate("tl::ingest::CsvReaders", "'%1' is not a number")
                  .arg(fromUtf8(quantity));
        return false;
    }
    const Int128 tokens = Int128(m->nanos()) * block;
    const Int128 rounded = (tokens >= 0 ? tokens + 500'000'000 : tokens - 500'000'000) / 1'000'000'000;
    if (rounded > Int128(INT64_MAX) || rounded < Int128(INT64_MIN)) {
        why = intParseMessage(IntParse::TooLarge);
        return false;
    }
    out = std::int64_t(rounded);
    return true;
}

namespace {

bool isKnownProvider(const QString &p)
{
    return p == u"openai" || p == u"anthropic" || p == u"bedrock" || p == u"google" || p == u"azure";
}

} // namespace

// ---- common ------------------------------------------------------------------------------

Status CsvRecordReader::start()
{
    std::vector<std::string> names;
    switch (m_csv.next(names)) {
    case text::CsvParser::Next::Error: return Error{m_source.errorMessage()};
    case text::CsvParser::Next::End:
        return Error{QCoreApplication::translate("tl::ingest::CsvReaders", "'%1' is empty.")
                         .arg(m_source.path())};
    case text::CsvParser::Next::BadEncoding:
        return Error{QCoreApplication::translate(
                         "tl::ingest::CsvReaders",
                         "The header of '%1' is not valid UTF-8; save the file as UTF-8.")
                         .arg(m_source.path())};
    case text::CsvParser::Next::Unterminated:
        return Error{QCoreApplication::translate(
                         "tl::ingest::CsvReaders",
                         "The header of '%1' opens a quoted field that is never closed.")
                         .arg(m_source.path())};
    case text::CsvParser::Next::Record: break;
    }
    m_header.set(names);
    return checkHeader();
}

ReadStep CsvRecordReader::next(UsageFact &fact, ReadProblem &problem)
{
    switch (m_csv.next(m_fields)) {
    case text::CsvParser::Next::End: return ReadStep::End;
    case text::CsvParser::Next::Error: return fail(problem);
    case text::CsvParser::Next::BadEncoding:
        problem.line = m_csv.recordLine();
        problem.reason = QCoreApplication::translate(
            "tl::ingest::CsvReaders",
            "not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)");
        return ReadStep::Rejected;
    case text::CsvParser::Next::Unterminated:
        problem.line = m_csv.recordLine();
        problem.reason = text::unterminatedReason();
        return ReadStep::Rejected;
    case text::CsvParser::Next::Record: break;
    }
    problem.line = m_csv.recordLine();
    if (QString why = text::fieldCountProblem(m_fields, m_header); !why.isEmpty()) {
        problem.reason = why;
        return ReadStep::Rejected;
    }
    return readRecord(m_fields, fact, problem);
}

ReadStep CsvRecordReader::bad(ReadProblem &problem, const QString &field, const QString &reason)
{
    problem.line = m_csv.recordLine();
    problem.field = field;
    problem.reason = reason;
    return ReadStep::Rejected;
}

QString CsvRecordReader::contentKey(const QString &prefix, const QByteArray &content)
{
    const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha1);
    const int occurrence = ++m_seen[hash];
    return prefix + QString::fromLatin1(hash.toHex()) + u'#' + QString::number(occurrence);
}

// ---- FOCUS -------------------------------------------------------------------------------

Status FocusReader::checkHeader()
{
    for (const char *required : {"ChargePeriodStart", "BilledCost"}) {
        if (!m_header.has(required))
            return Error{QCoreApplication::translate(
                             "tl::ingest::CsvReaders",
                             "'%1' is not a FOCUS export: the header has no %2 column.")
                             .arg(m_source.path(), QString::fromLatin1(required))};
    }
    return {};
}

std::string_view FocusReader::get(const std::vector<std::string> &fields, const char *column) const
{
    const std::string_view v = text::cell(fields, m_header.index(column));
    return v == "NULL" ? std::string_view() : v;
}

ReadStep FocusReader::readRecord(const std::vector<std::string> &row, UsageFact &f, ReadProblem &problem)
{
    auto g = [&](const char *c) { return get(row, c); };
    const std::string_view category = g("ChargeCategory");
    if (!category.empty() && !equalsIgnoreCase(category, "Usage"))
        return ReadStep::Skipped; // purchases, taxes, credits, adjustments carry no tokens

    // An AWS usage type in the meter (FOCUS with AWS columns, 1.0's x_UsageType): the model, the
    // token kind, the region and the tier of a Bedrock line.
    BedrockUsageType usage;
    for (const char *c : {"x_UsageType", "SkuMeter"}) {
        if (usage.kind == BedrockUsageType::Kind::Other && !g(c).empty())
            usage = BedrockUsageType::parse(fromUtf8(g(c)));
    }
    const bool bedrockMeter = usage.kind != BedrockUsageType::Kind::Other && !usage.modelLabel.isEmpty();

    const std::string_view consumedUnit = g("ConsumedUnit");
    const std::string_view pricingUnit = g("PricingUnit");
    const bool aiRow = equalsIgnoreCase(g("ServiceCategory"), "AI and Machine Learning")
                       || equalsIgnoreCase(g("ServiceSubcategory"), "Generative AI")
                       || tokenBlock(consumedUnit) > 0 || tokenBlock(pricingUnit) > 0 || bedrockMeter;
    if (!aiRow)
        return ReadStep::Skipped; // compute, storage, … in a whole-cloud export

    const auto start = parseTimestamp(g("ChargePeriodStart"));
    if (!start)
        return bad(problem, QStringLiteral("ChargePeriodStart"),
                   g("ChargePeriodStart").empty()
                       ? QCoreApplication::translate("tl::ingest::CsvReaders", "missing")
                       : QCoreApplication::translate("tl::ingest::CsvReaders",
                                                     "'%1' is not a date and time")
                             .arg(fromUtf8(g("ChargePeriodStart"))));
    const auto end = parseTimestamp(g("ChargePeriodEnd"));

    // Azure OpenAI meters and Google Cloud SKUs name the model and the token kind in their
    // meter text (issue 22); our own x_ModelId still wins.
    FocusCloudMeter cloud;
    if (g("x_ModelId").empty())
        cloud = FocusCloudMeter::read(g, providerId(fromUtf8(g("ProviderName"))));
    if (!cloud.problem.isEmpty())
        return bad(problem, cloud.problemField, cloud.problem);

    // SkuPriceDetails: the AI properties of FOCUS's working group (ModelId, TokenDirection,
    // TokenCacheAction) as they are or x_-prefixed, as TokenLedger's own 1.3 export writes them.
    QJsonObject details;
    if (const std::string_view d = g("SkuPriceDetails"); !d.empty())
        details = QJsonDocument::fromJson(QByteArray(d.data(), qsizetype(d.size()))).object();
    const auto detail = [&details](const char *name) {
        const QString key = QString::fromLatin1(name);
        const QString plain = details.value(key).toString();
        return plain.isEmpty() ? details.value(QStringLiteral("x_") + key).toString() : plain;
    };

    // Model: our own x_ModelId, a model key in SkuPriceDetails, the usage type, else the resource.
    QString model = fromUtf8(g("x_ModelId"));
    if (model.isEmpty() && cloud.matched)
        model = cloud.model;
    if (model.isEmpty())
        model = detail("ModelId");
    if (model.isEmpty())
        model = detail("Model");
    if (model.isEmpty() && !usage.modelLabel.isEmpty()
        && (bedrockMeter || asciiLower(g("ServiceName")).find("bedrock") != std::string::npos))
        model = usage.model; // a Bedrock charge without tokens (provisioned throughput) too
    if (model.isEmpty())
        model = fromUtf8(g("ResourceName"));
    if (model.isEmpty())
        model = fromUtf8(g("ResourceId"));
    if (model.isEmpty())
        return bad(problem, QStringLiteral("x_ModelId"),
                   QCoreApplication::translate(
                       "tl::ingest::CsvReaders",
                       "no model: the row has no x_ModelId, SkuPriceDetails model or resource"));

    // Token count and kind.
    std::int64_t tokens = 0;
    bool hasTokens = false;
    QString why;
    if (cloud.matched) {
        // counted from the meter above
    } else if (const std::int64_t block = tokenBlock(consumedUnit); block > 0 && !g("ConsumedQuantity").empty()) {
        if (!scaledTokens(g("ConsumedQuantity"), block, tokens, why))
            return bad(problem, QStringLiteral("ConsumedQuantity"), why);
        hasTokens = true;
    } else if (const std::int64_t pblock = tokenBlock(pricingUnit); pblock > 0 && !g("PricingQuantity").empty()) {
        if (!scaledTokens(g("PricingQuantity"), pblock, tokens, why))
            return bad(problem, QStringLiteral("PricingQuantity"), why);
        hasTokens = true;
    } else if (bedrockMeter && !g("ConsumedQuantity").empty()) {
        // AWS writes Bedrock token lines in "Units" of a thousand tokens, as Cost Explorer does.
        if (!scaledTokens(g("ConsumedQuantity"), 1000, tokens, why))
            return bad(problem, QStringLiteral("ConsumedQuantity"), why);
        hasTokens = true;
    }

    f = UsageFact{};
    TokenCounts &t = f.tokens;
    if (cloud.matched)
        t = cloud.tokens;
    if (hasTokens) {
        std::string kind = asciiLower(g("x_TokenType"));
        if (kind.empty()) {
            const QString direction = detail("TokenDirection").toLower();
            const QString action = detail("TokenCacheAction").isEmpty() ? detail("CacheAction").toLower()
                                                                        : detail("TokenCacheAction").toLower();
            const QString type = detail("TokenType").toLower(); // an earlier draft: Input, CacheRead, …
            if (direction == u"output" || type == u"output")
                kind = "output";
            else if (action == u"read" || type == u"cacheread")
                kind = "cacheread";
            else if (action == u"write" || type == u"cachewrite")
                kind = detail("CacheRetention") == u"1h" ? "cachewrite1h" : "cachewrite";
            else if (direction == u"input" || type == u"input")
                kind = "input";
        }
        if (kind.empty() && bedrockMeter) {
            switch (usage.kind) {
            case BedrockUsageType::Kind::Input: kind = "input"; break;
            case BedrockUsageType::Kind::Output: kind = "output"; break;
            case BedrockUsageType::Kind::CacheRead: kind = "cacheread"; break;
            case BedrockUsageType::Kind::CacheWrite: kind = usage.oneHourCache ? "cachewrite1h" : "cachewrite"; break;
            case BedrockUsageType::Kind::Other: break;
            }
        }
        if (kind.empty()) {
            for (const char *c : {"SkuMeter", "x_UsageType", "ChargeDescription", "SkuId", "x_Operation"})
                kind += asciiLower(g(c)) + ' ';
        }
        auto has = [&](const char *s) { return kind.find(s) != std::string::npos; };
        if (has("cacheread") || has("cache read") || has("cache-read"))
            t.cacheRead = tokens;
        else if (has("cachewrite1h") || ((has("cache write") || has("cache-write")) && has("1h")))
            t.cacheWrite1h = tokens;
        else if (has("cachewrite") || has("cache write") || has("cache-write") || has("cache creation"))
            t.cacheWrite5m = tokens;
        else if (has("output") || has("completion"))
            t.output = tokens;
        else if (has("input") || has("prompt") || has(" inp "))
            t.uncachedInput = tokens;
        else
            return bad(problem, QStringLiteral("x_TokenType"),
                       QCoreApplication::translate(
                           "tl::ingest::CsvReaders",
                           "cannot tell input from output tokens: no x_TokenType, and "
                           "SkuMeter/ChargeDescription do not say"));
    } else if (tokenBlock(consumedUnit) == 0 && !consumedUnit.empty()
               && asciiLower(consumedUnit).find("request") != std::string::npos) {
        std::int64_t n = 0;
        if (scaledTokens(g("ConsumedQuantity"), 1, n, why))
            t.requests = n;
    }
    if (!g("x_Requests").empty()) {
        const IntParse r = parseCount(g("x_Requests"), t.requests, true);
        if (r != IntParse::Ok)
            return bad(problem, QStringLiteral("x_Requests"), intParseMessage(r));
    }

    // Cost the provider billed, unless our own export marks it as computed.
    if (!equalsIgnoreCase(g("x_CostSource"), "computed") && !g("BilledCost").empty()) {
        f.billedCost = parseMoney(g("BilledCost"));
        if (!f.billedCost)
            return bad(
                problem, QStringLiteral("BilledCost"),
                QCoreApplication::translate("tl::ingest::CsvReaders", "'%1' is not an amount")
                    .arg(fromUtf8(g("BilledCost"))));
    }

    QString provider = providerId(fromUtf8(g("ProviderName")));
    for (const char *c : {"ServiceProviderName", "ServiceName", "HostProviderName", "PublisherName",
                          "InvoiceIssuerName"}) {
        if (isKnownProvider(provider))
            break;
        const QString p = providerId(fromUtf8(g(c)));
        if (isKnownProvider(p))
            provider = p;
    }
    if (provider.isEmpty())
        provider = providerFromModel(model);
    f.provider = provider.isEmpty() ? QStringLiteral("unknown") : provider;
    f.model = model;
    f.start = *start;
    f.bucket = end && *end - *start == 3600 ? BucketWidth::Hour : BucketWidth::Day;
    const std::string tier = asciiLower(g("x_ServiceTier"));
    f.serviceTier = !tier.empty()   ? QString::fromStdString(tier)
                    : bedrockMeter  ? usage.tier
                    : cloud.matched ? cloud.serviceTier
                                    : QStringLiteral("standard");
    f.team = fromUtf8(g("x_Team"));
    f.apiKey = fromUtf8(g("x_ApiKeyId"));
    f.user = fromUtf8(g("x_UserId"));
    f.account = fromUtf8(g("SubAccountId"));
    f.region = fromUtf8(g("RegionId"));
    if (f.region.isEmpty() && bedrockMeter)
        f.region = usage.region;
    QStringList labels = cloud.tags;
    if (!g("Tags").empty()) {
        const QJsonDocument tagDoc = QJsonDocument::fromJson(QByteArray(g("Tags").data(), qsizetype(g("Tags").size())));
        const QJsonObject tags = tagDoc.object();
        // Google's export keeps tags as a key/value list: [{"key": …, "value": …}, …].
        for (const QJsonValue &kv : tagDoc.array()) {
            const QJsonObject o = kv.toObject();
            const QString key = o.value(QLatin1String("key")).toString(o.value(QLatin1String("Key")).toString());
            const QString value = o.value(QLatin1String("value")).toString(o.value(QLatin1String("Value")).toString());
            if (!key.isEmpty())
                labels << (value.isEmpty() ? key : key + u':' + value);
        }
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            if (it.value().isBool() && it.value().toBool())
                labels << it.key();
            else if (it.value().isString())
                labels << it.key() + u':' + it.value().toString();
            else if (it.value().isDouble())
                labels << it.key() + u':' + QString::number(it.value().toDouble());
        }
    }
    if (!labels.isEmpty())
        f.tags = canonicalTags(labels);

    QByteArray content;
    for (const char *c : {"ChargePeriodStart", "ChargePeriodEnd", "ChargeCategory", "ChargeClass",
                          "BillingAccountId", "SubAccountId", "ProviderName", "ServiceName",
                          "SkuId", "SkuPriceId", "SkuMeter", "ChargeDescription", "ResourceId",
                          "RegionId", "x_ModelId", "x_TokenType", "x_ServiceTier", "x_Team",
                          "x_ApiKeyId", "x_UserId", "x_UsageType", "Tags", "ConsumedQuantity",
                          "PricingQuantity", "BilledCost", "EffectiveCost", "x_Requests"}) {
        content += g(c);
        content += '\x1f';
    }
    // FOCUS 1.3's provider columns count only where present, so that files imported before
    // keep their record keys.
    for (const char *c : {"ServiceProviderName", "HostProviderName"}) {
        if (!g(c).empty()) {
            content += c;
            content += '=';
            content += g(c);
            content += '\x1f';
        }
    }
    f.recordKey = contentKey(QStringLiteral("focus:"), content);
    return ReadStep::Fact;
}

// ---- mapped CSV --------------------------------------------------------------------------

Status MappedCsvReader::checkHeader()
{
    if (const QString why = m_mapping.validate(); !why.isEmpty())
        return Error{why};
    for (auto it = m_mapping.columns.constBegin(); it != m_mapping.columns.constEnd(); ++it) {
        const int col = m_header.indexIgnoreCase(it.value().toStdString());
        if (col < 0)
            return Error{QCoreApplication::translate(
                             "tl::ingest::CsvReaders",
                             "'%1' has no column '%2', which the mapping '%3' uses for %4.")
                             .arg(m_source.path(), it.value(), m_mapping.name,
                                  CsvMapping::fieldLabel(it.key()))};
        m_columns.insert(it.key(), col);
    }
    return {};
}

ReadStep MappedCsvReader::readRecord(const std::vector<std::string> &row, UsageFact &f, ReadProblem &problem)
{
    using F = CsvMapping::Field;
    auto g = [&](F field) { return text::cell(row, m_columns.value(field, -1)); };
    auto column = [&](F field) { return m_mapping.columns.value(field); };

    const auto start = parseTimestamp(g(F::Timestamp));
    if (!start)
        return bad(problem, column(F::Timestamp),
                   g(F::Timestamp).empty()
                       ? QCoreApplication::translate("tl::ingest::CsvReaders", "missing")
                       : QCoreApplication::translate("tl::ingest::CsvReaders",
                                                     "'%1' is not a date and time")
                             .arg(fromUtf8(g(F::Timestamp))));
    const QString model = fromUtf8(g(F::Model)).trimmed();
    if (model.isEmpty())
        return bad(problem, column(F::Model),
                   QCoreApplication::translate("tl::ingest::CsvReaders", "missing"));

    f = UsageFact{};
    TokenCounts &t = f.tokens;
    const std::pair<F, std::int64_t *> counts[] = {{F::InputTokens, &t.uncachedInput},
                                                   {F::CacheReadTokens, &t.cacheRead},
                                                   {F::CacheWriteTokens, &t.cacheWrite5m},
                                                   {F::OutputTokens, &t.output},
                                                   {F::Requests, &t.requests}};
    for (const auto &[field, out] : counts) {
        if (!m_columns.contains(field) || g(field).empty())
            continue;
        const IntParse r = parseCount(g(field), *out);
        if (r != IntParse::Ok)
            return bad(problem, column(field), intParseMessage(r));
    }
    if (!m_columns.contains(F::Requests) || g(F::Requests).empty())
        t.requests = 1;
    if (m_columns.contains(F::Cost) && !g(F::Cost).empty()) {
        f.billedCost = parseMoney(g(F::Cost));
        if (!f.billedCost)
            return bad(
                problem, column(F::Cost),
                QCoreApplication::translate("tl::ingest::CsvReaders", "'%1' is not an amount")
                    .arg(fromUtf8(g(F::Cost))));
    }
    QString provider = providerId(fromUtf8(g(F::Provider)));
    if (provider.isEmpty())
        provider = providerId(m_mapping.defaultProvider);
    if (provider.isEmpty())
        provider = providerFromModel(model);
    f.provider = provider.isEmpty() ? QStringLiteral("unknown") : provider;
    f.model = model;
    f.start = *start;
    const QString tier = fromUtf8(g(F::ServiceTier)).trimmed().toLower();
    f.serviceTier = tier.isEmpty() ? m_mapping.defaultTier : tier;
    f.user = fromUtf8(g(F::User));
    f.team = fromUtf8(g(F::Team));
    f.apiKey = fromUtf8(g(F::ApiKey));
    f.account = fromUtf8(g(F::Account));
    f.region = fromUtf8(g(F::Region));
    if (!g(F::Tags).empty()) {
        QStringList labels;
        for (const QString &s : fromUtf8(g(F::Tags)).split(QRegularExpression(QStringLiteral("[;|]")), Qt::SkipEmptyParts))
            labels << s;
        f.tags = canonicalTags(labels);
    }
    const QString prefix = u"csv:"_qs + m_mapping.name + u':';
    if (m_columns.contains(F::RecordId) && !g(F::RecordId).empty()) {
        f.recordKey = prefix + fromUtf8(g(F::RecordId));
    } else {
        QByteArray content;
        for (const std::string &c : row) {
            content += QByteArray(c.data(), qsizetype(c.size()));
            content += '\x1f';
        }
        f.recordKey = contentKey(prefix, content);
    }
    return ReadStep::Fact;
}

} // namespace tl::ingest
