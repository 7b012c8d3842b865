#include "providers/ConnectionSecrets.h"

#include "store/Database.h"
#include "store/DatabaseIdentity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSecrets, "tokenledger.providers.secrets", QtWarningMsg)

namespace tl::providers {

namespace {

struct ConnectionSecretsTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::providers::ConnectionSecrets)
};

const QString kFormat = QStringLiteral("tokenledger-connection-key");
const QString kLegacyChecked = QStringLiteral("keychain_legacy_checked");

QString normalisedUrl(const QString &url)
{
    return QUrl(url.trimmed())
        .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
        .toString();
}

QByteArray envelope(const Connection &c, const Credentials &credentials)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("provider"), c.provider},
                        {QStringLiteral("base_url"), normalisedUrl(c.baseUrl)},
                        {QStringLiteral("secret"),
                         QString::fromUtf8(encodeCredentials(c.provider, credentials))}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Opened
{
    bool valid = false;
    QString provider;
    QString baseUrl;
    QByteArray secret;
};

Opened open(const QByteArray &item)
{
    Opened out;
    const QJsonDocument doc = QJsonDocument::fromJson(item);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QLatin1String("format")).toString() != kFormat)
        return out;
    out.valid = true;
    out.provider = o.value(QLatin1String("provider")).toString();
    out.baseUrl = o.value(QLatin1String("base_url")).toString();
    out.secret = o.value(QLatin1String("secret")).toString().toUtf8();
    return out;
}

// Whether an item of the first versions (the bare secret) has the form of `provider`'s keys.
bool legacyShapeFits(const QString &provider, const QByteArray &secret)
{
    const QByteArray s = secret.trimmed();
    if (provider == u"aws") {
        const QJsonObject o = QJsonDocument::fromJson(s).object();
        return o.contains(QLatin1String("access_key_id")) &&
               o.contains(QLatin1String("secret_access_key"));
    }
    if (s.startsWith('{'))
        return false;
    if (provider == u"anthropic")
        return s.startsWith("sk-ant-");
    if (provider == u"openai")
        return s.startsWith("sk-") && !s.startsWith("sk-ant-");
    return false;
}

} // namespace

QString credentialFingerprint(const Connection &c)
{
    return c.provider + u' ' + normalisedUrl(c.baseUrl);
}

ConnectionSecrets::ConnectionSecrets(CredentialStore *store, QString databaseId)
    : m_store(store), m_databaseId(std::move(databaseId))
{
}

QString ConnectionSecrets::itemKey(const QString &databaseId, std::int64_t connectionId)
{
    return QStringLiteral("db-%1/connection-%2").arg(databaseId).arg(connectionId);
}

QString ConnectionSecrets::legacyItemKey(std::int64_t connectionId)
{
    return QStringLiteral("connection-%1").arg(connectionId);
}

Status ConnectionSecrets::save(const Connection &c, const Credentials &credentials)
{
    if (!m_store)
        return Error{ConnectionSecretsTr::tr("No keychain to save the key in.")};
    return m_store->write(itemKey(c), envelope(c, credentials));
}

KeyLookup ConnectionSecrets::probe(const Connection &c) const
{
    if (!m_store || c.id == 0)
        return {KeyState::Missing, {}, {}};
    return m_store->probe(itemKey(c));
}

Result<std::optional<Credentials>> ConnectionSecrets::load(const Connection &c) const
{
    if (!m_store || c.id == 0)
        return std::optional<Credentials>();
    const KeyLookup l = m_store->lookup(itemKey(c));
    if (l.state == KeyState::Missing)
        return std::optional<Credentials>();
    if (l.state != KeyState::Stored)
        return Error{l.reason};
    const Opened item = open(l.secret);
    if (!item.valid)
        return Error{ConnectionSecretsTr::tr("The keychain item of connection '%1' is not one "
                                             "TokenLedger wrote; enter the key again (Edit…).")
                         .arg(c.name)};
    const QString savedFor = item.provider + u' ' + item.baseUrl;
    if (savedFor != credentialFingerprint(c))
        return Error{ConnectionSecretsTr::tr("The key in the keychain for connection '%1' was "
                                             "saved for %2, not for %3, so it is not sent "
                                             "there. Enter the key again for this address "
                                             "(Edit…).")
                         .arg(c.name, savedFor, credentialFingerprint(c))};
    return std::optional<Credentials>(decodeCredentials(c.provider, item.secret));
}

Status ConnectionSecrets::rebind(const Connection &before, const Connection &after)
{
    if (!m_store || credentialFingerprint(before) == credentialFingerprint(after))
        return {};
    auto stored = load(before);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {};
    return save(after, **stored);
}

Status ConnectionSecrets::forget(const Connection &c)
{
    if (!m_store || c.id == 0)
        return {};
    return m_store->remove(itemKey(c));
}

Result<int> ConnectionSecrets::migrateLegacy(const QList<Connection> &connections)
{
    if (!m_store)
        return 0;
    int moved = 0;
    for (const Connection &c : connections) {
        const QString legacy = legacyItemKey(c.id);
        // Asked without reading first, so that a keychain without older items (the usual
        // case) never shows an unlock prompt for them.
        const KeyLookup exists = m_store->probe(legacy);
        if (exists.state == KeyState::Missing)
            continue;
        const KeyLookup old = m_store->lookup(legacy);
        if (old.state == KeyState::Missing)
            continue;
        if (old.state != KeyState::Stored)
            return Error{old.reason};
        if (!legacyShapeFits(c.provider, old.secret)) {
            qCInfo(lcSecrets) << "an older keychain item does not fit connection" << c.id
                              << "(" << c.provider << "); left for the database it belongs to";
            continue;
        }
        const KeyLookup mine = m_store->probe(itemKey(c));
        if (mine.state != KeyState::Missing && mine.state != KeyState::Stored)
            return Error{mine.reason};
        if (mine.state == KeyState::Stored)
            continue; // this database has its own key: the old item is not ours to take
        if (Status s = save(c, decodeCredentials(c.provider, old.secret)); !s)
            return s.error();
        // Moved, not copied: no second database can take the same key.
        if (Status s = m_store->remove(legacy); !s)
            return s.error();
        ++moved;
    }
    return moved;
}

Result<QString> prepareConnectionSecrets(store::Database &db, CredentialStore *store)
{
    auto id = store::databaseId(db);
    if (!id)
        return id.error();
    if (!db.setting(kLegacyChecked).isEmpty())
        return *id;
    auto connections = ConnectionStore(db).all();
    if (!connections)
        return *id;
    if (!connections->isEmpty()) {
        if (!store)
            return *id; // try again where there is a keychain
        auto moved = ConnectionSecrets(store, *id).migrateLegacy(*connections);
        if (!moved) {
            qCInfo(lcSecrets) << "older keychain items not checked yet:" << moved.errorMessage();
            return *id;
        }
        if (*moved > 0)
            qCInfo(lcSecrets) << *moved << "keychain items moved to this database's names";
    }
    (void)db.setSetting(kLegacyChecked, QStringLiteral("1"));
    return *id;
}

} // namespace tl::providers
