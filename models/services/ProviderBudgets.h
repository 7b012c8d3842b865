#pragma once

#include "budgets/Budget.h"
#include "core/Result.h"
#include "domain/SpendControl.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tl::store {
class BudgetStore;
}

namespace tl::services {

// What keeping the provider's budgets in step changed.
struct ProviderBudgetChanges
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int unchanged = 0;
};

// Budgets that mirror a provider's spend limits and spend alerts (OpenAI's admin API), kept in
// step on every sync: a new limit becomes a budget, a changed one updates it, a removed one
// removes it. Only budgets whose origin starts with the connection's prefix are touched; the
// analyst's own budgets never are, and a name the analyst already uses gets a suffix.
class ProviderBudgets
{
public:
    // "openai:<connection id>:" — the origin prefix of one connection's budgets.
    static QString originPrefix(const QString &provider, qint64 connectionId);

    // One budget per scope: monthly, in USD, the organisation or the project (as the account
    // dimension, which is where OpenAI usage keeps the project id). The amount is the hard
    // limit, or without one the highest alert; each alert becomes a threshold (its share of
    // the amount), and a hard limit also warns at 80 % and 100 %.
    static QList<budgets::Budget> fromSpendControls(const QList<SpendControl> &controls,
                                                    const QString &providerLabel, const QString &prefix);

    // Adds, updates and removes the stored budgets with `prefix` so that they match `wanted`.
    static Result<ProviderBudgetChanges> apply(store::BudgetStore &store, const QString &prefix,
                                               QList<budgets::Budget> wanted);

    // What apply() and the team ledger's pull share: budgets whose origin starts with `prefix`
    // and that `wanted` no longer has are removed (first, so that their names are free again);
    // a wanted budget takes a suffixed name where a budget of another origin already has its
    // name; a new one is added; for one already stored, `merge(stored, wanted)` gives the
    // budget to store, or nothing when it is unchanged.
    using Merge = std::function<std::optional<budgets::Budget>(const budgets::Budget &stored,
                                                               const budgets::Budget &wanted)>;
    static Result<ProviderBudgetChanges> mirror(store::BudgetStore &store, const QString &prefix,
                                                QList<budgets::Budget> wanted, const Merge &merge);
};

} // namespace tl::services
