#include "services/LedgerPullUseCase.h"

#include "store/Database.h"
#include "store/SqliteBudgetStore.h"
#include "store/ledger/LedgerBudgets.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerChanges.h"
#include "store/ledger/LedgerSchema.h"
#include "store/ledger/PgConnection.h"

#include <QElapsedTimer>

namespace tl::services {

namespace {

// Makes the local budgets with `prefix` match the ledger's: the ledger decides every term.
Result<ProviderBudgetChanges> keepBudgetsInStep(store::BudgetStore &local, const QString &prefix,
                                                QList<budgets::Budget> wanted)
{
    auto stored = local.budgets();
    if (!stored)
        return stored.error();
    ProviderBudgetChanges changes;
    QSet<QString> wantedOrigins;
    for (const budgets::Budget &w : std::as_const(wanted))
        wantedOrigins.insert(w.origin);
    // Budgets the ledger no longer has go first, so that their names are free again.
    for (const budgets::Budget &s : std::as_const(*stored)) {
        if (s.origin.startsWith(prefix) && !wantedOrigins.contains(s.origin)) {
            if (Status st = local.remove(s.id); !st)
                return st.error();
            ++changes.removed;
        }
    }
    QSet<QString> takenNames; // the analyst's own (and other sources') budgets keep theirs
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
            auto id = local.add(w);
            if (!id)
                return id.error();
            ++changes.added;
            continue;
        }
        w.id = existing->id;
        w.revision = existing->revision;
        if (w == *existing) {
            ++changes.unchanged;
        } else {
            if (Status s = local.update(w); !s)
                return s.error();
            ++changes.updated;
        }
    }
    return changes;
}

} // namespace

Result<LedgerPullResult> LedgerPullUseCase::run(const store::ledger::LedgerAddress &address)
{
    QElapsedTimer timer;
    timer.start();
    auto conn = store::ledger::PgConnection::open(address);
    if (!conn)
        return conn.error();
    auto version = store::ledger::LedgerSchema::version(**conn);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error{tr("%1 holds no team ledger yet; a collector sets it up "
                        "(tokenledger-cli --ledger URL ledger init).")
                         .arg(address.url())};
    if (*version != store::ledger::LedgerSchema::latestVersion())
        return Error{tr("The team ledger at %1 has schema %2, this TokenLedger reads schema %3; "
                        "update the older of the two.")
                         .arg(address.url())
                         .arg(*version)
                         .arg(store::ledger::LedgerSchema::latestVersion())};
    auto ledgerId = store::ledger::LedgerSchema::ledgerId(**conn);
    if (!ledgerId)
        return ledgerId.error();

    LedgerPullResult result;
    result.ledgerId = *ledgerId;
    store::LedgerMirror mirror(m_db);
    auto since = mirror.lastChange(*ledgerId);
    if (!since)
        return since.error();
    result.fromChange = *since;

    // The local transaction opens with the first change, so a pull that finds none writes
    // nothing at all.
    bool begun = false;
    auto ensureBegun = [&]() -> Status {
        if (begun)
            return {};
        begun = true;
        return mirror.begin(*ledgerId, address.url());
    };
    store::ledger::PgConnection &pg = **conn;
    auto afterChunk = [&]() {
        if (m_afterChunk)
            m_afterChunk(pg);
    };
    store::ledger::LedgerChanges changes(pg);
    changes.setChunkSize(m_chunkSize);
    auto read = changes.read(
        *since,
        [&](std::span<const QString> keys) -> Status {
            if (Status s = ensureBegun(); !s)
                return s;
            auto removed = mirror.remove(keys);
            if (!removed)
                return removed.error();
            afterChunk();
            return {};
        },
        [&](std::span<const UsageFact> facts) -> Status {
            if (Status s = ensureBegun(); !s)
                return s;
            if (Status s = mirror.apply(facts); !s)
                return s;
            afterChunk();
            return {};
        });
    if (!read)
        return read.error(); // `mirror` rolls back
    result.toChange = read->last;
    if (begun) {
        if (Status s = mirror.finish(read->last); !s)
            return s.error();
    }
    result.counts = mirror.counts();

    auto ledgerBudgets = store::ledger::LedgerBudgets(pg).budgets();
    if (!ledgerBudgets)
        return ledgerBudgets.error();
    const QString prefix = QStringLiteral("ledger:%1:").arg(*ledgerId);
    for (budgets::Budget &b : *ledgerBudgets) {
        b.origin = prefix + QString::number(b.id);
        b.id = 0;
        b.revision = 1;
    }
    store::SqliteBudgetStore local(m_db);
    auto budgetChanges = keepBudgetsInStep(local, prefix, *ledgerBudgets);
    if (!budgetChanges)
        return budgetChanges.error();
    result.budgets = *budgetChanges;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace tl::services
