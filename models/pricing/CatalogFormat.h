#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace tl::pricing {

// What the catalog readers share: the formats a price catalog file comes in, how an import
// reports what it left out, and the providers' names as TokenLedger spells them. The parsers
// of the two community formats are LiteLlmCatalog.h and GenaiPricesCatalog.h.

// Which catalog format a JSON document is in.
enum class CatalogFormat
{
    TokenLedger, // our own: {"format": "tokenledger-catalog", …}
    LiteLlm,     // LiteLLM model_prices_and_context_window.json: {"model": {per-token costs}}
    GenAiPrices, // pydantic genai-prices data.json: [{"id": provider, "models": [...]}, …]
};

QString catalogFormatName(CatalogFormat f); // "tokenledger", "litellm", "genai-prices"

// A model or a part of a model's prices that an import left out, and why.
struct SkippedEntry
{
    QString provider;
    QString model;
    QString reason;
};

// Recognises the format from the document's shape; an error says what it looks like instead.
Result<CatalogFormat> detectCatalogFormat(const QByteArray &json, const QString &origin);

// Maps the providers' names in the community catalogs to ours: "aws", "bedrock_converse" →
// "bedrock"; "vertex_ai-language-models", "gemini", "vertex_ai" → "google"; "azure_ai" →
// "azure"; other names are kept as they are.
QString canonicalProvider(const QString &name);

} // namespace tl::pricing
