#pragma once

#include "domain/Dimension.h"
#include "money/Money.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tl {

// Width of the time bucket a fact describes.
enum class BucketWidth : int
{
    Request = 0, // one API request
    Minute = 60,
    Hour = 3600,
    Day = 86400,
};

// Cost of a fact as computed from the price catalog, split the way the dashboard shows it.
struct CostBreakdown
{
    Money uncachedInput;
    Money cacheRead;
    Money cacheWrite; // 5-minute and 1-hour writes together
    Money output;

    Money input() const { return uncachedInput + cacheRead + cacheWrite; }
    Money total() const { return input() + output; }
    CostBreakdown &operator+=(const CostBreakdown &o)
    {
        uncachedInput += o.uncachedInput;
        cacheRead += o.cacheRead;
        cacheWrite += o.cacheWrite;
        output += o.output;
        return *this;
    }
    bool operator==(const CostBreakdown &) const = default;
};

// Token and unit counts of a fact. Input kinds are disjoint: the total input a provider
// billed is uncachedInput + cacheRead + cacheWrite5m + cacheWrite1h.
// The audio, image and video counts are the part of those figures in that modality (like
// reasoning within output): audioInput is within uncachedInput, audioCacheRead within
// cacheRead, audioOutput within output, and so on; the rest is text. Each is priced by its
// own price (docs/formats.md, "Units").
struct TokenCounts
{
    std::int64_t requests = 0;
    std::int64_t uncachedInput = 0;
    std::int64_t cacheRead = 0;
    std::int64_t cacheWrite5m = 0;
    std::int64_t cacheWrite1h = 0;
    std::int64_t output = 0;    // reasoning included
    std::int64_t reasoning = 0; // informational, already part of output
    std::int64_t images = 0;
    std::int64_t audioMillis = 0;
    std::int64_t webSearches = 0;
    std::int64_t audioInput = 0;
    std::int64_t audioCacheRead = 0;
    std::int64_t audioOutput = 0;
    std::int64_t imageInput = 0;
    std::int64_t imageCacheRead = 0;
    std::int64_t imageOutput = 0;
    std::int64_t videoInput = 0;
    std::int64_t videoCacheRead = 0;
    std::int64_t videoOutput = 0;
    std::int64_t codeExecutions = 0;

    std::int64_t totalInput() const { return uncachedInput + cacheRead + cacheWrite5m + cacheWrite1h; }
    std::int64_t cacheWrite() const { return cacheWrite5m + cacheWrite1h; }
    bool operator==(const TokenCounts &) const = default;
};

// One normalised usage fact: a source record or a provider bucket (product spec §3).
struct UsageFact
{
    // Stable identity within its source, used to skip duplicates on re-import: the source's
    // own record id where it has one, otherwise a content key. Prefixed with the source kind.
    QString recordKey;

    std::int64_t start = 0; // UTC, seconds since the epoch
    BucketWidth bucket = BucketWidth::Request;

    QString provider;    // openai, anthropic, google, bedrock, azure, …
    QString model;       // as billed
    QString modelFamily; // e.g. gpt-4o, claude-sonnet, llama
    QString account;     // account / project / workspace
    QString apiKey;      // key id or display name, never the secret
    QString user;
    QString team;
    QString tags;        // canonical tag set, see canonicalTags()
    QString region;
    QString serviceTier = QStringLiteral("standard"); // standard, batch, priority, flex
    // Request modifiers the source stated (RequestModifier bits, pricing/RequestModifiers.h):
    // US-only inference, fast mode, regional data processing.
    int modifiers = 0;

    TokenCounts tokens;
    CostBreakdown cost;                // computed from the catalog
    std::optional<Money> billedCost;   // as the provider reported it, when it did
    // The list-price amount (before the organisation's discounts) of the same charge, when
    // the provider reports it beside the billed amount (Anthropic's cost analytics).
    std::optional<Money> billedListCost;
    bool priced = true;                // false: the catalog had no price (cost is zero)
    // Units of this fact the model's price has no price for (audio tokens of a model without
    // an audio price, web searches without a search fee, …): counted, never charged at
    // another unit's price. Tokens and calls added up; see CostEngine::Priced::unpriced.
    std::int64_t unpricedUnits = 0;
    // The source's fingerprint of the request (LiteLLM's cache_key: equal for requests its
    // response cache would answer alike), as a 64-bit hash; 0 when the source gives none.
    std::int64_t promptKey = 0;
    // Answered from the gateway's own response cache: no model call, so no tokens, no cost.
    bool cacheHit = false;

    // A stored dimension's field; a derived one (Speed, ContextWindow) is read from `tags`
    // with derivedValue() instead, so this returns "" for it.
    const QString &dimension(Dimension d) const;
};

} // namespace tl
