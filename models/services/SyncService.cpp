#include "services/SyncService.h"

#include "money/AmountText.h"
#include "itemmodels/ConnectionsModel.h"
#include "providers/ConnectionSecrets.h"
#include "store/Database.h"
#include "services/SyncUseCase.h"
#include "store/ReaderDatabase.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl::services {

QString testVerdict(bool ok, providers::HttpFailure failure, const QString &message)
{
    if (ok)
        return QCoreApplication::translate("tl::services::SyncService",
                                           "Connection works: the key can read usage and costs.");
    switch (failure) {
    case providers::HttpFailure::Unauthorized:
    case providers::HttpFailure::Forbidden:
    case providers::HttpFailure::Unreachable:
    case providers::HttpFailure::InsecureUrl:
        return message; // these messages start with the verdict ("Bad key: …")
    case providers::HttpFailure::Tls:
        return QCoreApplication::translate("tl::services::SyncService", "TLS error: %1")
            .arg(message);
    case providers::HttpFailure::Timeout:
        return QCoreApplication::translate("tl::services::SyncService", "No answer: %1")
            .arg(message);
    default:
        return QCoreApplication::translate("tl::services::SyncService",
                                           "The connection does not work: %1")
            .arg(message);
    }
}

SyncService::SyncService(std::shared_ptr<providers::CredentialStore> credentials, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)),
      m_model(new itemmodels::ConnectionsModel(this))
{
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncService::syncAll);
}

SyncService::~SyncService()
{
    m_task.cancel();
    m_task.waitForFinished();
}

void SyncService::setDatabase(store::Database *db)
{
    m_db = db;
    m_databaseId.clear();
    m_queue.clear();
    if (m_db) {
        // Names this database's keychain items; on its first open, takes over older items.
        auto id = providers::prepareConnectionSecrets(*m_db, m_credentials.get());
        if (id)
            m_databaseId = *id;
    }
    if (Status s = reload(); !s)
        m_model->setConnections({});
}

Status SyncService::reload()
{
    if (!m_db) {
        m_model->setConnections({});
        return {};
    }
    auto all = providers::ConnectionStore(*m_db).all();
    if (!all)
        return all.error();
    m_model->setConnections(*all);
    Q_EMIT connectionsChanged();
    return {};
}

std::optional<providers::Connection> SyncService::connection(std::int64_t id) const
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return std::nullopt;
    return *m_model->connectionAt(row);
}

Result<std::int64_t> SyncService::saveConnection(const providers::Connection &c,
                                                 const std::optional<providers::Credentials> &secret)
{
    if (!m_db)
        return Error{
            QCoreApplication::translate("tl::services::SyncService", "No database is open.")};
    if (Status s = providers::HttpClient::checkUrlAllowed(QUrl(c.baseUrl)); !s)
        return s.error();
    if (m_databaseId.isEmpty())
        return Error{QCoreApplication::translate(
            "tl::services::SyncService", "The database has no id for its keychain items.")};
    const std::optional<providers::Connection> before =
        c.id != 0 ? connection(c.id) : std::nullopt;
    auto id = providers::ConnectionStore(*m_db).save(c);
    if (!id)
        return id.error();
    providers::Connection saved = c;
    saved.id = *id;
    Status stored;
    providers::ConnectionSecrets secrets(m_credentials.get(), m_databaseId);
    if (secret && !secret->isEmpty() && m_credentials)
        stored = secrets.save(saved, *secret);
    else if (before && m_credentials)
        // The user changed where the connection points: its stored key goes with it.
        stored = secrets.rebind(*before, saved);
    (void)reload();
    if (!stored)
        return Error{
            QCoreApplication::translate("tl::services::SyncService",
                                        "The connection was saved, but its key was not: %1")
                .arg(stored.errorMessage())};
    return *id;
}

Status SyncService::removeConnection(std::int64_t id)
{
    if (!m_db)
        return Error{
            QCoreApplication::translate("tl::services::SyncService", "No database is open.")};
    const auto c = connection(id);
    if (Status s = providers::ConnectionStore(*m_db).remove(id); !s)
        return s;
    Status forgotten;
    if (c && m_credentials)
        forgotten = providers::ConnectionSecrets(m_credentials.get(), m_databaseId).forget(*c);
    (void)reload();
    if (!forgotten)
        return Error{QCoreApplication::translate("tl::services::SyncService",
                                                 "The connection was removed, but its key could "
                                                 "not be deleted from the keychain: %1")
                         .arg(forgotten.errorMessage())};
    return {};
}

providers::KeyLookup SyncService::storedSecretState(const providers::Connection &c) const
{
    if (!m_credentials || c.id == 0 || m_databaseId.isEmpty())
        return {providers::KeyState::Missing, {}, {}};
    return providers::ConnectionSecrets(m_credentials.get(), m_databaseId).probe(c);
}

bool SyncService::hasStoredSecret(const providers::Connection &c) const
{
    const providers::KeyState state = storedSecretState(c).state;
    return state == providers::KeyState::Stored || state == providers::KeyState::Locked;
}

bool SyncService::isBusy() const
{
    return m_task.isRunning();
}

