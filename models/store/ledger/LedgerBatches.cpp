#include "store/ledger/LedgerBatches.h"

#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

namespace tl::store::ledger {

Result<QList<LedgerBatches::Batch>> LedgerBatches::list(int limit)
{
    auto r = m_conn.query("SELECT id, source, file, host, db_user, "
                          "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), status, "
                          "records_read, imported, duplicates, rejected FROM import_batch "
                          "WHERE status <> 'running' ORDER BY id DESC LIMIT $1",
                          {QByteArray::number(limit)});
    if (!r)
        return r.error();
    QList<Batch> batches;
    for (int i = 0; i < r->rows(); ++i) {
        Batch b;
        b.id = r->int64(i, 0);
        b.source = r->text(i, 1);
        b.file = r->text(i, 2);
        b.host = r->text(i, 3);
        b.user = r->text(i, 4);
        b.startedAt = QDateTime::fromString(r->text(i, 5), Qt::ISODate);
        b.status = r->text(i, 6);
        b.read = r->int64(i, 7);
        b.imported = r->int64(i, 8);
        b.duplicates = r->int64(i, 9);
        b.rejected = r->int64(i, 10);
        batches << b;
    }
    return batches;
}

Result<std::int64_t> LedgerBatches::undo(std::int64_t batchId)
{
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<std::int64_t> {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    const QByteArray id = QByteArray::number(qlonglong(batchId));
    auto batch = m_conn.query("SELECT status FROM import_batch WHERE id = $1 FOR UPDATE", {id});
    if (!batch)
        return fail(batch.error());
    if (batch->rows() != 1 || batch->text(0, 0) != u"done")
        return fail(Error{tr("The ledger has no finished import %1 to undo.").arg(batchId)});
    if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(locks::kWrite)}); !lock)
        return fail(lock.error());
    auto tomb = m_conn.query("WITH gone AS (DELETE FROM fact WHERE batch_id = $1 "
                             "RETURNING record_key, start_ts, team) "
                             "INSERT INTO fact_tombstone (record_key, start_ts, team) "
                             "SELECT record_key, start_ts, team FROM gone",
                             {id});
    if (!tomb)
        return fail(tomb.error());
    auto mark = m_conn.query("UPDATE import_batch SET status = 'undone' WHERE id = $1", {id});
    if (!mark)
        return fail(mark.error());
    if (auto notify = m_conn.query("SELECT pg_notify('tokenledger_changes', '')"); !notify)
        return fail(notify.error());
    if (Status s = m_conn.exec(QStringLiteral("COMMIT")); !s)
        return s.error();
    return tomb->affected();
}

Result<LedgerBatches::Totals> LedgerBatches::totals()
{
    auto r = m_conn.query("SELECT count(*), coalesce(sum(cost_input + cost_cache_read + cost_cache_write + "
                          "cost_output), 0), (SELECT last_value FROM ledger_change_seq), "
                          "(SELECT count(*) FROM pg_inherits WHERE inhparent = 'fact'::regclass) FROM fact");
    if (!r)
        return r.error();
    Totals t;
    t.facts = r->int64(0, 0);
    t.costNanos = r->int64(0, 1);
    t.lastChange = r->int64(0, 2);
    t.partitions = int(r->int64(0, 3));
    return t;
}

} // namespace tl::store::ledger
