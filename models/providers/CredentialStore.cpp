#include "providers/CredentialStore.h"

#include "providers/ConnectionSecrets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#define TL_SECRET_SERVICE_PROBE 1
#endif

#include <qt6keychain/keychain.h>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcCredentials, "tokenledger.providers.credentials", QtWarningMsg)

namespace tl::providers {

namespace {

struct CredentialStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::providers::CredentialStore)
};

} // namespace

KeyLookup CredentialStore::probe(const QString &key)
{
    KeyLookup l = lookup(key);
    l.secret.clear();
    return l;
}

Result<std::optional<QByteArray>> CredentialStore::read(const QString &key)
{
    const KeyLookup l = lookup(key);
    if (l.state == KeyState::Stored)
        return std::optional<QByteArray>(l.secret);
    if (l.state == KeyState::Missing)
        return std::optional<QByteArray>();
    return Error{l.reason};
}

KeyLookup MemoryCredentialStore::lookup(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return {KeyState::Unavailable, {}, m_unavailable};
    if (!m_secrets.contains(key))
        return {KeyState::Missing, {}, {}};
    return {KeyState::Stored, m_secrets.value(key), {}};
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

QStringList MemoryCredentialStore::keys() const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.keys();
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

// ---------------------------------------------------------------------------------------------
// The keychain's own thread.

namespace {

// One call a caller waits for. The caller and the owner thread share it; `mutex` guards the
// flags and the outcome.
struct KeychainRequest
{
    enum class Kind { Read, Write, Remove };
    Kind kind = Kind::Read;
    QString service;
    QString key;
    QByteArray data;

    QMutex mutex;
    QWaitCondition answered;
    bool started = false;   // the owner thread began its jobs
    bool done = false;      // the outcome below is final
    bool abandoned = false; // the caller stopped waiting; the outcome must not take effect
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray result;
};

using RequestPtr = std::shared_ptr<KeychainRequest>;
using JobDone = std::function<void(QKeychain::Error, const QString &, const QByteArray &)>;

// Lives on the owner thread: runs the requests one after the other, each as one or more
// QtKeychain jobs created, started and finished here.
class KeychainJobRunner : public QObject
{
public:

    void enqueue(const RequestPtr &r)
    {
        m_queue.push_back(r);
        if (!m_busy)
            next();
    }

private:
    void next()
    {
        while (!m_queue.empty()) {
            RequestPtr r = m_queue.front();
            m_queue.pop_front();
            {
                QMutexLocker lock(&r->mutex);
                if (r->abandoned)
                    continue; // the caller gave up before it started: never run it
                r->started = true;
            }
            m_busy = true;
            run(r);
            return;
        }
        m_busy = false;
    }

    void finish(const RequestPtr &r, QKeychain::Error error, const QString &message,
                const QByteArray &data = {})
    {
        {
            QMutexLocker lock(&r->mutex);
            r->error = error;
            r->message = message;
            r->result = data;
            r->done = true;
            r->answered.wakeAll();
        }
        m_busy = false;
        next();
    }

    bool abandoned(const RequestPtr &r)
    {
        QMutexLocker lock(&r->mutex);
        return r->abandoned;
    }

    void run(const RequestPtr &r)
    {
        switch (r->kind) {
        case KeychainRequest::Kind::Read:
            startRead(r->service, r->key, [this, r](QKeychain::Error e, const QString &m, const QByteArray &d) {
                finish(r, e, m, d);
            });
            return;
        case KeychainRequest::Kind::Remove:
            startRemove(r->service, r->key, [this, r](QKeychain::Error e, const QString &m, const QByteArray &) {
                finish(r, e, m);
            });
            return;
        case KeychainRequest::Kind::Write:
            // Read what the item holds first (this is where a locked keyring asks to be
            // unlocked), so that a write finishing after its caller gave up can be undone.
            startRead(r->service, r->key, [this, r](QKeychain::Error e, const QString &m, const QByteArray &old) {
                if (e != QKeychain::NoError && e != QKeychain::EntryNotFound) {
                    finish(r, e, m);
                    return;
                }
                if (abandoned(r)) {
                    finish(r, QKeychain::OtherError, QString()); // too late: do not write
                    return;
                }
                const bool hadItem = e == QKeychain::NoError;
                startWrite(r->service, r->key, r->data,
                           [this, r, hadItem, old](QKeychain::Error we, const QString &wm,
                                                   const QByteArray &) {
                               if (we == QKeychain::NoError && abandoned(r)) {
                                   undoLateWrite(r, hadItem, old);
                                   return;
                               }
                               finish(r, we, wm);
                           });
            });
            return;
        }
    }

    // The caller was told the key was not saved; make that true again.
    void undoLateWrite(const RequestPtr &r, bool hadItem, const QByteArray &old)
    {
        qCWarning(lcCredentials) << "a keychain save finished after its caller gave up; undoing it";
        const JobDone done = [this, r](QKeychain::Error, const QString &, const QByteArray &) {
            finish(r, QKeychain::OtherError, QString());
        };
        if (hadItem)
            startWrite(r->service, r->key, old, done);
        else
            startRemove(r->service, r->key, done);
    }

    void watch(QKeychain::Job *job, JobDone done)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
            QByteArray data;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                data = read->binaryData();
            done(j->error(), j->errorString(), data);
        });
        job->start();
    }

    void startRead(const QString &service, const QString &key, JobDone done)
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        watch(job, std::move(done));
    }

    void startWrite(const QString &service, const QString &key, const QByteArray &data,
                    JobDone done)
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setBinaryData(data);
        watch(job, std::move(done));
    }

    void startRemove(const QString &service, const QString &key, JobDone done)
    {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        watch(job, std::move(done));
    }

    std::deque<RequestPtr> m_queue;
    bool m_busy = false;
};

