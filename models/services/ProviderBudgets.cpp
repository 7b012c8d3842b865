#include "services/ProviderBudgets.h"

#include "store/BudgetStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tl::services {

namespace {

// The share of `amount` that `part` is, in whole percent (at least 1).
int percentOf(Money part, Money amount)
{
    if (amount.nanos() <= 0)
        return 100;
    const Int128 scaled = Int128(part.nanos()) * 100;
    const std::int64_t p = std::int64_t((scaled + amount.nanos() / 2) / amount.nanos());
    return int(std::clamp<std::int64_t>(p, 1, 1000));
}

// Do two budgets say the same (what a sync sets: name, scope, amount, thresholds)?
bool sameTerms(const budgets::Budget &a, const budgets::Budget &b)
{
    return a.name == b.name && a.scope == b.scope && a.amount == b.amount && a.thresholds == b.thresholds
           && a.period == b.period && a.currency == b.currency;
}

} // namespace

QString ProviderBudgets::originPrefix(const QString &provider, qint64 connectionId)
{
    return provider + u':' + QString::number(connectionId) + u':';
}

QList<budgets::Budget> ProviderBudgets::fromSpendControls(const QList<SpendControl> &controls,
                                                          const QString &providerLabel, const QString &prefix)
{
    QList<budgets::Budget> out;
    for (const SpendControl &c : controls) {
        if (c.isEmpty())
            continue;
        budgets::Budget b;
        const QString what = c.isOrganisation() ? QCoreApplication::translate("tl::services::ProviderBudgets", "organisation")
                                                : (c.projectName.isEmpty() ? c.projectId : c.projectName);
        b.name = c.limit ? QCoreApplication::translate("tl::services::ProviderBudgets", "%1 spend limit: %2")
                               .arg(providerLabel, what)
                         : QCoreApplication::translate("tl::services::ProviderBudgets", "%1 spend alerts: %2")
                               .arg(providerLabel, what);
        b.origin = prefix + (c.isOrganisation() ? QStringLiteral("organization") : QStringLiteral("project:") + c.projectId);
        if (!c.isOrganisation())
            b.scope << budgets::ScopeTerm{Dimension::Account, c.projectId};
        b.period = budgets::BudgetPeriod::Month;
        b.currency = QStringLiteral("USD");
        b.amount = c.limit ? *c.limit : c.alerts.last();
        QList<int> thresholds;
        for (const Money &a : c.alerts)
            thresholds << percentOf(a, b.amount);
        if (c.limit)
            thresholds << 80 << 100;
        std::sort(thresholds.begin(), thresholds.end());
        thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
        b.thresholds = thresholds;
        out << b;
    }
    return out;
}

Result<ProviderBudgetChanges> ProviderBudgets::apply(store::BudgetStore &store, const QString &prefix,
                                                     QList<budgets::Budget> wanted)
{
    return mirror(store, prefix, std::move(wanted),
                  [](const budgets::Budget &stored, const budgets::Budget &w) -> std::optional<budgets::Budget> {
                      if (sameTerms(stored, w))
                          return std::nullopt;
                      // The provider's terms replace what was stored; the analyst's own settings
                      // of the budget (enabled, spike rule, forecast breach) stay.
                      budgets::Budget updated = stored;
                      updated.name = w.name;
                      updated.scope = w.scope;
                      updated.amount = w.amount;
                      updated.thresholds = w.thresholds;
                      updated.period = w.period;
                      updated.currency = w.currency;
                      updated.ratePerUsd = Money::fromUnits(1);
                      return updated;
                  });
}

Result<ProviderBudgetChanges> ProviderBudgets::mirror(store::BudgetStore &store, const QString &prefix,
                                                      QList<budgets::Budget> wanted, const Merge &merge)
{
    auto stored = store.budgets();
    if (!stored)
        return stored.error();
    ProviderBudgetChanges changes;
    QSet<QString> wantedOrigins;
    for (const budgets::Budget &w : std::as_const(wanted))
        wantedOrigins.insert(w.origin);
    for (const budgets::Budget &s : std::as_const(*stored)) {
        if (s.origin.startsWith(prefix) && !wantedOrigins.contains(s.origin)) {
            if (Status st = store.remove(s.id); !st)
                return st.error();
            ++changes.removed;
        }
    }
    // Names of the budgets this source does not own: a mirrored budget never takes one.
    QSet<QString> takenNames;
    for (const budgets::Budget &s : std::as_const(*stored))
        if (!s.origin.startsWith(prefix))
            takenNames.insert(s.name);

    for (budgets::Budget &w : wanted) {
        const QString base = w.name;
        for (int n = 2; takenNames.contains(w.name); ++n)
            w.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        takenNames.insert(w.name);
        const auto existing = std::find_if(stored->cbegin(), stored->cend(),
                                           [&](const budgets::Budget &s) { return s.origin == w.origin; });
        if (existing == stored->cend()) {
            auto id = store.add(w);
            if (!id)
                return id.error();
            ++changes.added;
            continue;
        }
        const std::optional<budgets::Budget> updated = merge(*existing, w);
        if (!updated) {
            ++changes.unchanged;
            continue;
        }
        if (Status s = store.update(*updated); !s)
            return s.error();
        ++changes.updated;
    }
    return changes;
}

} // namespace tl::services
