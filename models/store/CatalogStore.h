#pragma once

#include "core/Result.h"
#include "pricing/Discounts.h"
#include "pricing/ModelPrice.h"
#include "pricing/RequestModifiers.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace tl::store {

// Where the prices of an imported catalog came from (one row per catalog name).
struct CatalogSource
{
    QString name;   // the catalog name its prices are stored under ("litellm", …)
    QString format; // "tokenledger", "litellm", "genai-prices"
    QString file;
    QByteArray fileHash;         // hex SHA-256 of the file; empty when it could not be read
    std::int64_t importedAt = 0; // UTC seconds
    int entries = 0;             // price entries stored
    // Schema 9: the URL a downloaded catalog came from and its HTTP validators (ETag,
    // Last-Modified) for the next conditional request; and what the import changed, kept in
    // catalog_history.
    QString url;
    QString etag;
    QString lastModified;
    int added = 0;
    int changed = 0;
    int removed = 0;
};

// The prices the database keeps besides the built-in catalog: the user's overrides and
// imported catalogs, where each imported catalog came from, and the negotiated discounts.
class CatalogStore
{
public:
    virtual ~CatalogStore() = default;

    // Every stored price except those stored under the name "builtin", in precedence order:
    // user overrides first, then imported catalogs (newest import first), each in the order
    // it was stored.
    virtual Result<QList<pricing::ModelPrice>> prices() = 0;
    // Replaces, in one transaction, every stored price of each catalog name that occurs in
    // `prices` with the entries given.
    virtual Status replaceCatalogs(const QList<pricing::ModelPrice> &prices) = 0;
    // Replaces the catalogs as replaceCatalogs() does and records their source (and a line of
    // catalog_history), all in one transaction.
    virtual Status storeImport(const QList<pricing::ModelPrice> &prices,
                               const CatalogSource &source) = 0;
    // Deletes the user's overrides of (provider, model), ignoring case; returns how many rows
    // went.
    virtual Result<int> removeUserOverrides(const QString &provider, const QString &model) = 0;
    // Stores `price` as the user's override (catalog "user") of its provider and model from
    // its effective-from date on, replacing the override of the same start.
    virtual Status saveOverride(const pricing::ModelPrice &price) = 0;

    // Every recorded source, by name.
    virtual Result<QList<CatalogSource>> sources() = 0;
    // The import history, newest first.
    virtual Result<QList<CatalogSource>> history() = 0;

    // Ordered by provider, then model.
    virtual Result<QList<pricing::Discount>> discounts() = 0;
    // Adds the discount, or replaces the one of the same provider and model; stored as given.
    virtual Status saveDiscount(const pricing::Discount &discount) = 0;
    virtual Status removeDiscount(const QString &provider, const QString &model) = 0;

    // The organisation's own request-modifier rules (origin "user"), ordered by provider,
    // then model prefix (longer, more specific prefixes first).
    virtual Result<QList<pricing::ModifierRule>> modifierRules() = 0;
    // Adds the rule, or replaces the one of the same provider, model prefix and modifier.
    // `modelPrefix` empty: every model of the provider.
    virtual Status saveModifierRule(const QString &provider, const QString &modelPrefix,
                                    pricing::RequestModifier modifier, const QString &multiplier,
                                    bool always) = 0;
    virtual Status removeModifierRule(const QString &provider, const QString &modelPrefix,
                                      pricing::RequestModifier modifier) = 0;
};

} // namespace tl::store