// Waits for the owner thread's answer, at most `timeoutMs`. A thread that runs an event loop
// (the GUI thread) keeps it going meanwhile, without user input, so windows still paint; any
// other thread (a worker, the CLI) just blocks. On timeout the request is marked abandoned
// under its lock, so its outcome can no longer take effect.
bool waitForAnswer(KeychainRequest &r, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (QThread::currentThread()->loopLevel() > 0) {
        for (;;) {
            {
                QMutexLocker lock(&r.mutex);
                if (r.done)
                    return true;
                if (deadline.hasExpired()) {
                    r.abandoned = true;
                    return false;
                }
            }
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
    }
    QMutexLocker lock(&r.mutex);
    while (!r.done) {
        if (!r.answered.wait(&r.mutex, deadline) && !r.done) {
            r.abandoned = true;
            return false;
        }
    }
    return true;
}

#ifdef TL_SECRET_SERVICE_PROBE
// Asks the Secret Service which items carry QtKeychain's attributes for `key`, without
// reading or unlocking any: Stored (an unlocked item), Locked (only locked ones), Missing, or
// nullopt when there is no Secret Service to ask (KWallet, no daemon).
std::optional<KeyState> secretServiceProbe(const QString &service, const QString &key, int timeoutMs)
{
    static std::once_flag registered;
    std::call_once(registered, [] { qDBusRegisterMetaType<QMap<QString, QString>>(); });
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    QMap<QString, QString> attributes{{QStringLiteral("server"), service},
                                      {QStringLiteral("user"), key}};
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(call, QDBus::Block, std::min(timeoutMs, 3000));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return std::nullopt;
    const auto paths = [](const QVariant &v) {
        QList<QDBusObjectPath> out;
        const QDBusArgument arg = v.value<QDBusArgument>();
        arg >> out;
        return out;
    };
    if (!paths(reply.arguments().at(0)).isEmpty())
        return KeyState::Stored;
    if (!paths(reply.arguments().at(1)).isEmpty())
        return KeyState::Locked;
    return KeyState::Missing;
}
#endif

} // namespace

