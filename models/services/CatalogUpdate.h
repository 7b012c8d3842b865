#pragma once

#include "core/Result.h"
#include "pricing/CatalogImport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace tl::store {
class CatalogStore;
class Database;
}

namespace tl::services {

// Keeping prices current: fetches a catalog (a URL or a file), shows what changed against the
// stored import of the same catalog, and applies it on request.
struct CatalogUpdateResult
{
    enum class Outcome
    {
        NotModified, // the server answered 304 to the conditional request, or the same bytes
        Preview,     // the differences, nothing stored
        Applied,     // stored (replaces the previous import of the catalog; history kept)
    };
    Outcome outcome = Outcome::Preview;
    QString source;
    pricing::CatalogImportReport report; // empty when NotModified
    // What a Preview read, so that applyCatalogUpdate() stores exactly what was shown (not a
    // second download that may differ). Empty when NotModified.
    QByteArray document;
    pricing::CatalogImportOptions importOptions;

    bool hasChanges() const
    {
        return outcome == Outcome::Preview
               && !(report.added.isEmpty() && report.changed.isEmpty() && report.removed.isEmpty());
    }
};

// The published files of the two community catalogs, the default sources of an update.
QStringList defaultCatalogSources();

// The sources an update reads when none are named: the database's own list (set by the
// Prices page's update dialog or `tokenledger-cli catalog sources`), else the defaults.
QStringList configuredCatalogSources(const store::Database &db);
// Stores `sources` (blank lines dropped) as the database's list; an empty list, or one equal
// to the defaults, goes back to the defaults.
Status setConfiguredCatalogSources(store::Database &db, const QStringList &sources);

// Fetches `source`: an https URL (or http to this computer), or a file path. A download sends
// If-None-Match / If-Modified-Since from the last applied download of the same URL. A broken
// download, an offline machine or a file that is not a catalog is an error and changes
// nothing. With `apply`, the catalog is imported through the same path as
// `tokenledger-cli catalog import` and its URL and validators are kept for the next time.
Result<CatalogUpdateResult> updateCatalog(store::Database &db, const QString &source, bool apply,
                                          std::function<bool()> cancelled = {});
// The same against any store (a team ledger's: store::ledger::LedgerCatalogStore).
Result<CatalogUpdateResult> updateCatalog(store::CatalogStore &store, const QString &source, bool apply,
                                          std::function<bool()> cancelled = {});

// Stores what a Preview of updateCatalog() read, as `apply` would have (same import path, URL
// and validators kept). A result without a document (NotModified) is refused.
Result<pricing::CatalogImportReport> applyCatalogUpdate(store::Database &db,
                                                        const CatalogUpdateResult &preview);

} // namespace tl::services
