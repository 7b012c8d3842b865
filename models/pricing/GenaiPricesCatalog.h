#pragma once

#include "core/Result.h"
#include "pricing/CatalogFormat.h"
#include "pricing/PriceCatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tl::pricing {

// Parses pydantic's genai-prices data.json exactly as published: prices per million tokens,
// dated prices as price history, match rules kept with their models. Every entry of the
// returned catalog has catalog = "genai-prices". Entries that cannot be represented are
// listed in `skipped` (the rest is still returned); a document that is not of the format at
// all is an error naming `origin`. Both versions of the file are read (v1, the frozen
// prices/data.json, and v2 with its unit registry, see PriceUnits.h); `version`, when given,
// receives which one it was (detected from the content).
Result<PriceCatalog> parseGenAiPricesCatalog(const QByteArray &json, const QString &origin,
                                             QList<SkippedEntry> *skipped, int *version = nullptr);

} // namespace tl::pricing
