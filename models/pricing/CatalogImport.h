#pragma once

#include "core/Result.h"
#include "pricing/CatalogFormat.h"
#include "pricing/PriceCatalog.h"

#include <QString>
#include <QStringList>

namespace tl::store {
class Database;
}

namespace tl::pricing {

// Reads a catalog file in any of the three formats (detected from its content).
Result<PriceCatalog> readCatalogFile(const QString &path, CatalogFormat *format = nullptr,
                                     QList<SkippedEntry> *skipped = nullptr);

// The name a file's entries are stored under: "litellm", "genai-prices", or "custom" for a
// catalog in TokenLedger's own format. ("user" holds the overrides edited in the app.)
QString catalogNameFor(CatalogFormat format);

struct CatalogImportReport
{
    QString file;
    CatalogFormat format = CatalogFormat::TokenLedger;
    QString catalogName;
    int entries = 0;       // price entries stored
    QStringList added;     // "provider/model" new in this catalog
    QStringList changed;   // prices, aliases or history differ from the previous import
    QStringList unchanged;
    QStringList removed;   // in the previous import of this catalog, not in this file
    QList<SkippedEntry> skipped;
};

// Imports a catalog file into the database: replaces the previous import of the same catalog
// in one transaction and records the source. A broken file changes nothing.
Result<CatalogImportReport> importCatalogFile(store::Database &db, const QString &path);

} // namespace tl::pricing
