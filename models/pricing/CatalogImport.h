#pragma once

#include "core/Result.h"
#include "pricing/CatalogFormat.h"
#include "pricing/PriceCatalog.h"

#include <QString>
#include <QMap>
#include <QStringList>

namespace tl::store {
class CatalogStore;
class Database;
}

namespace tl::pricing {

// Reads a catalog file in any of the three formats (detected from its content).
// `formatVersion` receives the version of the format (genai-prices: 1 or 2; others 1).
Result<PriceCatalog> readCatalogFile(const QString &path, CatalogFormat *format = nullptr,
                                     QList<SkippedEntry> *skipped = nullptr,
                                     int *formatVersion = nullptr);

// The name a file's entries are stored under: "litellm", "genai-prices", or "custom" for a
// catalog in TokenLedger's own format. ("user" holds the overrides edited in the app.)
QString catalogNameFor(CatalogFormat format);

struct CatalogImportReport
{
    QString file;
    CatalogFormat format = CatalogFormat::TokenLedger;
    int formatVersion = 1; // genai-prices: 1 (prices/data.json) or 2 (unit registry)
    QString catalogName;
    int entries = 0;       // price entries stored
    QStringList added;     // "provider/model" new in this catalog
    QStringList changed;   // prices, aliases or history differ from the previous import
    // For each entry of `changed`: what differs in the prices in force today, e.g.
    // "input 2 → 1.5, output 8 → 6" (USD per million tokens; per request, thousand calls, …
    // for the other units), or "price history, aliases or matching" when today's prices agree.
    QMap<QString, QString> changeNotes;
    QStringList unchanged;
    QStringList removed;   // in the previous import of this catalog, not in this file
    QList<SkippedEntry> skipped;
};

// The same from a document already read; `path` names it in messages.
Result<PriceCatalog> readCatalogBytes(const QByteArray &json, const QString &path,
                                      CatalogFormat *format = nullptr,
                                      QList<SkippedEntry> *skipped = nullptr,
                                      int *formatVersion = nullptr);

// Imports a catalog file into the database: replaces the previous import of the same catalog
// in one transaction and records the source (and a line of history). A broken file changes
// nothing.
Result<CatalogImportReport> importCatalogFile(store::Database &db, const QString &path);
// The same into any store (a team ledger's: store::ledger::LedgerCatalogStore).
Result<CatalogImportReport> importCatalogFile(store::CatalogStore &store, const QString &path);

struct CatalogImportOptions
{
    bool dryRun = false; // compare with the stored import only; change nothing
    // Where a downloaded catalog came from and its HTTP validators, for the next conditional
    // request (tokenledger-cli catalog update).
    QString url;
    QString etag;
    QString lastModified;
};

// importCatalogFile for a document already read (a download); with dryRun the report says
// what an import would add, change and remove, and nothing is stored.
Result<CatalogImportReport> importCatalogBytes(store::Database &db, const QByteArray &json,
                                               const QString &path, const CatalogImportOptions &options);
Result<CatalogImportReport> importCatalogBytes(store::CatalogStore &store, const QByteArray &json,
                                               const QString &path, const CatalogImportOptions &options);

} // namespace tl::pricing
