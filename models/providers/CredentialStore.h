#pragma once

#include "core/Result.h"
#include "providers/ProviderClient.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace tl::providers {

// Where connection secrets live. The desktop app and the CLI use the OS keychain; tests use
// the in-memory store. Implementations never log or echo secret values.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // nullopt: nothing stored under `key`. An error: the store itself is unavailable.
    virtual Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

class MemoryCredentialStore : public CredentialStore
{
public:
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    // When set, every call fails with this message (to test "keychain unavailable").
    void setUnavailable(const QString &message);

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
    QString m_unavailable;
};

// QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager). Each call
// waits at most `timeoutMs` and fails fast where no keychain service can exist (no session
// bus), so headless runs fall back to the environment instead of hanging. Never falls back to
// plain-text storage.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("TokenLedger"),
                                     int timeoutMs = 5000);
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;

    static bool serviceAvailable();

private:
    QString m_service;
    int m_timeoutMs;
};

// How a connection's credentials are kept as one secret: the admin key itself, or for AWS a
// small JSON object with the access key id, secret access key and optional session token.
QByteArray encodeCredentials(const QString &provider, const Credentials &c);
Credentials decodeCredentials(const QString &provider, const QByteArray &secret);

// OPENAI_ADMIN_KEY, ANTHROPIC_ADMIN_KEY, or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
// AWS_SESSION_TOKEN; empty credentials when unset.
Credentials credentialsFromEnvironment(const QString &provider);

// The connection's credentials: the store first, then the environment. `source` says which
// ("keychain" or the variable names) for messages; the error names what is missing.
Result<Credentials> resolveCredentials(CredentialStore *store, const Connection &c,
                                       QString *source = nullptr);

} // namespace tl::providers
