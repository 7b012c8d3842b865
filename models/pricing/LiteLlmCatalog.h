#pragma once

#include "core/Result.h"
#include "pricing/CatalogFormat.h"
#include "pricing/PriceCatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tl::pricing {

// Parses LiteLLM's model_prices_and_context_window.json exactly as published: per-token
// prices become prices per million tokens, long-context tiers and multipliers our one tier.
// Every entry of the returned catalog has catalog = "litellm". Entries that cannot be
// represented are listed in `skipped` (the rest is still returned); a document that is not
// of the format at all is an error naming `origin`.
Result<PriceCatalog> parseLiteLlmCatalog(const QByteArray &json, const QString &origin,
                                         QList<SkippedEntry> *skipped);

} // namespace tl::pricing
