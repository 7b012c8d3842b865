#pragma once

#include "core/Result.h"
#include "providers/ProviderClient.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

namespace tl::providers {

// What one look-up in a credential store came to. `Stored` carries the secret; every state
// but `Stored` and `Missing` carries the reason (a message a user can act on).
enum class KeyState {
    Stored,      // the item exists (and, for a read, its secret is in `secret`)
    Missing,     // no item under this key
    Locked,      // the item or its keyring is locked and was not unlocked in time
    Unavailable, // no keychain service (no session bus, no Secret Service)
    Failed,      // the keychain answered with an error, or did not answer in time
};

struct KeyLookup
{
    KeyState state = KeyState::Missing;
    QByteArray secret; // only with Stored, and only from read()-like calls
    QString reason;    // empty for Stored and Missing

    bool stored() const { return state == KeyState::Stored; }
};

// Where connection secrets live. The desktop app and the CLI use the OS keychain; tests use
// the in-memory store. Implementations never log or echo secret values. Every call may be made
// from any thread.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // The item and its secret, or the precise reason there is none.
    virtual KeyLookup lookup(const QString &key) = 0;
    // Whether an item exists, without reading (or unlocking) its secret where the store can
    // tell; by default a lookup without the secret.
    virtual KeyLookup probe(const QString &key);
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    virtual Status remove(const QString &key) = 0;

    // lookup() folded into a Result: nullopt when nothing is stored under `key`, an error when
    // the store is locked, unavailable or failed.
    Result<std::optional<QByteArray>> read(const QString &key);
};

class MemoryCredentialStore : public CredentialStore
{
public:
    KeyLookup lookup(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    // When set, every call fails with this message (to test "keychain unavailable").
    void setUnavailable(const QString &message);
    // Every item's key (tests check which items exist).
    QStringList keys() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
    QString m_unavailable;
};

// QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager).
//
// One thread of the process owns every QtKeychain job (for all instances: QtKeychain itself
// keeps one job queue per process, bound to one thread): it creates, starts and finishes them
// one after the other on its own event loop, so callers on the GUI thread, on worker threads and in the CLI
// (which runs no event loop) never share a job or its signals. A caller waits at most
// `timeoutMs` for its answer; a call that did not finish in time reports so, and its late
// result is never used: a read is dropped, a write that had not started is skipped, and a
// write that completes after its caller gave up is undone (the item gets back what it held).
// Fails fast where no keychain service can exist (no session bus). Never falls back to
// plain-text storage.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("TokenLedger"),
                                     int timeoutMs = 5000);
    ~KeychainCredentialStore() override;
    KeychainCredentialStore(const KeychainCredentialStore &) = delete;
    KeychainCredentialStore &operator=(const KeychainCredentialStore &) = delete;

    KeyLookup lookup(const QString &key) override;
    KeyLookup probe(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;

    static bool serviceAvailable();
    // How long each later call waits for its answer.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    class Owner; // the thread-owned side (in the .cpp)

private:
    QString m_service;
    std::atomic_int m_timeoutMs;
    std::shared_ptr<Owner> m_owner;
};

// How a connection's credentials are kept as one secret: the admin key itself, or for AWS a
// small JSON object with the access key id, secret access key and optional session token.
QByteArray encodeCredentials(const QString &provider, const Credentials &c);
Credentials decodeCredentials(const QString &provider, const QByteArray &secret);

// OPENAI_ADMIN_KEY, ANTHROPIC_ADMIN_KEY, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
// AWS_SESSION_TOKEN, AZURE_CLIENT_SECRET, or for Google the key file named by
// GOOGLE_APPLICATION_CREDENTIALS else GOOGLE_OAUTH_ACCESS_TOKEN; empty credentials when unset.
// A variable that is not set is looked up as a systemd credential of the same name
// ($CREDENTIALS_DIRECTORY/OPENAI_ADMIN_KEY, …; GOOGLE_APPLICATION_CREDENTIALS then holds the
// key itself), so that a service's keys never appear in its environment or command line.
Credentials credentialsFromEnvironment(const QString &provider);

// The connection's credentials: this database's keychain item first (ConnectionSecrets, only
// when it was saved for the connection's provider and base URL), then the systemd credential
// "connection-<name>" (the secret as the keychain keeps it), then the environment.
// `source` says which ("keychain" or the variable names) for messages; the error names what
// is missing and why the keychain gave nothing.
Result<Credentials> resolveCredentials(CredentialStore *store, const QString &databaseId,
                                       const Connection &c, QString *source = nullptr);

} // namespace tl::providers
