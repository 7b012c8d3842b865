#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/litellm/LiteLlmDailySpend.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tl::pricing {
class DatabasePricing;
}
namespace tl::store {
class Database;
}
namespace tl::store::ledger {
class LedgerAddress;
}

namespace tl::services {

// "Import the daily spend of a LiteLLM proxy's own PostgreSQL database" into the local
// database: each row of LiteLLM_DailyUserSpend (and, when asked, …TeamSpend / …TagSpend)
// becomes one daily fact keyed litellm-db:<table>:<id>, priced by the catalog, with LiteLLM's
// spend kept as the billed figure. Reading is incremental: the latest updated_at read is kept
// per source and table (setting table), and the next run reads only rows updated after it
// (minus a few minutes of overlap); a row read again with new figures replaces its fact.
class LiteLlmDbImportUseCase
{
    Q_DECLARE_TR_FUNCTIONS(tl::services::LiteLlmDbImportUseCase)

public:
    struct TableRun
    {
        QString kind;  // user, team, tag
        QString table; // LiteLLM_DailyUserSpend, …
        bool present = true;
        std::int64_t read = 0;
        std::int64_t inserted = 0;
        std::int64_t replaced = 0;
        std::int64_t unchanged = 0;
        std::int64_t unpriced = 0;
        QString watermark;
    };
    struct Run
    {
        QList<TableRun> tables;
    };

    // Rows updated within this many seconds before the watermark are read again.
    static constexpr int kOverlapSeconds = 300;

    LiteLlmDbImportUseCase(store::Database &db, const pricing::DatabasePricing &pricing)
        : m_db(db), m_pricing(pricing)
    {
    }

    // The password of LiteLLM's database: $TOKENLEDGER_LITELLM_DB_PASSWORD, else the systemd
    // credential litellm-db-password; empty: libpq's own $PGPASSWORD and ~/.pgpass.
    static QByteArray passwordFromEnvironment();

    // Reads `kinds` (user by default: user and team tables count the same requests twice).
    Result<Run> run(const store::ledger::LedgerAddress &address, const QStringList &kinds);

    // One row as a daily fact (unpriced; run() prices it).
    static UsageFact toFact(const QString &kind, const store::litellm::LiteLlmDailySpend::Row &row);

private:
    store::Database &m_db;
    const pricing::DatabasePricing &m_pricing;
};

} // namespace tl::services