// The one thread of the process that runs QtKeychain jobs. QtKeychain queues every job of the
// process through one object of its own, bound to the thread of the first job; jobs from a
// second thread crash in it (the crash of issue 24). So there is exactly one such thread, for
// every KeychainCredentialStore, from the first use until the application object goes.
class KeychainCredentialStore::Owner
{
public:
    static std::shared_ptr<Owner> instance()
    {
        static const std::shared_ptr<Owner> owner = [] {
            auto o = std::shared_ptr<Owner>(new Owner);
            // Stopped and freed with the application object. A job still waiting for an
            // answer then finds its runner gone: its connection to the runner is cut with it.
            qAddPostRoutine([] { instance()->stop(); });
            return o;
        }();
        return owner;
    }

    RequestPtr submit(const QString &service, KeychainRequest::Kind kind, const QString &key,
                      const QByteArray &data = {})
    {
        auto r = std::make_shared<KeychainRequest>();
        r->kind = kind;
        r->service = service;
        r->key = key;
        r->data = data;
        if (!m_runner) { // the application object is gone: nothing runs jobs any more
            r->error = QKeychain::OtherError;
            r->message = CredentialStoreTr::tr("the application is closing");
            r->done = true;
            return r;
        }
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, r] { runner->enqueue(r); },
                                  Qt::QueuedConnection);
        return r;
    }

private:
    Owner() : m_thread(new QThread), m_runner(new KeychainJobRunner)
    {
        m_thread->setObjectName(QStringLiteral("tokenledger-keychain"));
        m_runner->moveToThread(m_thread);
        m_thread->start();
    }

    void stop()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        // The thread has ended, so its objects may be freed from here.
        delete m_runner;
        delete m_thread;
        m_runner = nullptr;
        m_thread = nullptr;
    }

    QThread *m_thread;           // from the first use until the application object goes
    KeychainJobRunner *m_runner; // lives on m_thread, as long as it
};

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs), m_owner(Owner::instance())
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

namespace {

QString noBus()
{
    return CredentialStoreTr::tr("The system keychain is unavailable (no session bus).");
}

// Why a call that got no answer in time got none.
QString noAnswer(const KeychainRequest &r, int timeoutMs)
{
    if (!r.started)
        return CredentialStoreTr::tr("the keychain is still busy with an earlier request (is an unlock "
                      "prompt waiting?)");
    return CredentialStoreTr::tr(
                                       "the keychain did not answer within %1 s (is an unlock "
                                       "prompt waiting?)")
        .arg(timeoutMs / 1000.0);
}

} // namespace

