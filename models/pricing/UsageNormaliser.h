#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace tl::pricing {

// The shape of a provider's own per-response usage object.
enum class UsageFlavor
{
    OpenAiChat,      // Chat Completions `usage` (CompletionUsage)
    OpenAiResponses, // Responses API `usage` (ResponseUsage)
    Anthropic,       // Messages API `usage`
    Gemini,          // generateContent `usageMetadata`
    BedrockConverse, // Converse API `usage`
};

// "openai-chat", "openai-responses", "anthropic", "gemini", "bedrock-converse".
std::optional<UsageFlavor> usageFlavorFromName(const QString &name);
QString usageFlavorName(UsageFlavor flavor);

struct NormalisedUsage
{
    TokenCounts tokens;       // disjoint input kinds, output with reasoning included
    QString serviceTier;      // from the usage object when it carries one, else empty
    int modifiers = 0;        // RequestModifier bits the usage object states (Anthropic)
};

// Converts a provider usage object into TokenCounts whose input kinds never overlap
// (uncached + cache read + cache write 5m + cache write 1h = everything the provider billed
// as input). Errors name the missing or malformed field.
Result<NormalisedUsage> normaliseUsage(UsageFlavor flavor, const nlohmann::json &usage);

// Server-side tool calls a whole response body states outside its usage object: OpenAI
// Responses output items of type "web_search_call" and "code_interpreter_call", Gemini's
// groundingMetadata.webSearchQueries of each candidate. Adds them to `tokens` (webSearches,
// codeExecutions); a body without them changes nothing.
void addServerToolCalls(UsageFlavor flavor, const nlohmann::json &body, TokenCounts &tokens);

} // namespace tl::pricing
