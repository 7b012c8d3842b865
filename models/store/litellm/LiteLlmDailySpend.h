#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tl::store::ledger {
class PgConnection;
}

namespace tl::store::litellm {

// Reads the daily spend tables of a LiteLLM proxy's own PostgreSQL database
// ("LiteLLM_DailyUserSpend", "LiteLLM_DailyTeamSpend", "LiteLLM_DailyTagSpend"), read-only:
// every read runs in a READ ONLY transaction and nothing is ever written to LiteLLM's database.
// Rows come back as LiteLLM stored them; services::LiteLlmDbImportUseCase makes facts of them.
class LiteLlmDailySpend
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::litellm::LiteLlmDailySpend)

public:
    struct Row
    {
        QString id;
        QString owner; // user_id, team_id or tag, by table
        QString date;  // YYYY-MM-DD
        QString apiKey;
        QString model;
        QString modelGroup;
        QString provider;
        std::int64_t promptTokens = 0;
        std::int64_t completionTokens = 0;
        std::int64_t cacheReadTokens = 0;
        std::int64_t cacheCreationTokens = 0;
        QString spend; // double precision as PostgreSQL prints it
        std::int64_t apiRequests = 0;
        std::int64_t successfulRequests = 0;
        std::int64_t failedRequests = 0;
        QString updatedAt; // YYYY-MM-DDTHH:MM:SS.ffffff (UTC as LiteLLM writes it)
    };

    // The short names this reader knows ("user", "team", "tag") and their tables.
    static QStringList kinds();
    static QString tableName(const QString &kind);

    explicit LiteLlmDailySpend(ledger::PgConnection &conn) : m_conn(conn) {}

    // Which of the three tables exist in the database (by kind).
    Result<QStringList> presentKinds();
    // The rows of one table updated after `since` (updatedAt text; empty: all), minus
    // `overlapSeconds` so that rows written while the last read ran are read again.
    Result<QList<Row>> read(const QString &kind, const QString &since, int overlapSeconds);

private:
    ledger::PgConnection &m_conn;
};

} // namespace tl::store::litellm
