#include "services/LedgerSubscriptionService.h"

#include "providers/CredentialStore.h"
#include "services/LedgerListener.h"
#include "services/LedgerPullUseCase.h"
#include "store/Database.h"
#include "store/DatabaseIdentity.h"
#include "store/ReaderDatabase.h"
#include "store/ledger/LedgerAddress.h"

#include <QLocale>

namespace tl::services {

namespace {

// The database's settings of the subscription (the password is in the keychain only).
constexpr auto kUrlKey = "ledger-subscription-url";
constexpr auto kPulledAtKey = "ledger-subscription-pulled-at";
constexpr auto kRecordsKey = "ledger-subscription-records";
constexpr auto kTotalKey = "ledger-subscription-total";

// The ledger's address with the password from the credential store, on a worker thread.
Result<store::ledger::LedgerAddress> addressWithPassword(const QString &url, providers::CredentialStore *credentials,
                                                         const QString &item)
{
    auto address = store::ledger::LedgerAddress::parse(url);
    if (!address)
        return address.error();
    if (credentials && !item.isEmpty()) {
        auto password = credentials->read(item);
        if (!password)
            return Error{QCoreApplication::translate("tl::services::LedgerSubscriptionService",
                                                     "The keychain gave no password for the team ledger: %1")
                             .arg(password.error().message)};
        if (*password)
            address->setPassword(**password);
    }
    return address;
}

} // namespace

LedgerSubscriptionService::LedgerSubscriptionService(std::shared_ptr<providers::CredentialStore> credentials,
                                                     QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_listener(new LedgerListener(this))
{
    m_pollTimer.setInterval(30000);
    connect(&m_pollTimer, &QTimer::timeout, this, &LedgerSubscriptionService::requestPull);
    connect(m_listener, &LedgerListener::connected, this, [this] {
        m_pollTimer.stop();
        setLink(Link::Listening);
        requestPull(); // changes made while it was not listening
    });
    connect(m_listener, &LedgerListener::changed, this, &LedgerSubscriptionService::requestPull);
    connect(m_listener, &LedgerListener::lost, this,
            [this](const QString &why, int retryInMs) { setLink(Link::Reconnecting, why, retryInMs); });
    connect(m_listener, &LedgerListener::listenRefused, this, [this](const QString &why) {
        m_listener->stop();
        setLink(Link::Polling, why);
        m_pollTimer.start();
        requestPull();
    });
}

LedgerSubscriptionService::~LedgerSubscriptionService()
{
    m_listener->stop();
    m_task.cancel();
    m_task.waitForFinished();
}

void LedgerSubscriptionService::setReconnectDelays(int firstMs, int longestMs)
{
    m_listener->setReconnectDelays(firstMs, longestMs);
}

int LedgerSubscriptionService::listenerBackendPid() const
{
    return m_listener->backendPid();
}

QString LedgerSubscriptionService::passwordItem() const
{
    return m_databaseId.isEmpty() ? QString() : QStringLiteral("db-%1/team-ledger").arg(m_databaseId);
}

Result<QString> LedgerSubscriptionService::userOf(const QString &url)
{
    auto address = store::ledger::LedgerAddress::parse(url.trimmed());
    if (!address)
        return address.error();
    return address->user();
}

void LedgerSubscriptionService::setDatabase(store::Database *db)
{
    stopListening();
    ++m_generation;
    m_pullQueued = false;
    m_db = db;
    m_databaseId.clear();
    m_url.clear();
    m_lastError.clear();
    if (m_db) {
        if (auto id = store::databaseId(*m_db))
            m_databaseId = *id;
        loadState();
    }
    if (isSubscribed())
        startListening();
    Q_EMIT stateChanged();
}

void LedgerSubscriptionService::remember(const char *key, const QString &value)
{
    // Only the status line's figures: a failure to keep them is shown, nothing else depends on it.
    if (Status s = m_db->setSetting(QString::fromLatin1(key), value); !s)
        m_lastError = s.error().message;
}

void LedgerSubscriptionService::loadState()
{
    m_url = m_db->setting(QString::fromLatin1(kUrlKey));
    m_lastPullAt = QDateTime::fromString(m_db->setting(QString::fromLatin1(kPulledAtKey)), Qt::ISODate);
    m_lastPullRecords = m_db->setting(QString::fromLatin1(kRecordsKey)).toLongLong();
    m_totalRecords = m_db->setting(QString::fromLatin1(kTotalKey)).toLongLong();
}

Status LedgerSubscriptionService::subscribe(const QString &rawUrl, const QByteArray &password)
{
    if (!m_db)
        return Error{tr("Open a database first.")};
    const QString url = rawUrl.trimmed();
    auto address = store::ledger::LedgerAddress::parse(url);
    if (!address)
        return address.error();
    if (m_databaseId.isEmpty())
        return Error{tr("This database has no id for its keychain items; open it again.")};
    if (!m_credentials && !password.isEmpty())
        return Error{tr("No keychain is available to keep the password.")};
    if (m_credentials) {
        if (!password.isEmpty()) {
            if (Status s = m_credentials->write(passwordItem(), password); !s)
                return Error{tr("The keychain did not store the password: %1").arg(s.error().message)};
        } else if (url != m_url) {
            // A password given for another ledger is never sent to this one.
            if (Status s = m_credentials->remove(passwordItem()); !s)
                return Error{tr("The keychain did not remove the old password: %1").arg(s.error().message)};
        }
    }
    if (Status s = m_db->setSetting(QString::fromLatin1(kUrlKey), url); !s)
        return s;
    stopListening();
    ++m_generation;
    m_pullQueued = false;
    if (url != m_url) {
        m_lastPullAt = {};
        m_lastPullRecords = 0;
        m_totalRecords = 0;
        for (const char *key : {kPulledAtKey, kRecordsKey, kTotalKey})
            remember(key, QString());
    }
    m_url = url;
    m_lastError.clear();
    startListening();
    Q_EMIT stateChanged();
    return {};
}

Status LedgerSubscriptionService::unsubscribe()
{
    if (!m_db || !isSubscribed())
        return {};
    stopListening();
    ++m_generation;
    m_pullQueued = false;
    Status kept = m_db->setSetting(QString::fromLatin1(kUrlKey), QString());
    m_url.clear();
    m_lastError.clear();
    Status forgotten = m_credentials ? m_credentials->remove(passwordItem()) : Status{};
    Q_EMIT stateChanged();
    if (!kept)
        return kept;
    if (!forgotten)
        return Error{tr("Unsubscribed, but the keychain did not remove the password: %1")
                         .arg(forgotten.error().message)};
    return {};
}

void LedgerSubscriptionService::pullNow()
{
    requestPull();
}

void LedgerSubscriptionService::startListening()
{
    setLink(Link::Connecting);
    m_listener->start([url = m_url, credentials = m_credentials, item = passwordItem()] {
        return addressWithPassword(url, credentials.get(), item);
    });
}

void LedgerSubscriptionService::stopListening()
{
    m_listener->stop();
    m_pollTimer.stop();
    setLink(Link::Off);
}

void LedgerSubscriptionService::setLink(Link link, const QString &why, int retryInMs)
{
    if (m_link == link && m_linkError == why && m_retryInMs == retryInMs)
        return;
    m_link = link;
    m_linkError = why;
    m_retryInMs = retryInMs;
    Q_EMIT stateChanged();
}

void LedgerSubscriptionService::requestPull()
{
    if (!m_db || !isSubscribed())
        return;
    if (m_pulling) {
        m_pullQueued = true; // however many arrive meanwhile: one more pull
        return;
    }
    startPull();
}

void LedgerSubscriptionService::startPull()
{
    m_pulling = true;
    m_pullQueued = false;
    Q_EMIT stateChanged();
    m_task.start(
        [generation = m_generation, path = m_db->path(), url = m_url, credentials = m_credentials,
         item = passwordItem()](const CancelToken &) -> Outcome {
            Outcome out;
            out.generation = generation;
            auto address = addressWithPassword(url, credentials.get(), item);
            if (!address) {
                out.message = address.error().message;
                return out;
            }
            auto db = store::openWorkerDatabase(path);
            if (!db) {
                out.message = db.error().message;
                return out;
            }
            auto pulled = LedgerPullUseCase(**db).run(*address);
            if (!pulled) {
                out.message = pulled.error().message;
                return out;
            }
            const auto &c = pulled->counts;
            const auto &b = pulled->budgets;
            out.ok = true;
            out.records = c.added + c.replaced + c.removed;
            out.changed = pulled->changed() || b.added + b.updated + b.removed > 0 || pulled->prices.mirrored;
            out.message = out.records == 1 ? tr("Team ledger: 1 record pulled.")
                                           : tr("Team ledger: %1 records pulled.").arg(QLocale().toString(out.records));
            return out;
        },
        [this](const Outcome &out) { onPullDone(out); });
}

void LedgerSubscriptionService::onPullDone(const Outcome &out)
{
    m_pulling = false;
    if (out.generation == m_generation && m_db) {
        if (out.ok) {
            m_lastError.clear();
            m_lastPullAt = QDateTime::currentDateTimeUtc();
            m_lastPullRecords = out.records;
            m_totalRecords += out.records;
            remember(kTotalKey, QString::number(m_totalRecords));
            remember(kPulledAtKey, m_lastPullAt.toString(Qt::ISODateWithMs));
            remember(kRecordsKey, QString::number(m_lastPullRecords));
        } else {
            m_lastError = out.message;
        }
    }
    Q_EMIT stateChanged();
    if (out.generation == m_generation)
        Q_EMIT pullFinished(out.ok, out.changed, out.message);
    if (m_pullQueued)
        requestPull();
}

} // namespace tl::services
