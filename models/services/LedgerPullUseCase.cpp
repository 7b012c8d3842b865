#include "services/LedgerPullUseCase.h"

#include "services/LedgerPricesPull.h"
#include "services/ProviderBudgets.h"
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
    return ProviderBudgets::mirror(local, prefix, std::move(wanted),
                                   [](const budgets::Budget &stored, budgets::Budget w) -> std::optional<budgets::Budget> {
                                       w.id = stored.id;
                                       w.revision = stored.revision;
                                       if (w == stored)
                                           return std::nullopt;
                                       return w;
                                   });
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

    // --- The ledger's prices and mappings (schema 6), mirrored when they changed. ---
    auto prices = pullLedgerPrices(m_db, pg, *ledgerId);
    if (!prices)
        return prices.error();
    result.prices = *prices;
    // --- end of prices ---

    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace tl::services
