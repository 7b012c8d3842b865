#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace tl::test {

// OpenAI Usage and Costs API (billing-formats.md §1): bearer admin key, start_time/end_time,
// daily buckets (empty ones included), limit + next_page pagination, group keys null unless
// grouped by.
class FakeOpenAi : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    QByteArray adminKey = "sk-admin-fake-openai-0123456789";
    QByteArray readOnlyKey = "sk-proj-not-an-admin"; // answered with 403
    int maxBucketsPerPage = 2;
    // endpoint ("completions", "embeddings", "images", "costs") → bucket start → result rows
    QHash<QString, QMap<qint64, QJsonArray>> rows;

    void addRow(const QString &endpoint, qint64 day, const QJsonObject &row)
    {
        rows[endpoint][day].append(row);
    }

    // Admin API spend controls: projects (id → name, in order), hard limits and alert
    // thresholds in cents per scope ("" = the organisation). No limit: GET …/spend_limit is 404.
    QList<QPair<QString, QString>> projects;
    QSet<QString> archivedProjects;
    QHash<QString, qint64> spendLimits;
    QHash<QString, QList<qint64>> spendAlerts;
    int maxListPage = 2; // objects per page of a cursor-paged list

protected:
    FakeResponse handle(const FakeRequest &request) override;
    FakeResponse handleSpendControls(const FakeRequest &request);
    // 429 rate_limit_exceeded (or the fault's code, e.g. insufficient_quota) with Retry-After.
    FakeResponse faultResponse(const Fault &fault) const override;
};

// Anthropic Admin API usage report and cost report (§2): x-api-key + anthropic-version,
// RFC 3339 times, has_more/next_page, empty buckets, cost amounts as cent strings.
class FakeAnthropic : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    QByteArray adminKey = "sk-ant-admin01-fake-anthropic-0123456789";
    QByteArray readOnlyKey = "sk-ant-api03-not-an-admin";
    int maxBucketsPerPage = 2;
    QMap<qint64, QJsonArray> usage; // bucket start → rows
    QMap<qint64, QJsonArray> costs;
    // The Usage and Cost Analytics API's cost endpoint (/v1/organizations/analytics/cost, beta
    // header analytics-usage-cost-2026-08-24): day → items {"group": {workspace_id, model,
    // cost_type, …}, "cost": {"amount", "currency", "list_amount", "requests"}}. The response
    // is a flat list of items with starting_at/ending_at; each group keeps only the keys asked
    // for with group_by[].
    QMap<qint64, QJsonArray> analyticsCosts;

protected:
    FakeResponse handle(const FakeRequest &request) override;
    FakeResponse analyticsCost(const FakeRequest &request);
    // {"type":"error","error":{"type":"overloaded_error"|"rate_limit_error"|"api_error",…}}
    // with a lower-case retry-after header, as Anthropic sends it.
    FakeResponse faultResponse(const Fault &fault) const override;
};

// AWS Cost Explorer GetCostAndUsage (§3): routes on X-Amz-Target, checks the SigV4 signature
// by recomputing it with the known secret, NextPageToken pagination, __type errors.
class FakeAws : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    QByteArray accessKeyId = "AKIDFAKEEXAMPLE00001";
    QByteArray secretAccessKey = "fakeSecretKey/K7MDENG+bPxRfiCYEXAMPLEKEY00";
    QByteArray sessionToken; // required when non-empty
    QString service = QStringLiteral("Amazon Bedrock");
    int maxDaysPerPage = 2;
    // day → groups {"Keys":[usage type, linked account], "Metrics":{…}}
    QMap<qint64, QJsonArray> groups;
    QString lastSignatureProblem;

    void addGroup(qint64 day, const QString &usageType, const QString &account, const QString &cost,
                  const QString &quantity);

protected:
    FakeResponse handle(const FakeRequest &request) override;
    bool isPaged(const FakeRequest &request) const override;
    // {"__type":"<code>","message":"Rate exceeded"} (or the code in x-amzn-ErrorType only).
    FakeResponse faultResponse(const Fault &fault) const override;

private:
    bool checkSignature(const FakeRequest &request);
};

} // namespace tl::test
