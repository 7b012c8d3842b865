#pragma once

#include "core/BackgroundTask.h"
#include "core/Result.h"
#include "providers/Connection.h"
#include "providers/CredentialStore.h"
#include "providers/SyncEngine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace tl::store {
class Database;
}
namespace tl::itemmodels {
class ConnectionsModel;
}

namespace tl::services {

// The Sources page's provider connections: the list, add/edit/remove with the secret in the
// credential store, "test connection" and "sync now" on a worker thread with its own database
// connection, progress and cancel, and an optional auto-sync interval while the app runs.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(std::shared_ptr<providers::CredentialStore> credentials, QObject *parent = nullptr);
    ~SyncService() override; // cancels a running sync or test and waits for it

    void setDatabase(store::Database *db); // not owned
    itemmodels::ConnectionsModel *model() const { return m_model; }
    providers::CredentialStore *credentialStore() const { return m_credentials.get(); }

    // Retry, window and trailing settings for every sync (tests shorten the delays).
    void setSyncOptions(const providers::SyncOptions &options) { m_options = options; }

    Status reload();
    // Saves the connection (id 0: new) and, when `secret` is given, its credentials in the
    // store. Returns the id. A keychain failure is reported after the connection was saved.
    Result<std::int64_t> saveConnection(const providers::Connection &c,
                                        const std::optional<providers::Credentials> &secret);
    Status removeConnection(std::int64_t id);
    // Whether the connection has a key in this database's keychain item (also when the
    // keychain is locked), asked without reading the key where the keychain allows.
    bool hasStoredSecret(const providers::Connection &c) const;
    providers::KeyLookup storedSecretState(const providers::Connection &c) const;
    // The open database's id, which names its keychain items.
    QString databaseId() const { return m_databaseId; }
    std::optional<providers::Connection> connection(std::int64_t id) const;

    bool isBusy() const;
    // Starts a sync of one connection; false (with syncFinished) when it cannot start.
    bool startSync(std::int64_t connectionId);
    // Tests a connection (saved or not) with the given credentials, or the stored ones.
    bool startTest(const providers::Connection &c, const std::optional<providers::Credentials> &credentials = {});
    void cancel();

    // Syncs every connection, one after the other (what auto-sync does at each interval).
    void syncAll();
    // Syncs every connection every `minutes` while the app runs; 0 switches it off.
    void setAutoSyncInterval(int minutes);
    int autoSyncInterval() const { return m_autoMinutes; }

Q_SIGNALS:
    void connectionsChanged();
    void syncStarted(const QString &connectionName);
    void syncProgress(int windowsDone, int windowsTotal, int pages);
    // ok: the data was stored; message: a summary or the cause of the failure (never a key).
    void syncFinished(const QString &connectionName, bool ok, const QString &message);
    void testFinished(bool ok, const QString &verdict);

private:
    struct Outcome
    {
        bool test = false;
        QString name;
        bool ok = false;
        QString message;
    };
    void onWorkerDone(const Outcome &o);
    bool startNext();

    std::shared_ptr<providers::CredentialStore> m_credentials;
    store::Database *m_db = nullptr;
    QString m_databaseId;
    itemmodels::ConnectionsModel *m_model;
    providers::SyncOptions m_options;
    BackgroundTask<Outcome> m_task{this};
    QTimer m_autoTimer;
    int m_autoMinutes = 0;
    QList<std::int64_t> m_queue; // auto-sync: connections still to do
};

// A readable verdict for "Test connection".
QString testVerdict(bool ok, providers::HttpFailure failure, const QString &message);

} // namespace tl::services
