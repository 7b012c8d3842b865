#pragma once

#include "core/Result.h"
#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace tl::store {
class CatalogStore;
class Database;
}

namespace tl::pricing {

// A negotiated discount: a percentage off list price for every model of a provider, or for
// one model (which wins over the provider-wide one).
struct Discount
{
    QString provider;
    QString model; // empty: every model of the provider
    QString percent; // decimal string, 0–100, at most 4 decimals, e.g. "12.5"
    QString note;
    // Empty for the analyst's own discount; "ledger:<ledger id>:" for one mirrored from a team
    // ledger (read-only in the app).
    QString origin{};

    // The remaining share of list price in millionths: "12.5" → 875000.
    std::optional<std::int64_t> keepPpm() const;
};

class Discounts
{
public:
    void add(Discount d) { m_items << std::move(d); }
    const QList<Discount> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // The discount that applies to (provider, model), or nullptr.
    const Discount *find(const QString &provider, const QString &model) const;
    // The discount for a model known under two ids (as used, and as the catalog names it):
    // a model-specific discount on either wins over a provider-wide one.
    const Discount *find(const QString &provider, const QString &model, const QString &catalogModel) const;

    // Validates a percentage typed by a user; the error says what is wrong.
    static Status validatePercent(const QString &percent);

    static Result<Discounts> load(store::Database &db);
    static Result<Discounts> load(store::CatalogStore &store);
    // Adds or replaces the discount of (provider, model).
    static Status save(store::Database &db, const Discount &d);
    static Status remove(store::Database &db, const QString &provider, const QString &model);

private:
    QList<Discount> m_items;
};

} // namespace tl::pricing
