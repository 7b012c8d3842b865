#pragma once

#include "core/Result.h"
#include "pricing/Discounts.h"
#include "pricing/ModelPrice.h"

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
    // Replaces the catalogs as replaceCatalogs() does and records their source, all in one
    // transaction.
    virtual Status storeImport(const QList<pricing::ModelPrice> &prices,
                               const CatalogSource &source) = 0;
    // Deletes the user's overrides of (provider, model), ignoring case; returns how many rows
    // went.
    virtual Result<int> removeUserOverrides(const QString &provider, const QString &model) = 0;

    // Ordered by provider, then model.
    virtual Result<QList<pricing::Discount>> discounts() = 0;
    // Adds the discount, or replaces the one of the same provider and model; stored as given.
    virtual Status saveDiscount(const pricing::Discount &discount) = 0;
    virtual Status removeDiscount(const QString &provider, const QString &model) = 0;
};

} // namespace tl::store
