#include "services/SyncUseCase.h"

#include "pricing/DatabasePricing.h"
#include "store/DatabaseIdentity.h"
#include "store/Database.h"

#include <QDateTime>

namespace tl::services {

SyncUseCase::SyncUseCase(store::Database &db, providers::CredentialStore *credentials)
    : m_db(db), m_credentials(credentials)
{
}

SyncRun SyncUseCase::run(const providers::Connection &connection, const providers::SyncOptions &options)
{
    SyncRun out;
    auto pricing = pricing::DatabasePricing::load(m_db);
    if (!pricing) {
        out.error = pricing.errorMessage();
        return out;
    }
    auto databaseId = store::databaseId(m_db);
    if (!databaseId) {
        out.error = databaseId.errorMessage();
        return out;
    }
    auto creds = providers::resolveCredentials(m_credentials, *databaseId, connection,
                                               &out.credentialSource);
    if (!creds) {
        out.error = creds.errorMessage();
        recordFailure(connection, out.error); // show the cause with the connection too
        return out;
    }
    providers::SyncEngine engine(m_db, **pricing);
    if (m_cancelled)
        engine.setCancelCheck(m_cancelled);
    if (m_progress)
        engine.setProgress(m_progress);
    out.summary = engine.run(connection, *creds, options);
    out.ran = true;
    if (!out.summary.ok)
        out.error = out.summary.error;
    return out;
}

void SyncUseCase::recordFailure(const providers::Connection &connection, const QString &error)
{
    providers::Connection failed = connection;
    failed.lastSyncAt = QDateTime::currentSecsSinceEpoch();
    failed.lastStatus = QStringLiteral("failed");
    failed.lastBuckets = failed.lastInserted = failed.lastReplaced = failed.lastUnchanged = 0;
    failed.lastError = error;
    (void)providers::ConnectionStore(m_db).recordSync(failed);
}

} // namespace tl::services
