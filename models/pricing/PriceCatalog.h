#pragma once

#include "core/Result.h"
#include "pricing/ModelPrice.h"
#include "pricing/RequestModifiers.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <nlohmann/json_fwd.hpp>

namespace tl::store {
class CatalogStore;
class Database;
}

namespace tl::pricing {

// Reads one modifier rule of a catalog file: {"provider", "modifier", "multiplier" (decimal
// string), optional "match" (a MatchRule) and "always" (bool)}. `origin` becomes its origin.
Result<ModifierRule> modifierRuleFromJson(const nlohmann::json &rule, const QString &origin);

// All known prices, with history, and the rules to find the one that bills a model id.
class PriceCatalog
{
public:
    void add(ModelPrice price);
    const QList<ModelPrice> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The price in force for (provider, model) on `date`, or nullptr. Model ids are matched
    // exactly, then by alias, then after removing routing prefixes ("bedrock/", "us.", …) and
    // date suffixes ("-2024-08-06", "-20241022").
    const ModelPrice *find(const QString &provider, const QString &model, const QDate &date) const;

    // The model id as the catalog knows it with routing prefixes removed ("us.anthropic.x" →
    // "anthropic.x", "openai/gpt-4o" → "gpt-4o").
    static QString normaliseModelId(const QString &model);

    // Parses our own catalog format (resources/catalog/builtin-prices.json). `origin` names
    // the file in error messages.
    static Result<PriceCatalog> fromTokenLedgerJson(const QByteArray &json, const QString &origin,
                                                    const QString &catalogName = QStringLiteral("builtin"));
    // The catalog compiled into the program.
    static const PriceCatalog &builtin();

    // Persistence in the database's price table: saveTo replaces all rows of the catalog
    // names present in this catalog; loadFrom reads every stored row (user overrides first,
    // then imported catalogs, newest import first).
    Status saveTo(store::Database &db) const;
    static Result<PriceCatalog> loadFrom(store::Database &db);
    // The same from any store (a team ledger's: store::ledger::LedgerCatalogStore).
    static Result<PriceCatalog> loadFrom(store::CatalogStore &store);

    // The catalog costs are computed with: the database's user overrides and imported
    // catalogs, then the built-in catalog. Exact ids and aliases are tried across all of them
    // before any pattern rule.
    static Result<PriceCatalog> effective(store::Database &db);
    static Result<PriceCatalog> effective(store::CatalogStore &store);

    // Appends all entries and modifier rules of `other` (lower precedence than the ones
    // already here).
    void append(const PriceCatalog &other);

    // Request-modifier rules (RequestModifiers.h), in precedence order: the organisation's
    // own rules (stored in the database) before the catalogs' rules.
    void addModifierRule(ModifierRule rule) { m_modifierRules << std::move(rule); }
    const QList<ModifierRule> &modifierRules() const { return m_modifierRules; }
    // The first rule for `modifier` that applies to the model, by the id it was used under
    // or the id the catalog names it by; nullptr when none does.
    const ModifierRule *modifierRule(const QString &provider, const QString &model,
                                     const QString &catalogModel, RequestModifier modifier) const;

private:
    const ModelPrice *findExact(const QString &provider, const QString &model, const QDate &date) const;

    const ModelPrice *findByRule(const QString &provider, const QString &model, const QDate &date) const;

    QList<ModelPrice> m_entries;
    QList<ModifierRule> m_modifierRules;
    QHash<QString, QList<int>> m_index;     // "provider\nmodel-or-alias" → entry indexes
    QHash<QString, QList<int>> m_ruleIndex; // provider → entries with a match rule
};

} // namespace tl::pricing
