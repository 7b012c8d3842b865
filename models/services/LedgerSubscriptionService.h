#pragma once

#include "core/BackgroundTask.h"
#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace tl::store {
class Database;
}
namespace tl::providers {
class CredentialStore;
}

namespace tl::services {

class LedgerListener;

// The desktop's subscription to a team ledger (Sources ▸ Team ledger): which ledger this
// database copies, its login's password in the credential store, and keeping the copy
// current while the app runs.
//
// The subscription's URL (never a password; LedgerAddress's rules: none in the URL, TLS off
// this machine) is a setting of the database, so each database remembers its own ledger. The
// password is the keychain item "db-<database id>/team-ledger"; it is read on worker threads
// only. Pulls (LedgerPullUseCase) run on a worker with their own connection, one at a time: a
// pull asked for while one runs is queued once (any number of requests become one more
// pull). A LedgerListener keeps a LISTEN connection open and asks for a pull at every change
// notice and after every (re)connection; when the server refuses LISTEN the service polls
// every pollInterval instead. pullFinished() tells the composition root that the usage
// changed, which refreshes the pages and evaluates the budgets (the ledger's budgets arrive
// with the pull).
class LedgerSubscriptionService : public QObject
{
    Q_OBJECT
public:
    // How the service hears of new data.
    enum class Link
    {
        Off,          // not subscribed
        Connecting,   // the first attempt is under way
        Listening,    // LISTEN connection open
        Reconnecting, // it dropped or could not be opened; tries again after a delay
        Polling,      // the server refused LISTEN: a pull every pollInterval
    };

    explicit LedgerSubscriptionService(std::shared_ptr<providers::CredentialStore> credentials,
                                       QObject *parent = nullptr);
    ~LedgerSubscriptionService() override; // stops listening, waits for a running pull

    void setDatabase(store::Database *db); // not owned; starts listening when it is subscribed

    // The login a ledger URL names, or why the URL cannot be used (a password in it, no TLS
    // to another machine, not a PostgreSQL URL).
    static Result<QString> userOf(const QString &url);

    // Subscribes this database to the ledger at `url`: keeps the URL, stores `password` in the
    // credential store (empty: keep the stored one for the same URL, none for another URL, so
    // that a password is never sent to a server it was not given for), starts listening and
    // pulls. Nothing is kept when the URL is refused or the keychain cannot store the password.
    Status subscribe(const QString &url, const QByteArray &password);
    // Stops listening, forgets the URL and the stored password. The pulled data stays.
    Status unsubscribe();
    // Asks for a pull now (queued behind a running one).
    void pullNow();

    bool isSubscribed() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    bool isPulling() const { return m_pulling; }
    Link link() const { return m_link; }
    // Why the LISTEN connection is down (Reconnecting, Polling), and when it is tried again.
    QString linkError() const { return m_linkError; }
    int retryInMs() const { return m_retryInMs; }
    // The last pull that succeeded: when, and how many records it brought (added, replaced
    // and removed); invalid / 0 before the first. Kept in the database.
    QDateTime lastPullAt() const { return m_lastPullAt; }
    std::int64_t lastPullRecords() const { return m_lastPullRecords; }
    // The records every pull since subscribing brought together.
    std::int64_t totalRecords() const { return m_totalRecords; }
    // The last pull's error in plain words (naming the server and the cause); empty after a
    // pull that succeeded.
    QString lastError() const { return m_lastError; }
    // The keychain item of this database's ledger password.
    QString passwordItem() const;

    // For tests: the delays between reconnection attempts, the polling interval, and the
    // listening connection's server process (0 while not connected).
    void setReconnectDelays(int firstMs, int longestMs);
    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }
    int listenerBackendPid() const;

Q_SIGNALS:
    // Anything shown in the status line changed.
    void stateChanged();
    // A pull ended; `changed`: facts or budgets came in. `message`: a summary or the error.
    void pullFinished(bool ok, bool changed, const QString &message);

private:
    struct Outcome
    {
        quint64 generation = 0;
        bool ok = false;
        bool changed = false;
        std::int64_t records = 0;
        QString message;
    };
    void startListening();
    void stopListening();
    void requestPull();
    void startPull();
    void onPullDone(const Outcome &outcome);
    void setLink(Link link, const QString &why = {}, int retryInMs = 0);
    void loadState();
    void remember(const char *key, const QString &value);

    std::shared_ptr<providers::CredentialStore> m_credentials;
    store::Database *m_db = nullptr;
    QString m_databaseId;
    QString m_url;
    LedgerListener *m_listener;
    QTimer m_pollTimer;
    BackgroundTask<Outcome> m_task{this};
    quint64 m_generation = 0; // raised whenever the database or the subscription changes
    bool m_pulling = false;
    bool m_pullQueued = false;
    Link m_link = Link::Off;
    QString m_linkError;
    int m_retryInMs = 0;
    QDateTime m_lastPullAt;
    std::int64_t m_lastPullRecords = 0;
    std::int64_t m_totalRecords = 0;
    QString m_lastError;
};

} // namespace tl::services
