#include "store/ledger/LedgerReprice.h"

#include "store/ledger/CopyText.h"
#include "store/ledger/LedgerFactRow.h"
#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

#include <vector>

namespace tl::store::ledger {

Result<LedgerReprice::Stats> LedgerReprice::run(const std::function<void(UsageFact &)> &priceFact)
{
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<Stats> {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    // No import may add or change facts while their prices are recomputed.
    if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(locks::kWrite)}); !lock)
        return fail(lock.error());
    if (Status s = m_conn.exec(QStringLiteral(
            "CREATE TEMP TABLE reprice_stage (record_key text, start_ts bigint, cost_input bigint, "
            "cost_cache_read bigint, cost_cache_write bigint, cost_output bigint, priced boolean, "
            "unpriced_units bigint) ON COMMIT DROP"));
        !s)
        return fail(s.error());

    Stats stats;
    QByteArray changed;
    std::vector<CopyText::Field> fields;
    Status read = m_conn.copyOut(
        QStringLiteral("COPY (SELECT %1 FROM fact) TO STDOUT").arg(QLatin1String(LedgerFactRow::columnList())),
        [&](const char *row, int length) -> Status {
            if (!CopyText::split(row, length, fields))
                return Error{tr("The ledger sent a fact this version cannot read.")};
            auto fact = LedgerFactRow::parse(fields);
            if (!fact)
                return Error{tr("The ledger sent a fact this version cannot read.")};
            ++stats.facts;
            UsageFact f = *fact;
            priceFact(f);
            if (!f.priced)
                ++stats.unpriced;
            if (f.cost == fact->cost && f.priced == fact->priced && f.unpricedUnits == fact->unpricedUnits)
                return {};
            ++stats.changed;
            CopyText::appendText(changed, f.recordKey);
            CopyText::nextField(changed);
            CopyText::appendInt(changed, f.start);
            for (Money m : {f.cost.uncachedInput, f.cost.cacheRead, f.cost.cacheWrite, f.cost.output}) {
                CopyText::nextField(changed);
                CopyText::appendInt(changed, m.nanos());
            }
            CopyText::nextField(changed);
            CopyText::appendBool(changed, f.priced);
            CopyText::nextField(changed);
            CopyText::appendInt(changed, f.unpricedUnits);
            CopyText::endRow(changed);
            return {};
        });
    if (!read)
        return fail(read.error());
    if (stats.changed > 0) {
        auto staged = m_conn.copyIn(QStringLiteral("COPY reprice_stage FROM STDIN"), changed);
        if (!staged)
            return fail(staged.error());
        auto updated = m_conn.query(
            "UPDATE fact f SET cost_input = s.cost_input, cost_cache_read = s.cost_cache_read, "
            "cost_cache_write = s.cost_cache_write, cost_output = s.cost_output, priced = s.priced, "
            "unpriced_units = s.unpriced_units, change_seq = nextval('ledger_change_seq') "
            "FROM reprice_stage s WHERE f.record_key = s.record_key AND f.start_ts = s.start_ts");
        if (!updated)
            return fail(updated.error());
        if (auto notify = m_conn.query("SELECT pg_notify('tokenledger_changes', '')"); !notify)
            return fail(notify.error());
    }
    if (Status s = m_conn.exec(QStringLiteral("COMMIT")); !s)
        return s.error();
    return stats;
}

} // namespace tl::store::ledger
