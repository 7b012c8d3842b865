#pragma once

#include "core/Result.h"
#include "pricing/PriceCatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tl::pricing {

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

// Parsers for the two community catalogs, exactly as published. Every entry of the returned
// catalog has catalog = "litellm" / "genai-prices". Entries that cannot be represented are
// listed in `skipped` (the rest is still returned); a document that is not of the format at
// all is an error naming `origin`.
Result<PriceCatalog> parseLiteLlmCatalog(const QByteArray &json, const QString &origin,
                                         QList<SkippedEntry> *skipped);
Result<PriceCatalog> parseGenAiPricesCatalog(const QByteArray &json, const QString &origin,
                                             QList<SkippedEntry> *skipped);

// Maps the providers' names in the community catalogs to ours: "aws", "bedrock_converse" →
// "bedrock"; "vertex_ai-language-models", "gemini", "vertex_ai" → "google"; "azure_ai" →
// "azure"; other names are kept as they are.
QString canonicalProvider(const QString &name);

} // namespace tl::pricing
