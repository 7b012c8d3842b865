#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string>

namespace tl::store::ledger {
class PgConnection;
}

namespace tl::store::litellm {

// Reads the per-request table of a LiteLLM proxy's own PostgreSQL database,
// "LiteLLM_SpendLogs", read-only, in pages: every page is one READ ONLY query, in order of
// ("startTime", request_id), continuing after the last row of the page before (keyset
// paging, so that millions of rows never sit in memory at once). Columns a LiteLLM version
// lacks read as empty. Rows come back as LiteLLM stored them, as text;
// services::LiteLlmDbImportUseCase makes facts of them with the spend-log reader's converter.
class LiteLlmSpendLogs
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::litellm::LiteLlmSpendLogs)

public:
    // The columns TokenLedger uses, as text; `metadata` and `request_tags` as JSON text.
    struct Row
    {
        std::string requestId, startTime, model, modelGroup, provider, apiKey, user, endUser, team,
            organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags;
    };

    static QString tableName() { return QStringLiteral("LiteLLM_SpendLogs"); }

    explicit LiteLlmSpendLogs(ledger::PgConnection &conn) : m_conn(conn) {}

    // Whether the table exists; reads which of its columns do. Call before next().
    Result<bool> open();
    // Starts reading at rows whose startTime is at or after `since` minus `overlapSeconds`
    // (`since` as next() reports it in lastStartTime(); empty: from the first row).
    void startFrom(const QString &since, int overlapSeconds);
    // The next page of at most `pageSize` rows; empty at the end.
    Result<QList<Row>> next(int pageSize);
    // The startTime of the last row read (YYYY-MM-DDTHH:MM:SS.ffffff, UTC), empty before any.
    const QString &lastStartTime() const { return m_lastStart; }

private:
    ledger::PgConnection &m_conn;
    QByteArray m_select; // the page query, built by open()
    QString m_since;
    int m_overlap = 0;
    QString m_lastStart; // of the row read last: where the next page continues
    QString m_lastId;
};

} // namespace tl::store::litellm