KeyLookup KeychainCredentialStore::lookup(const QString &key)
{
    if (!serviceAvailable())
        return {KeyState::Unavailable, {}, noBus()};
    RequestPtr r = m_owner->submit(m_service, KeychainRequest::Kind::Read, key);
    if (!waitForAnswer(*r, m_timeoutMs)) {
        QMutexLocker lock(&r->mutex);
        return {KeyState::Failed, {},
                CredentialStoreTr::tr(
                                            "The system keychain gave no answer: %1.")
                    .arg(noAnswer(*r, m_timeoutMs))};
    }
    QMutexLocker lock(&r->mutex);
    switch (r->error) {
    case QKeychain::NoError:
        return {KeyState::Stored, r->result, {}};
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {KeyState::Locked, {},
                CredentialStoreTr::tr("The keychain is locked and was not unlocked; unlock it and try again.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeyState::Unavailable, {},
                CredentialStoreTr::tr(
                                            "The system keychain is unavailable: %1.")
                    .arg(r->message)};
    default:
        return {KeyState::Failed, {},
                CredentialStoreTr::tr(
                                            "The system keychain failed: %1.")
                    .arg(r->message)};
    }
    lock.unlock();
#ifdef TL_SECRET_SERVICE_PROBE
    // A locked item whose unlock prompt was dismissed reads as "not found"; ask the Secret
    // Service whether there is a locked one before saying there is none.
    if (secretServiceProbe(m_service, key, m_timeoutMs) == KeyState::Locked)
        return {KeyState::Locked, {},
                CredentialStoreTr::tr("The keychain is locked and was not unlocked; unlock it and try again.")};
#endif
    return {KeyState::Missing, {}, {}};
}

KeyLookup KeychainCredentialStore::probe(const QString &key)
{
    if (!serviceAvailable())
        return {KeyState::Unavailable, {}, noBus()};
#ifdef TL_SECRET_SERVICE_PROBE
    if (const auto state = secretServiceProbe(m_service, key, m_timeoutMs)) {
        if (*state == KeyState::Locked)
            return {KeyState::Locked, {}, CredentialStoreTr::tr("The keychain is locked.")};
        return {*state, {}, {}};
    }
#endif
    return CredentialStore::probe(key);
}

Status KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    if (!serviceAvailable())
        return Error{CredentialStoreTr::tr(
            "The system keychain is unavailable (no session bus); the key was not saved.")};
    RequestPtr r = m_owner->submit(m_service, KeychainRequest::Kind::Write, key, secret);
    if (!waitForAnswer(*r, m_timeoutMs)) {
        QMutexLocker lock(&r->mutex);
        return Error{CredentialStoreTr::tr(
                         "The key was not saved: %1. Should the keychain still finish the save, "
                         "TokenLedger undoes it; unlock the keychain and save again.")
                         .arg(noAnswer(*r, m_timeoutMs))};
    }
    QMutexLocker lock(&r->mutex);
    if (r->error == QKeychain::AccessDenied || r->error == QKeychain::AccessDeniedByUser)
        return Error{CredentialStoreTr::tr("The keychain is locked and was not unlocked; the key was not saved. "
                            "Unlock the keychain and save again.")};
    if (r->error != QKeychain::NoError)
        return Error{CredentialStoreTr::tr(
                                                 "Cannot save the key in the system keychain: %1.")
                         .arg(r->message)};
    return {};
}

Status KeychainCredentialStore::remove(const QString &key)
{
    if (!serviceAvailable())
        return Error{noBus()};
    RequestPtr r = m_owner->submit(m_service, KeychainRequest::Kind::Remove, key);
    if (!waitForAnswer(*r, m_timeoutMs)) {
        QMutexLocker lock(&r->mutex);
        return Error{CredentialStoreTr::tr(
                                                 "Cannot remove the key from the system "
                                                 "keychain: %1.")
                         .arg(noAnswer(*r, m_timeoutMs))};
    }
    QMutexLocker lock(&r->mutex);
    if (r->error != QKeychain::NoError && r->error != QKeychain::EntryNotFound)
        return Error{
            CredentialStoreTr::tr(
                                        "Cannot remove the key from the system keychain: %1.")
                .arg(r->message)};
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

namespace {

// A systemd credential of this service ($CREDENTIALS_DIRECTORY/<name>, LoadCredential= or
// SetCredentialEncrypted= in the unit; "tokenledger_<name>" when the packaged unit loads the
// folder /etc/tokenledger/credentials): empty when there is none or the name is not a plain
// file name.
QByteArray systemdCredential(const QString &name)
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty() || name.isEmpty() || name.contains(u'/') || name == u"." || name == u"..")
        return {};
    for (const QString &file : QStringList{name, QStringLiteral("tokenledger_") + name}) {
        QFile f(dir + u'/' + file);
        if (f.open(QIODevice::ReadOnly))
            return f.read(1 << 20).trimmed();
    }
    return {};
}

// The variable's value, else the systemd credential of the same name.
QByteArray variable(const char *name)
{
    QByteArray v = qgetenv(name).trimmed();
    return v.isEmpty() ? systemdCredential(QLatin1String(name)) : v;
}

} // namespace

