#pragma once

#include <QString>

namespace tl {

// What an Amazon Bedrock usage type such as
// "USE1-Claude4Sonnet-cache-write-input-token-count-1-hour" or
// "USW2-anthropic.claude-opus-4-8-mantle-input-tokens-global-standard" says: the billing region,
// the model label, the token kind, the service tier and cross-region routing.
struct BedrockUsageType
{
    enum class Kind
    {
        Other,
        Input,
        Output,
        CacheRead,
        CacheWrite
    };

    QString regionCode; // USE1
    QString region;     // us-east-1 when the code is known, else the code
    QString modelLabel; // as written in the usage type: Claude3.5Sonnet, anthropic.claude-opus-4-8
    QString model;      // catalog model id when the label is a known display name, else the label
    Kind kind = Kind::Other;
    QString tier = QStringLiteral("standard"); // standard, batch, priority, flex
    bool crossRegion = false;
    QString crossRegionScope; // global, or the geography named after cross-region
    bool oneHourCache = false;

    static BedrockUsageType parse(const QString &usageType);
};

} // namespace tl
