#include "services/SyncUseCase.h"

#include "pricing/DatabasePricing.h"
#include "providers/OpenAiClient.h"
#include "store/SqliteBudgetStore.h"
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
    else if (connection.provider == u"openai"
             && connection.options.value(QLatin1String("spend_limits")).toBool(true))
        mirrorSpendControls(connection, *creds, options, out);
    return out;
}

void SyncUseCase::mirrorSpendControls(const providers::Connection &connection,
                                      const providers::Credentials &credentials,
                                      const providers::SyncOptions &options, SyncRun &out)
{
    providers::HttpClient http(options.retry, m_cancelled);
    providers::OpenAiClient client(connection, credentials, http);
    auto controls = client.fetchSpendControls();
    if (!controls) {
        out.spendControlsProblem = controls.errorMessage();
        return;
    }
    const QString prefix = ProviderBudgets::originPrefix(connection.provider, connection.id);
    store::SqliteBudgetStore budgets(m_db);
    auto changes = ProviderBudgets::apply(
        budgets, prefix, ProviderBudgets::fromSpendControls(*controls, providers::providerDisplayName(connection.provider), prefix));
    if (!changes) {
        out.spendControlsProblem = changes.errorMessage();
        return;
    }
    out.spendControlsRead = true;
    out.budgetChanges = *changes;
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
