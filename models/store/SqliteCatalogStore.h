#pragma once

#include "store/CatalogStore.h"

namespace tl::store {

class Database;

// CatalogStore in the tables price, catalog_source and price_discount.
class SqliteCatalogStore : public CatalogStore
{
public:
    explicit SqliteCatalogStore(Database &db) : m_db(db) {}

    Result<QList<pricing::ModelPrice>> prices() override;
    Status replaceCatalogs(const QList<pricing::ModelPrice> &prices) override;
    Status storeImport(const QList<pricing::ModelPrice> &prices,
                       const CatalogSource &source) override;
    Result<int> removeUserOverrides(const QString &provider, const QString &model) override;
    Status saveOverride(const pricing::ModelPrice &price) override;

    Result<QList<CatalogSource>> sources() override;
    Result<QList<CatalogSource>> history() override;

    Result<QList<pricing::Discount>> discounts() override;
    Status saveDiscount(const pricing::Discount &discount) override;
    Status removeDiscount(const QString &provider, const QString &model) override;

    Result<QList<pricing::ModifierRule>> modifierRules() override;
    Status saveModifierRule(const QString &provider, const QString &modelPrefix,
                            pricing::RequestModifier modifier, const QString &multiplier,
                            bool always) override;
    Status removeModifierRule(const QString &provider, const QString &modelPrefix,
                              pricing::RequestModifier modifier) override;

private:
    Database &m_db;
};

} // namespace tl::store