Credentials credentialsFromEnvironment(const QString &provider)
{
    Credentials c;
    if (provider == u"openai")
        c.apiKey = variable("OPENAI_ADMIN_KEY");
    else if (provider == u"anthropic")
        c.apiKey = variable("ANTHROPIC_ADMIN_KEY");
    else if (provider == u"aws") {
        c.aws.accessKeyId = variable("AWS_ACCESS_KEY_ID");
        c.aws.secretAccessKey = variable("AWS_SECRET_ACCESS_KEY");
        c.aws.sessionToken = variable("AWS_SESSION_TOKEN");
    } else if (provider == u"azure") {
        c.apiKey = variable("AZURE_CLIENT_SECRET");
    } else if (provider == u"google") {
        // A service-account key file named by GOOGLE_APPLICATION_CREDENTIALS, else a token.
        const QString keyFile = qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS").trimmed();
        QFile f(keyFile);
        if (!keyFile.isEmpty() && f.open(QIODevice::ReadOnly))
            c.apiKey = f.read(1 << 20).trimmed();
        // As a systemd credential, GOOGLE_APPLICATION_CREDENTIALS holds the key itself.
        if (c.apiKey.isEmpty() && keyFile.isEmpty())
            c.apiKey = systemdCredential(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"));
        if (c.apiKey.isEmpty())
            c.apiKey = variable("GOOGLE_OAUTH_ACCESS_TOKEN");
    }
    return c;
}

Result<Credentials> resolveCredentials(CredentialStore *store, const QString &databaseId,
                                       const Connection &c, QString *source)
{
    QString keychainProblem;
    if (store && c.id != 0 && !databaseId.isEmpty()) {
        auto stored = ConnectionSecrets(store, databaseId).load(c);
        if (stored && *stored && !(*stored)->isEmpty()) {
            if (source)
                *source = QStringLiteral("keychain");
            return **stored;
        }
        if (!stored) {
            keychainProblem = stored.errorMessage();
            qCInfo(lcCredentials) << "keychain lookup failed, trying the environment:"
                                  << keychainProblem;
        }
    }
    // A collector's own key for this connection: the systemd credential "connection-<name>",
    // in the keychain's form (the key; for AWS the JSON object of encodeCredentials).
    const QString credentialName = QStringLiteral("connection-") + c.name;
    if (const QByteArray own = systemdCredential(credentialName); !own.isEmpty()) {
        const Credentials fromUnit = decodeCredentials(c.provider, own);
        if (source)
            *source = QStringLiteral("systemd credential ") + credentialName;
        return fromUnit;
    }
    const Credentials env = credentialsFromEnvironment(c.provider);
    const QString vars =
        c.provider == u"aws"      ? QStringLiteral("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        : c.provider == u"openai" ? QStringLiteral("OPENAI_ADMIN_KEY")
        : c.provider == u"azure"  ? QStringLiteral("AZURE_CLIENT_SECRET")
        : c.provider == u"google"
            ? QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_OAUTH_ACCESS_TOKEN")
            : QStringLiteral("ANTHROPIC_ADMIN_KEY");
    const bool complete = c.provider == u"aws"
                              ? !env.aws.accessKeyId.isEmpty() && !env.aws.secretAccessKey.isEmpty()
                              : !env.apiKey.isEmpty();
    if (complete) {
        if (source)
            *source = vars;
        return env;
    }
    QString msg = keychainProblem.isEmpty()
                      ? CredentialStoreTr::tr(
                            "No key for connection '%1': none in the keychain and %2 not set.")
                            .arg(c.name, vars)
                      : CredentialStoreTr::tr(
                            "No key for connection '%1': %2 is not set, and the keychain gave "
                            "none:")
                            .arg(c.name, vars);
    if (!keychainProblem.isEmpty())
        msg += u' ' + keychainProblem;
    return Error{msg};
}

} // namespace tl::providers
