#pragma once

#include "store/CatalogStore.h"
#include "store/MappingStore.h"

#include <QCoreApplication>

#include <cstdint>

namespace tl::store::ledger {

class PgConnection;

// A request-modifier rule as the stores keep it (the ledger's price_modifier row).
struct ModifierRuleRow
{
    QString provider;
    QString model; // prefix; empty: every model of the provider
    QString modifier;
    QString multiplier;
    bool always = false;
};

// A saved CSV column mapping as the stores keep it.
struct MappingRow
{
    QString name;
    QByteArray definition;
    std::int64_t updatedAt = 0;
};

// Everything a desktop mirrors from the ledger's prices, read in one snapshot.
struct LedgerPriceSet
{
    std::int64_t changeNumber = 0; // price_state.change_seq
    QList<pricing::ModelPrice> prices; // catalog "user": the organisation's overrides
    QList<CatalogSource> sources;
    QList<pricing::Discount> discounts;
    QList<ModifierRuleRow> modifierRules;
    QList<MappingRow> mappings;
};

// The team ledger's prices (schema 6): its imported catalogs, the organisation's overrides
// (catalog "user"), discounts and request-modifier rules, through the same interface as the
// local store so that catalog import, update and pricing work on either. Each change is one
// transaction; a change that changes nothing writes nothing (a catalog file imported again,
// an override set to what it is), so that desktops do not read the prices again for it.
// Writing needs the collector's role; an analyst's role gets PostgreSQL's permission error.
class LedgerCatalogStore : public CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(tl::store::ledger::LedgerCatalogStore)

public:
    explicit LedgerCatalogStore(PgConnection &conn) : m_conn(conn) {}

    Result<QList<pricing::ModelPrice>> prices() override;
    Status replaceCatalogs(const QList<pricing::ModelPrice> &prices) override;
    Status storeImport(const QList<pricing::ModelPrice> &prices, const CatalogSource &source) override;
    Result<int> removeUserOverrides(const QString &provider, const QString &model) override;

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

    // The organisation's override (catalog "user"); nothing is written when it is stored as
    // given already.
    Status saveOverride(const pricing::ModelPrice &price) override;

    Result<QList<ModifierRuleRow>> modifierRuleRows();
    // The change number of the last change to the prices or mappings.
    Result<std::int64_t> changeNumber();
    // Prices, sources, discounts, rules and mappings in one read-only snapshot.
    Result<LedgerPriceSet> readAll();

private:
    // Runs `body` in a transaction unless one is open already.
    Status inTransaction(const std::function<Status()> &body);

    PgConnection &m_conn;
};

// The ledger's saved CSV column mappings (schema 6).
class LedgerMappingStore : public MappingStore
{
public:
    explicit LedgerMappingStore(PgConnection &conn) : m_conn(conn) {}

    Result<QStringList> names() override;
    Result<std::optional<QByteArray>> definition(const QString &name) override;
    Status save(const QString &name, const QByteArray &definition) override;
    Status remove(const QString &name) override;

    Result<QList<MappingRow>> all();

private:
    PgConnection &m_conn;
};

} // namespace tl::store::ledger
