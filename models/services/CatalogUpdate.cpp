#include "services/CatalogUpdate.h"

#include "providers/HttpClient.h"
#include "store/Database.h"
#include "store/SqliteCatalogStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

namespace tl::services {

QStringList defaultCatalogSources()
{
    return {QStringLiteral("https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json"),
            QStringLiteral("https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json")};
}

namespace {
constexpr const char *kSourcesKey = "catalog_update_sources";
}

QStringList configuredCatalogSources(const store::Database &db)
{
    QStringList sources = db.setting(QLatin1String(kSourcesKey)).split(u'\n', Qt::SkipEmptyParts);
    for (QString &s : sources)
        s = s.trimmed();
    sources.removeAll(QString());
    return sources.isEmpty() ? defaultCatalogSources() : sources;
}

Status setConfiguredCatalogSources(store::Database &db, const QStringList &sources)
{
    QStringList clean;
    for (const QString &s : sources)
        if (const QString t = s.trimmed(); !t.isEmpty() && !clean.contains(t))
            clean << t;
    if (clean.isEmpty() || clean == defaultCatalogSources())
        return db.removeSetting(QLatin1String(kSourcesKey));
    return db.setSetting(QLatin1String(kSourcesKey), clean.join(u'\n'));
}

Result<CatalogUpdateResult> updateCatalog(store::Database &db, const QString &source, bool apply,
                                          std::function<bool()> cancelled)
{
    store::SqliteCatalogStore local(db);
    return updateCatalog(local, source, apply, std::move(cancelled));
}

Result<CatalogUpdateResult> updateCatalog(store::CatalogStore &catalogStore, const QString &source, bool apply,
                                          std::function<bool()> cancelled)
{
    CatalogUpdateResult out;
    out.source = source;
    const QUrl url(source, QUrl::StrictMode);
    const bool remote = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    QByteArray bytes;
    pricing::CatalogImportOptions options;
    if (remote) {
        if (Status allowed = providers::HttpClient::checkUrlAllowed(url); !allowed)
            return allowed.error();
        auto known = catalogStore.sources();
        if (!known)
            return known.error();
        providers::HttpRequest request;
        request.url = url;
        request.label = QCoreApplication::translate("tl::services::CatalogUpdate", "catalog download");
        QByteArray previousHash;
        for (const store::CatalogSource &s : std::as_const(*known)) {
            if (s.url != source)
                continue;
            if (!s.etag.isEmpty())
                request.headers.append({QByteArrayLiteral("If-None-Match"), s.etag.toUtf8()});
            if (!s.lastModified.isEmpty())
                request.headers.append({QByteArrayLiteral("If-Modified-Since"), s.lastModified.toUtf8()});
            previousHash = s.fileHash;
        }
        providers::RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.budgetMs = 20000;
        providers::HttpClient http(policy, std::move(cancelled));
        auto response = http.send(request);
        if (!response) {
            if (http.lastStatus() == 304) {
                out.outcome = CatalogUpdateResult::Outcome::NotModified;
                return out;
            }
            if (http.lastFailure() == providers::HttpFailure::Unreachable
                || http.lastFailure() == providers::HttpFailure::Timeout)
                return Error{QCoreApplication::translate(
                                 "tl::services::CatalogUpdate",
                                 "Cannot reach %1 (offline?). Nothing was changed: %2")
                                 .arg(url.host(), response.errorMessage())};
            return Error{QCoreApplication::translate("tl::services::CatalogUpdate",
                                                     "The download of %1 failed; nothing was changed: %2")
                             .arg(source, response.errorMessage())};
        }
        bytes = response->body;
        options.url = source;
        options.etag = QString::fromUtf8(response->header(QByteArrayLiteral("ETag")));
        options.lastModified = QString::fromUtf8(response->header(QByteArrayLiteral("Last-Modified")));
        if (!previousHash.isEmpty()
            && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == previousHash) {
            out.outcome = CatalogUpdateResult::Outcome::NotModified;
            return out;
        }
    } else {
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("tl::services::CatalogUpdate", "Cannot read '%1': %2")
                             .arg(source, f.errorString())};
        bytes = f.readAll();
    }
    options.dryRun = !apply;
    auto report = pricing::importCatalogBytes(catalogStore, bytes, source, options);
    if (!report)
        return report.error();
    out.report = std::move(report).value();
    if (!apply) {
        out.document = bytes;
        out.importOptions = options;
        out.importOptions.dryRun = false;
    }
    out.outcome = apply ? CatalogUpdateResult::Outcome::Applied : CatalogUpdateResult::Outcome::Preview;
    return out;
}

Result<pricing::CatalogImportReport> applyCatalogUpdate(store::Database &db,
                                                        const CatalogUpdateResult &preview)
{
    if (preview.document.isEmpty())
        return Error{QCoreApplication::translate("tl::services::CatalogUpdate",
                                                 "Nothing to apply from %1: it did not change.")
                         .arg(preview.source)};
    pricing::CatalogImportOptions options = preview.importOptions;
    options.dryRun = false;
    return pricing::importCatalogBytes(db, preview.document, preview.source, options);
}

} // namespace tl::services
