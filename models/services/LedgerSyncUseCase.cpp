#include "services/LedgerSyncUseCase.h"

#include "pricing/DatabasePricing.h"
#include "store/ledger/LedgerCatalogStore.h"
#include "providers/CredentialStore.h"
#include "providers/SyncTarget.h"
#include "store/Database.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/LedgerSync.h"
#include "store/ledger/PgConnection.h"

#include <QJsonDocument>

namespace tl::services {

namespace {

using store::ledger::LedgerSync;

// The sync engine's target in the ledger: one ledger connection record, its facts keyed
// "ledger-api:<its id>".
class LedgerTarget : public providers::SyncTarget
{
public:
    LedgerTarget(LedgerSync &sync, std::int64_t ledgerConnectionId) : m_sync(sync), m_id(ledgerConnectionId) {}

    QString recordKeyPrefix(const providers::Connection &) const override
    {
        return QStringLiteral("ledger-api:%1").arg(m_id);
    }
    Result<std::int64_t> beginBatch(const QString &source, const QString &name) override
    {
        return m_sync.beginBatch(source, name);
    }
    Result<Written> writeWindow(std::int64_t batchId, const providers::Connection &,
                                std::span<const UsageFact> facts, const Window &window) override
    {
        auto w = m_sync.writeWindow(batchId, m_id, facts, LedgerSync::Window{window.from, window.to, window.keyPrefix,
                                                                             window.watermark});
        if (!w)
            return w.error();
        return Written{w->inserted, w->replaced, w->unchanged, w->removed};
    }
    Status finishBatch(std::int64_t batchId, const QString &status, std::int64_t read, std::int64_t imported,
                       std::int64_t unchanged, const QString &message) override
    {
        return m_sync.finishBatch(batchId, status, read, imported, unchanged, message);
    }
    Status recordSync(const providers::Connection &r) override
    {
        return m_sync.recordSync(m_id, LedgerSync::Outcome{r.lastStatus, r.lastBuckets, r.lastInserted,
                                                           r.lastReplaced, r.lastUnchanged, r.lastError});
    }

private:
    LedgerSync &m_sync;
    std::int64_t m_id;
};

} // namespace

LedgerSyncUseCase::LedgerSyncUseCase(store::Database &db) : m_db(db) {}

LedgerSyncUseCase::~LedgerSyncUseCase() = default;

Status LedgerSyncUseCase::open(const store::ledger::LedgerAddress &address)
{
    auto conn = store::ledger::LedgerSchema::openMigrated(address);
    if (!conn)
        return conn.error();
    // The second connection creates new months' partitions, committed on their own.
    auto ddl = store::ledger::PgConnection::open(address);
    if (!ddl)
        return ddl.error();
    m_conn = std::move(conn).value();
    m_ddl = std::move(ddl).value();
    return {};
}

SyncRun LedgerSyncUseCase::run(const providers::Connection &connection, const providers::SyncOptions &options)
{
    SyncRun out;
    if (!m_conn) {
        out.error = QStringLiteral("LedgerSyncUseCase::run needs open()");
        return out;
    }
    // The team ledger's prices, as every fact the ledger holds (not this machine's).
    store::ledger::LedgerCatalogStore ledgerPrices(*m_conn);
    auto pricing = pricing::DatabasePricing::load(ledgerPrices);
    if (!pricing) {
        out.error = pricing.errorMessage();
        return out;
    }
    LedgerSync sync(*m_conn, *m_ddl);
    auto registered = sync.registerConnection(
        connection.name, connection.provider, connection.baseUrl,
        QString::fromUtf8(QJsonDocument(connection.options).toJson(QJsonDocument::Compact)));
    if (!registered) {
        out.error = registered.errorMessage();
        return out;
    }
    auto creds = providers::resolveCredentials(nullptr, QString(), connection, &out.credentialSource);
    if (!creds) {
        out.error = creds.errorMessage();
        (void)sync.recordSync(registered->id, LedgerSync::Outcome{QStringLiteral("failed"), 0, 0, 0, 0, out.error});
        return out;
    }
    // The ledger's position of this connection, not the local one.
    providers::Connection inLedger = connection;
    inLedger.watermark = registered->watermark;
    LedgerTarget target(sync, registered->id);
    providers::SyncEngine engine(target, **pricing);
    if (m_cancelled)
        engine.setCancelCheck(m_cancelled);
    out.summary = engine.run(inLedger, *creds, options);
    out.ran = true;
    if (!out.summary.ok)
        out.error = out.summary.error;
    return out;
}

} // namespace tl::services
