#pragma once

#include "providers/ProviderClient.h"

#include <QDateTime>

namespace tl::providers {

// AWS Cost Explorer GetCostAndUsage (JSON 1.1 protocol, SigV4 signed): daily UnblendedCost and
// UsageQuantity of the configured service (default "Amazon Bedrock"), grouped by usage type and,
// when asked, linked account. Each group becomes one fact carrying both the billed cost and the
// tokens parsed from the usage type.
class AwsCostExplorerClient : public ProviderClient
{
public:
    using ProviderClient::ProviderClient;

    Result<QList<UsageFact>> fetch(std::int64_t from, std::int64_t to, FetchStats &stats) override;
    Status probe() override;

    // Fixed signing time for tests; invalid = now.
    void setSigningTime(const QDateTime &t) { m_signingTime = t; }

    QByteArray requestBody(std::int64_t from, std::int64_t to, const QString &nextPageToken) const;
    // Reads one GetCostAndUsage response (page number `pageNo`, asked for with `token`) into
    // `facts`: the token of the next page, empty after the last one.
    Result<QString> readPage(const HttpResponse &response, const QString &token, int pageNo,
                             QList<UsageFact> &facts, FetchStats &stats);

private:
    HttpRequest signedRequest(const QByteArray &body) const;
    Result<UsageFact> toFact(std::int64_t start, const QJsonObject &group, bool byAccount) const;

    QDateTime m_signingTime;
};

} // namespace tl::providers
