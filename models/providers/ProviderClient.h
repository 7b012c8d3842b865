#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "providers/Connection.h"
#include "providers/HttpClient.h"
#include "providers/SigV4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUrlQuery>

#include <cstdint>
#include <functional>
#include <memory>

namespace tl::providers {

// The secret a connection needs: an admin key (OpenAI, Anthropic) or AWS credentials.
struct Credentials
{
    QByteArray apiKey;
    AwsCredentials aws;

    bool isEmpty() const { return apiKey.isEmpty() && aws.secretAccessKey.isEmpty(); }
};

struct FetchStats
{
    int pages = 0;
    int buckets = 0; // time buckets read (empty ones included)
    int rows = 0;    // result rows read
};

// Reads one provider's billing API for a time range and turns it into usage facts (not yet
// priced). Facts carry record keys "api:<connection id>:<stream>:<bucket start>:<group>", so
// that a re-read bucket replaces the stored one (a team ledger's sync replaces "api:<id>" with
// its own prefix, setRecordKeyPrefix).
class ProviderClient
{
public:
    ProviderClient(Connection connection, Credentials credentials, HttpClient &http)
        : m_connection(std::move(connection)), m_credentials(std::move(credentials)), m_http(http)
    {
    }
    virtual ~ProviderClient() = default;

    // Every bucket whose start lies in [from, to) (UTC seconds on day boundaries), all pages.
    virtual Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to,
                                           FetchStats &stats) = 0;
    // One small request that proves the URL, the key and its rights.
    virtual Status probe() = 0;

    // Called after every page read (pages so far).
    void setPageCallback(std::function<void(int)> f) { m_onPage = std::move(f); }
    // The start of every record key, "api:<connection id>" unless set.
    void setRecordKeyPrefix(const QString &prefix) { m_keyPrefix = prefix; }

    static std::unique_ptr<ProviderClient> create(const Connection &c, const Credentials &creds,
                                                  HttpClient &http);

protected:
    QString recordKey(const QString &stream, std::int64_t start, const QStringList &group) const;
    // Parses a JSON object body, with a message naming the endpoint and page on failure.
    Result<QJsonObject> parseObject(const HttpResponse &r, const QString &endpoint, int page) const;
    QUrl endpointUrl(const QString &path, const QUrlQuery &query) const;
    // The bounds of domain/Limits.h on a fact's counts, with an error naming the page.
    static Status checkCounts(const UsageFact &fact, const QString &endpoint, int pageNo);
    void pageRead(FetchStats &stats);
    // A probe for billing APIs without a cheaper request: fetches yesterday (UTC), all pages.
    Status fetchYesterday();
    // The "data" array of an OpenAI/Anthropic-style page, or an error naming the endpoint.
    static Result<QJsonArray> dataArray(const QJsonObject &body, const QString &endpoint, int pageNo);
    // The cursor of the next page of an OpenAI/Anthropic-style page ("has_more" and
    // "next_page"): an empty string when this was the last page, an error when the server
    // says there is more but repeats or omits the cursor.
    // `cursorKey` names the cursor: "next_page" (usage and cost reports) or "last_id" (the
    // admin API's lists, passed back as after=).
    static Result<QString> nextPage(const QJsonObject &body, const QString &page,
                                    const QString &endpoint, int pageNo, const char *cursorKey = "next_page");

    Connection m_connection;
    Credentials m_credentials;
    HttpClient &m_http;
    std::function<void(int)> m_onPage;
    QString m_keyPrefix;
};

// JSON helpers shared by the clients.
QString jsonString(const QJsonObject &o, const char *key);   // null and missing → ""
// null and missing → 0; values beyond ±10^12 (domain/Limits.h) come back as ±(10^12 + 1)
std::int64_t jsonInt(const QJsonObject &o, const char *key);
// A JSON number in major units as exact money (the shortest decimal that reads back the same
// double, i.e. the digits the server wrote).
Money jsonMoney(const QJsonValue &v);

} // namespace tl::providers
