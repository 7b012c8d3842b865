#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QSet>

namespace tl::test {

// Google's OAuth token endpoint (JWT bearer grant: the RS256 assertion is checked against the
// service account's public key) and the BigQuery REST API's jobs.query and
// jobs.getQueryResults, as documented: POST /projects/{p}/queries answers a jobReference,
// jobComplete, schema.fields, rows as {"f":[{"v":…}]} with every value a string, totalRows and
// a pageToken while rows remain; GET /projects/{p}/queries/{jobId}?pageToken=… continues. The
// fake does not run SQL: it checks that the query names the table and filters its own rows
// (one per day, SKU, project, region and labels) by the @from_time/@to_time/@services
// parameters. Errors come as {"error":{"code","message","status","errors":[{"reason"}]}}.
class FakeBigQuery : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    QString project = QStringLiteral("finops-reader");
    QString table = QStringLiteral("billing-admin.billing_export.gcp_billing_export_v1_0A1B2C_3D4E5F_6A7B8C");
    QString clientEmail = QStringLiteral("tokenledger@finops-reader.iam.gserviceaccount.com");
    QByteArray publicKeyPem;                          // the service account's key, to check JWTs
    QByteArray pastedToken = "ya29.fake-pasted-access-token-0123456789"; // gcloud's kind
    int expiresIn = 3599;
    int maxRowsPerPage = 2;
    int pollsBeforeComplete = 0; // getQueryResults answers jobComplete=false this many times

    struct Row
    {
        QString day; // yyyy-MM-dd
        QString service = QStringLiteral("Vertex AI");
        QString skuId;
        QString sku;
        QString projectId;
        QString region;
        QString labels = QStringLiteral("[]"); // TO_JSON_STRING of the sorted labels
        QString unit = QStringLiteral("count");
        QString usageAmount;
        QString cost;
        QString credits = QStringLiteral("0");
        QString currency = QStringLiteral("USD");
    };
    QList<Row> rows;

    void expireTokens() { m_valid.clear(); m_pastedExpired = true; }
    int tokensIssued() const { return m_issued; }
    int apiCalls() const { return m_calls; }
    int expireTokensAtCall = 0; // the API request with this number finds its token expired
    QString lastProblem;

protected:
    FakeResponse handle(const FakeRequest &request) override;
    bool isPaged(const FakeRequest &request) const override;
    FakeResponse faultResponse(const Fault &fault) const override;

private:
    FakeResponse token(const FakeRequest &request);
    FakeResponse startQuery(const FakeRequest &request);
    FakeResponse results(const FakeRequest &request);
    FakeResponse page(const QString &jobId, int offset, bool first);
    bool authorized(const FakeRequest &request) const;

    struct Job
    {
        QList<Row> rows;
        int pollsLeft = 0;
    };
    QHash<QString, Job> m_jobs;
    QSet<QByteArray> m_valid;
    bool m_pastedExpired = false;
    int m_issued = 0;
    int m_calls = 0;
};

} // namespace tl::test
