#pragma once

#include "pricing/MatchRule.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace tl::pricing {

// Conditions of a request that change what its tokens cost, beside the service tier (which
// UsageFact::serviceTier carries). A fact's `modifiers` holds the bits its source stated.
enum RequestModifier : int
{
    UsOnlyInference = 1,    // Anthropic inference_geo "us"
    FastMode = 2,           // Anthropic speed "fast"
    RegionalProcessing = 4, // OpenAI regional (EU/US) data processing
};

// "inference_geo_us", "fast", "regional_processing"; the names rules and files use.
QString requestModifierName(RequestModifier m);
std::optional<RequestModifier> requestModifierFromName(const QString &name);
inline constexpr RequestModifier kRequestModifiers[] = {UsOnlyInference, FastMode, RegionalProcessing};

// A catalog rule: what a modifier does to the token prices of a provider's models (all, or
// the ones `match` recognises). The multiplier applies to every token price (input, cache,
// output, every modality), not to per-call fees. `always` applies the rule to every request
// of those models whether or not the source states the modifier (e.g. an organisation whose
// OpenAI projects all use regional processing, which OpenAI's usage does not report).
struct ModifierRule
{
    QString provider;
    std::shared_ptr<const MatchRule> match; // nullptr: every model of the provider
    RequestModifier modifier = UsOnlyInference;
    std::int64_t multiplierPpm = 1'000'000; // 1.1× = 1,100,000
    bool always = false;
    QString origin; // "builtin" or "user" (the organisation's own rule)

    bool appliesTo(const QString &provider, const QString &model) const;
};

} // namespace tl::pricing
