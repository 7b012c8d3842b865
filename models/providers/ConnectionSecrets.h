#pragma once

#include "core/Result.h"
#include "providers/Connection.h"
#include "providers/CredentialStore.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tl::providers {

// A database's connection secrets in a credential store. Each item names the database (its
// stable id, kept in the database itself) and the connection, so two databases never share
// an item, and each secret is kept together with the provider and base URL it was saved for:
// a key is only handed out for exactly that provider and base URL.
//
// Item key: "db-<database id>/connection-<connection id>" (service "TokenLedger").
class ConnectionSecrets
{
public:
    ConnectionSecrets(CredentialStore *store, QString databaseId);

    static QString itemKey(const QString &databaseId, std::int64_t connectionId);
    // The key the first versions used, without the database ("connection-<id>").
    static QString legacyItemKey(std::int64_t connectionId);

    QString itemKey(const Connection &c) const { return itemKey(m_databaseId, c.id); }

    // Saves `credentials` for the connection's provider and base URL.
    Status save(const Connection &c, const Credentials &credentials);
    // Whether this connection has an item, without reading its secret where the store can.
    KeyLookup probe(const Connection &c) const;
    // The stored credentials; nullopt when there is no item. An error when the keychain is
    // locked, unavailable or failed, or when the item was saved for another provider or base
    // URL (the key is then not handed out).
    Result<std::optional<Credentials>> load(const Connection &c) const;
    // Saves the stored secret again for the connection's new provider and base URL, after the
    // user edited the connection (`before` is how it was saved). Nothing to do without an item.
    Status rebind(const Connection &before, const Connection &after);
    // Deletes the connection's item (nothing stored is fine).
    Status forget(const Connection &c);

    // Moves "connection-<id>" items of older versions to this database's items, for a database
    // that has not been checked yet (see the user guide for when an item is taken). Returns how
    // many were moved; an error leaves the check for the next open.
    Result<int> migrateLegacy(const QList<Connection> &connections);

private:
    CredentialStore *m_store;
    QString m_databaseId;
};

// "<provider> <base URL>" with the URL normalised: what a stored secret is bound to.
QString credentialFingerprint(const Connection &c);

} // namespace tl::providers

namespace tl::store {
class Database;
}

namespace tl::providers {

// Readies `db` for its keychain items and returns its database id: creates the id on first
// use and, the first time a database is opened by a version that names items by database,
// moves that database's older "connection-<id>" items (ConnectionSecrets::migrateLegacy).
// When the keychain cannot be asked, the move is tried again at the next open; the id is
// returned either way. `store` may be null (no keychain: only the id).
Result<QString> prepareConnectionSecrets(store::Database &db, CredentialStore *store);

} // namespace tl::providers
