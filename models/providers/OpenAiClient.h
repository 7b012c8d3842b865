#pragma once

#include "domain/SpendControl.h"
#include "providers/ProviderClient.h"

#include <optional>

namespace tl::providers {

// OpenAI Usage API (completions, embeddings, images) and Costs API, admin key as bearer token.
// Usage buckets become token facts (computed cost); cost rows become billed-only facts
// (see docs/formats.md: the two never overlap, so totals are not counted twice).
class OpenAiClient : public ProviderClient
{
public:
    using ProviderClient::ProviderClient;

    Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to, FetchStats &stats) override;
    Status probe() override;

    static QStringList defaultEndpoints();
    // defaultEndpoints() plus audio_transcriptions (seconds) and web_search_calls, which a
    // connection may add through its "endpoints" option.
    static QStringList knownEndpoints();
    static QStringList groupBy(const QString &endpoint);
    // Reads one response page of `endpoint` (page number `pageNo`, asked for with the cursor
    // `page`) into `facts`: the cursor of the next page, empty after the last one.
    Result<QString> readPage(const QString &endpoint, const HttpResponse &response,
                             const QString &page, int pageNo, QList<UsageFact> &facts,
                             FetchStats &stats);

    // The organisation's and every active project's hard spend limit and spend alerts (admin
    // API: /organization/spend_limit, /organization/spend_alerts, /organization/projects and
    // their per-project counterparts). A scope with neither is left out; a 404 for a limit
    // means none is set.
    Result<QList<SpendControl>> fetchSpendControls();

private:
    // A GET of `url` with the admin key.
    HttpRequest authorized(const QUrl &url) const;
    // GET path with the admin key; nullopt body when the server answers 404.
    Result<std::optional<QJsonObject>> getObject(const QString &path, const QUrlQuery &query, bool notFoundIsNone);
    // Every object of a cursor-paged list ("data", "has_more", "last_id" → after=).
    Result<QJsonArray> getList(const QString &path);
    Result<SpendControl> readControls(const QString &limitPath, const QString &alertsPath);
    Result<QList<UsageFact>> fetchEndpoint(const QString &endpoint, std::int64_t from,
                                           std::int64_t to, FetchStats &stats, int limit);
    HttpRequest request(const QString &endpoint, std::int64_t from, std::int64_t to, int limit,
                        const QString &page) const;
    Result<UsageFact> toFact(const QString &endpoint, std::int64_t start,
                             const QJsonObject &row) const;
};

} // namespace tl::providers
