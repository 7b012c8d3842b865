#include "domain/BedrockUsageType.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace tl {

namespace {

QString regionOf(const QString &code)
{
    static const QHash<QString, QString> regions = {
        {QStringLiteral("USE1"), QStringLiteral("us-east-1")},
        {QStringLiteral("USE2"), QStringLiteral("us-east-2")},
        {QStringLiteral("USW1"), QStringLiteral("us-west-1")},
        {QStringLiteral("USW2"), QStringLiteral("us-west-2")},
        {QStringLiteral("EUC1"), QStringLiteral("eu-central-1")},
        {QStringLiteral("EUW1"), QStringLiteral("eu-west-1")},
        {QStringLiteral("EUW2"), QStringLiteral("eu-west-2")},
        {QStringLiteral("EUW3"), QStringLiteral("eu-west-3")},
        {QStringLiteral("EUN1"), QStringLiteral("eu-north-1")},
        {QStringLiteral("APN1"), QStringLiteral("ap-northeast-1")},
        {QStringLiteral("APN2"), QStringLiteral("ap-northeast-2")},
        {QStringLiteral("APS1"), QStringLiteral("ap-southeast-1")},
        {QStringLiteral("APS2"), QStringLiteral("ap-southeast-2")},
        {QStringLiteral("APS3"), QStringLiteral("ap-south-1")},
        {QStringLiteral("CAN1"), QStringLiteral("ca-central-1")},
        {QStringLiteral("SAE1"), QStringLiteral("sa-east-1")},
    };
    return regions.value(code, code);
}

// Older usage types squash the model's display name; map the common ones to catalog ids so
// that a computed cost can be found. Unknown labels stay as they are (billed cost still counts).
QString catalogModel(const QString &label)
{
    static const QHash<QString, QString> models = {
        {QStringLiteral("claude3haiku"), QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0")},
        {QStringLiteral("claude3.5haiku"),
         QStringLiteral("anthropic.claude-3-5-haiku-20241022-v1:0")},
        {QStringLiteral("claude3.5sonnet"),
         QStringLiteral("anthropic.claude-3-5-sonnet-20241022-v2:0")},
        {QStringLiteral("claude3.5sonnetv2"),
         QStringLiteral("anthropic.claude-3-5-sonnet-20241022-v2:0")},
        {QStringLiteral("claude3.7sonnet"),
         QStringLiteral("anthropic.claude-3-7-sonnet-20250219-v1:0")},
        {QStringLiteral("claude4sonnet"),
         QStringLiteral("anthropic.claude-sonnet-4-20250514-v1:0")},
        {QStringLiteral("claude4.5sonnet"),
         QStringLiteral("anthropic.claude-sonnet-4-5-20250929-v1:0")},
        {QStringLiteral("claude4.5haiku"),
         QStringLiteral("anthropic.claude-haiku-4-5-20251001-v1:0")},
        {QStringLiteral("claude4opus"), QStringLiteral("anthropic.claude-opus-4-20250514-v1:0")},
        {QStringLiteral("claude4.1opus"),
         QStringLiteral("anthropic.claude-opus-4-1-20250805-v1:0")},
        {QStringLiteral("novamicro"), QStringLiteral("amazon.nova-micro-v1:0")},
        {QStringLiteral("novalite"), QStringLiteral("amazon.nova-lite-v1:0")},
        {QStringLiteral("novapro"), QStringLiteral("amazon.nova-pro-v1:0")},
        {QStringLiteral("novapremier"), QStringLiteral("amazon.nova-premier-v1:0")},
    };
    return models.value(label.toLower(), label);
}

struct KindPattern
{
    const char *text;
    BedrockUsageType::Kind kind;
};

// Longest first, so "cache-read-input-token-count" is not taken for "input-token".
constexpr KindPattern kKinds[] = {
    {"-cache-read-input-token-count", BedrockUsageType::Kind::CacheRead},
    {"-cache-write-input-token-count", BedrockUsageType::Kind::CacheWrite},
    {"-cache-read-input-tokens", BedrockUsageType::Kind::CacheRead},
    {"-cache-write-input-tokens", BedrockUsageType::Kind::CacheWrite},
    {"-cache-read-tokens", BedrockUsageType::Kind::CacheRead},
    {"-cache-write-tokens", BedrockUsageType::Kind::CacheWrite},
    {"-input-tokens", BedrockUsageType::Kind::Input},
    {"-output-tokens", BedrockUsageType::Kind::Output},
};

} // namespace

BedrockUsageType BedrockUsageType::parse(const QString &usageType)
{
    BedrockUsageType u;
    QString rest = usageType.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^([A-Z]{2,4}[0-9]{0,2})-"));
    if (const auto m = prefix.match(rest); m.hasMatch()) {
        u.regionCode = m.captured(1);
        u.region = regionOf(u.regionCode);
        rest = rest.mid(m.capturedLength(0));
    }
    qsizetype at = -1;
    QString suffix;
    for (const KindPattern &k : kKinds) {
        const QString pattern = QLatin1String(k.text);
        at = rest.indexOf(pattern, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            u.kind = k.kind;
            suffix = rest.mid(at + pattern.size());
            rest = rest.left(at);
            break;
        }
    }
    if (rest.endsWith(QLatin1String("-mantle"), Qt::CaseInsensitive))
        rest.chop(7);
    u.modelLabel = rest;
    u.model = catalogModel(rest);
    if (u.kind == Kind::Other)
        return u;

    const QStringList parts = suffix.toLower().split(u'-', Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p == u"batch" || p == u"priority" || p == u"flex")
            u.tier = p;
        else if (p == u"cross" && i + 1 < parts.size() && parts[i + 1] == u"region") {
            u.crossRegion = true;
            ++i;
            if (i + 1 < parts.size() && parts[i + 1] != u"batch" && parts[i + 1] != u"priority" &&
                parts[i + 1] != u"flex")
                u.crossRegionScope = parts[++i];
        } else if (p == u"global") {
            u.crossRegion = true;
            u.crossRegionScope = p;
        } else if (p == u"hour" || p == u"1h")
            u.oneHourCache = true;
    }
    if (u.crossRegion && u.crossRegionScope.isEmpty())
        u.crossRegionScope = QStringLiteral("cross-region");
    return u;
}

} // namespace tl
