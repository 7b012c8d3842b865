#include "providers/CredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "tokenledger.providers.credentials", QtWarningMsg)

namespace tl::providers {

Result<std::optional<QByteArray>> MemoryCredentialStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error{m_unavailable};
    if (!m_secrets.contains(key))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(m_secrets.value(key));
}

Status MemoryCredentialStore::write(const QString &key, const QByteArray &secret)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error{m_unavailable};
    m_secrets.insert(key, secret);
    return {};
}

Status MemoryCredentialStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error{m_unavailable};
    m_secrets.remove(key);
    return {};
}

void MemoryCredentialStore::setUnavailable(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = message;
}

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

bool KeychainCredentialStore::serviceAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Secret Service and KWallet are reached over the session D-Bus; without one every job
    // would wait for its timeout.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

namespace {

// Runs a keychain job to completion or timeout. The job deletes itself when it finishes, even
// after we stopped waiting.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

JobOutcome runJob(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->message = j->errorString();
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome->data = r->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
    if (!outcome->finished)
        loop.exec();
    if (!outcome->finished) {
        QObject::disconnect(job, &QKeychain::Job::finished, &loop, nullptr);
        outcome->error = QKeychain::OtherError;
        outcome->message = QCoreApplication::translate("tl::providers::CredentialStore",
                                                       "the keychain did not answer within %1 s")
                               .arg(timeoutMs / 1000.0);
    }
    return *outcome;
}

} // namespace

Result<std::optional<QByteArray>> KeychainCredentialStore::read(const QString &key)
{
    if (!serviceAvailable())
        return Error{
            QCoreApplication::translate("tl::providers::CredentialStore",
                                        "The system keychain is unavailable (no session bus).")};
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (o.error != QKeychain::NoError)
        return Error{QCoreApplication::translate("tl::providers::CredentialStore",
                                                 "The system keychain is unavailable: %1.")
                         .arg(o.message)};
    return std::optional<QByteArray>(o.data);
}

Status KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    if (!serviceAvailable())
        return Error{QCoreApplication::translate(
            "tl::providers::CredentialStore",
            "The system keychain is unavailable (no session bus); the key was not saved.")};
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.error != QKeychain::NoError)
        return Error{QCoreApplication::translate("tl::providers::CredentialStore",
                                                 "Cannot save the key in the system keychain: %1.")
                         .arg(o.message)};
    return {};
}

Status KeychainCredentialStore::remove(const QString &key)
{
    if (!serviceAvailable())
        return Error{
            QCoreApplication::translate("tl::providers::CredentialStore",
                                        "The system keychain is unavailable (no session bus).")};
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
        return Error{
            QCoreApplication::translate("tl::providers::CredentialStore",
                                        "Cannot remove the key from the system keychain: %1.")
                .arg(o.message)};
    return {};
}

QByteArray encodeCredentials(const QString &provider, const Credentials &c)
{
    if (provider != u"aws")
        return c.apiKey;
    QJsonObject o{{QStringLiteral("access_key_id"), QString::fromUtf8(c.aws.accessKeyId)},
                  {QStringLiteral("secret_access_key"), QString::fromUtf8(c.aws.secretAccessKey)}};
    if (!c.aws.sessionToken.isEmpty())
        o.insert(QStringLiteral("session_token"), QString::fromUtf8(c.aws.sessionToken));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Credentials decodeCredentials(const QString &provider, const QByteArray &secret)
{
    Credentials c;
    if (provider != u"aws") {
        c.apiKey = secret.trimmed();
        return c;
    }
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    c.aws.accessKeyId = o.value(QLatin1String("access_key_id")).toString().toUtf8();
    c.aws.secretAccessKey = o.value(QLatin1String("secret_access_key")).toString().toUtf8();
    c.aws.sessionToken = o.value(QLatin1String("session_token")).toString().toUtf8();
    return c;
}

Credentials credentialsFromEnvironment(const QString &provider)
{
    Credentials c;
    if (provider == u"openai")
        c.apiKey = qgetenv("OPENAI_ADMIN_KEY").trimmed();
    else if (provider == u"anthropic")
        c.apiKey = qgetenv("ANTHROPIC_ADMIN_KEY").trimmed();
    else if (provider == u"aws") {
        c.aws.accessKeyId = qgetenv("AWS_ACCESS_KEY_ID").trimmed();
        c.aws.secretAccessKey = qgetenv("AWS_SECRET_ACCESS_KEY").trimmed();
        c.aws.sessionToken = qgetenv("AWS_SESSION_TOKEN").trimmed();
    }
    return c;
}

Result<Credentials> resolveCredentials(CredentialStore *store, const Connection &c, QString *source)
{
    QString keychainProblem;
    if (store && c.id != 0) {
        auto stored = store->read(c.credentialKey());
        if (stored && *stored && !(*stored)->isEmpty()) {
            if (source)
                *source = QStringLiteral("keychain");
            return decodeCredentials(c.provider, **stored);
        }
        if (!stored) {
            keychainProblem = stored.errorMessage();
            qCInfo(lcCredentials) << "keychain lookup failed, trying the environment:"
                                  << keychainProblem;
        }
    }
    const Credentials env = credentialsFromEnvironment(c.provider);
    const QString vars = c.provider == u"aws"
                             ? QStringLiteral("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
                         : c.provider == u"openai" ? QStringLiteral("OPENAI_ADMIN_KEY")
                                                   : QStringLiteral("ANTHROPIC_ADMIN_KEY");
    const bool complete = c.provider == u"aws"
                              ? !env.aws.accessKeyId.isEmpty() && !env.aws.secretAccessKey.isEmpty()
                              : !env.apiKey.isEmpty();
    if (complete) {
        if (source)
            *source = vars;
        return env;
    }
    QString msg = QCoreApplication::translate(
                      "tl::providers::CredentialStore",
                      "No key for connection '%1': none in the keychain and %2 not set.")
                      .arg(c.name, vars);
    if (!keychainProblem.isEmpty())
        msg += u' ' + keychainProblem;
    return Error{msg};
}

} // namespace tl::providers
