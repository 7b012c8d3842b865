#pragma once

#include "core/Result.h"
#include "ingest/RecordReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace tl::pricing {
class DatabasePricing;
}
namespace tl::store {
class Database;
class ImportSink;
}
namespace tl::store::ledger {
class LedgerAddress;
}

namespace tl::services {

// "Import the request log of a LiteLLM proxy's own PostgreSQL database": the rows of
// LiteLLM_SpendLogs become one fact per request, exactly as an exported spend log would
// (the spend-log reader's converter, record keys litellm:<request_id>, so a request imported
// from a log file and from the database is stored once), priced by the catalog, LiteLLM's
// spend kept as the billed figure. Written to an ImportSink — the local database or a team
// ledger — as one transaction. Incremental: the last startTime read is kept in the local
// database per LiteLLM database and target; the next run reads from there, minus an overlap
// for requests logged late, and the overlap's requests count as duplicates.
class LiteLlmLogsImportUseCase
{
    Q_DECLARE_TR_FUNCTIONS(tl::services::LiteLlmLogsImportUseCase)

public:
    struct Run
    {
        bool present = true; // the table exists
        std::int64_t read = 0;
        std::int64_t inserted = 0;
        std::int64_t duplicates = 0;
        std::int64_t rejected = 0;
        std::int64_t unpriced = 0;
        QString watermark; // the startTime the next run reads from
        QList<ingest::ReadProblem> problems; // the first few rejected rows (line = row number)
    };

    // Requests that started this long before the watermark are read again.
    static constexpr int kOverlapSeconds = 900;
    static constexpr int kPageRows = 20000;

    LiteLlmLogsImportUseCase(store::Database &db, const pricing::DatabasePricing &pricing)
        : m_db(db), m_pricing(pricing)
    {
    }

    // Reads the rows since the last run of (address, target) into `sink`; `target` names
    // where the sink writes ("local" or the ledger's URL), to keep one watermark per target.
    Result<Run> run(const store::ledger::LedgerAddress &address, store::ImportSink &sink, const QString &target);

private:
    store::Database &m_db;
    const pricing::DatabasePricing &m_pricing;
};

} // namespace tl::services
