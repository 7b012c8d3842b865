#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace tl::test {

// Microsoft Entra ID token endpoint (client credentials) and the Azure Cost Management Query
// API, as documented: form-encoded sign-in at /{tenant}/oauth2/v2.0/token answering
// {"token_type","expires_in","access_token"}; POST {scope}/providers/Microsoft.CostManagement/
// query?api-version=… with a Daily dataset, answering properties.columns/rows (UsageDate as
// yyyymmdd numbers) and properties.nextLink with a $skiptoken while rows remain. Errors come as
// {"error":{"code","message"}}; throttling as 429 with Retry-After and the
// x-ms-ratelimit-microsoft.costmanagement-*-retry-after headers.
class FakeAzure : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    QString tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
    QString clientId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    QByteArray clientSecret = "fake~azure~secret~0123456789abcdef";
    QString scope = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001");
    int expiresIn = 3599;
    int maxRowsPerPage = 3;
    // One row per (day, meter, resource): cost and quantity in the meter's unit.
    struct Row
    {
        qint64 day = 0;
        QString meter;
        QString resourceId;
        QString tagTeam;
        double cost = 0;
        double quantity = 0;
        QString currency = QStringLiteral("USD");
    };
    QList<Row> rows;
    void addRow(qint64 day, const QString &meter, const QString &resourceId, double cost,
                double quantity, const QString &team = {})
    {
        rows.append(Row{day, meter, resourceId, team, cost, quantity, QStringLiteral("USD")});
    }

    // Makes every token issued so far invalid (as if it had expired early): the next query
    // with one of them is answered 401.
    void expireTokens() { m_valid.clear(); }
    int tokensIssued() const { return m_issued; }
    int queries() const { return m_queries; }
    int queryAttempts() const { return m_attempts; }
    int expireTokensAtQuery = 0; // the query request with this number finds its token expired
    QJsonObject lastQueryBody;
    QString foreignNextLink; // non-empty: every nextLink points there instead

protected:
    FakeResponse handle(const FakeRequest &request) override;
    bool isPaged(const FakeRequest &request) const override;
    FakeResponse faultResponse(const Fault &fault) const override;

private:
    FakeResponse token(const FakeRequest &request);
    FakeResponse query(const FakeRequest &request);

    QSet<QByteArray> m_valid;
    int m_issued = 0;
    int m_queries = 0;
    int m_attempts = 0;
};

} // namespace tl::test