bool SyncService::startSync(std::int64_t connectionId)
{
    const auto c = connection(connectionId);
    QString refusal;
    if (!m_db)
        refusal = QCoreApplication::translate("tl::services::SyncService", "No database is open.");
    else if (m_db->path().isEmpty())
        refusal = QCoreApplication::translate(
            "tl::services::SyncService",
            "Syncing needs a database file; this database exists only in memory.");
    else if (!c)
        refusal = QCoreApplication::translate("tl::services::SyncService",
                                              "The connection no longer exists.");
    else if (isBusy())
        refusal = QCoreApplication::translate("tl::services::SyncService",
                                              "A sync or test is already running.");
    if (!refusal.isEmpty()) {
        Q_EMIT syncFinished(c ? c->name : QString(), false, refusal);
        return false;
    }
    const QString path = m_db->path();
    const providers::SyncOptions options = m_options;
    const std::shared_ptr<providers::CredentialStore> store = m_credentials;
    const providers::Connection conn = *c;
    // The worker opens the database file again: connections are not shared between threads.
    m_task.start([this, path, options, store, conn](const CancelToken &cancel) -> Outcome {
        Outcome o{false, conn.name, false, {}};
        auto db = store::openWorkerDatabase(path);
        if (!db) {
            o.message = db.errorMessage();
            return o;
        }
        auto fresh = providers::ConnectionStore(**db).byId(conn.id);
        if (!fresh || !*fresh) {
            o.message = QCoreApplication::translate("tl::services::SyncService",
                                                    "The connection no longer exists.");
            return o;
        }
        SyncUseCase sync(**db, store.get());
        sync.setCancelCheck(cancel.check());
        sync.setProgress([this](int done, int total, int pages) {
            // The service outlives the worker (its destructor waits), so `this` is valid here.
            QMetaObject::invokeMethod(
                this, [this, done, total, pages] { Q_EMIT syncProgress(done, total, pages); },
                Qt::QueuedConnection);
        });
        const SyncRun run = sync.run(**fresh, options);
        if (!run.ran) {
            o.message = run.error;
            return o;
        }
        const providers::SyncSummary &s = run.summary;
        o.ok = s.ok;
        const QLocale locale;
        o.message =
            s.ok ? QCoreApplication::translate("tl::services::SyncService",
                                               "%1: %2 buckets read; %3 new, %4 replaced, %5 "
                                               "unchanged. Billed %6 USD, computed %7 USD.")
                       .arg(conn.name, locale.toString(s.buckets),
                            locale.toString(static_cast<qlonglong>(s.inserted)),
                            locale.toString(static_cast<qlonglong>(s.replaced)),
                            locale.toString(static_cast<qlonglong>(s.unchanged)),
                            usdAmount(s.billed), usdAmount(s.computed))
                 : s.error;
        if (s.ok && run.spendControlsRead
            && run.budgetChanges.added + run.budgetChanges.updated + run.budgetChanges.removed > 0)
            o.message += u' '
                         + QCoreApplication::translate("tl::services::SyncService",
                                                       "Budgets from spend limits: %1 added, %2 updated, %3 removed.")
                               .arg(run.budgetChanges.added)
                               .arg(run.budgetChanges.updated)
                               .arg(run.budgetChanges.removed);
        else if (s.ok && !run.spendControlsProblem.isEmpty())
            o.message += u' '
                         + QCoreApplication::translate("tl::services::SyncService", "Spend limits not read: %1")
                               .arg(run.spendControlsProblem);
        return o;
    }, [this](const Outcome &o) { onWorkerDone(o); });
    Q_EMIT syncStarted(conn.name);
    return true;
}

bool SyncService::startTest(const providers::Connection &c, const std::optional<providers::Credentials> &credentials)
{
    if (isBusy()) {
        Q_EMIT testFinished(false,
                            QCoreApplication::translate("tl::services::SyncService",
                                                        "A sync or test is already running."));
        return false;
    }
    const std::shared_ptr<providers::CredentialStore> store = m_credentials;
    const QString databaseId = m_databaseId;
    providers::RetryPolicy retry = m_options.retry;
    retry.maxAttempts = std::min(retry.maxAttempts, 2);
    m_task.start([c, credentials, store, databaseId, retry](const CancelToken &) -> Outcome {
        Outcome o{true, c.name, false, {}};
        providers::Credentials creds;
        if (credentials && !credentials->isEmpty()) {
            creds = *credentials;
        } else {
            auto resolved = providers::resolveCredentials(store.get(), databaseId, c);
            if (!resolved) {
                o.message = resolved.errorMessage();
                return o;
            }
            creds = *resolved;
        }
        providers::HttpFailure failure = providers::HttpFailure::None;
        const Status s = providers::SyncEngine::test(c, creds, retry, &failure);
        o.ok = s.ok();
        o.message = testVerdict(s.ok(), failure, s.errorMessage());
        return o;
    }, [this](const Outcome &o) { onWorkerDone(o); });
    return true;
}

void SyncService::cancel()
{
    m_queue.clear();
    m_task.cancel();
}

void SyncService::onWorkerDone(const Outcome &o)
{
    if (o.test) {
        Q_EMIT testFinished(o.ok, o.message);
        return;
    }
    (void)reload();
    Q_EMIT syncFinished(o.name, o.ok, o.message);
    startNext();
}

void SyncService::setAutoSyncInterval(int minutes)
{
    m_autoMinutes = std::max(0, minutes);
    if (m_autoMinutes == 0)
        m_autoTimer.stop();
    else
        m_autoTimer.start(m_autoMinutes * 60 * 1000);
}

void SyncService::syncAll()
{
    if (isBusy() || !m_queue.isEmpty())
        return; // the previous round is still going
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_queue << m_model->connectionAt(row)->id;
    startNext();
}

bool SyncService::startNext()
{
    while (!m_queue.isEmpty() && !isBusy()) {
        if (startSync(m_queue.takeFirst()))
            return true;
    }
    return false;
}

} // namespace tl::services
