#include "store/LedgerMirror.h"

#include <QDateTime>

namespace tl::store {

LedgerMirror::LedgerMirror(Database &db) : m_db(db), m_facts(db) {}

LedgerMirror::~LedgerMirror()
{
    m_bulk.reset(); // both roll back unless finish() committed
    m_tx.reset();
}

Result<std::int64_t> LedgerMirror::lastChange(const QString &ledgerId)
{
    auto st = m_db.connection().prepare("SELECT last_change FROM ledger_subscription WHERE ledger_id = ?");
    if (!st)
        return st.error();
    st->bind(1, ledgerId);
    std::int64_t last = 0;
    if (st->step() == Statement::Step::Row)
        last = st->columnInt64(0);
    if (Status s = st->status(); !s)
        return s.error();
    return last;
}

Status LedgerMirror::begin(const QString &ledgerId, const QString &url)
{
    auto last = lastChange(ledgerId);
    if (!last)
        return last.error();
    m_firstPull = *last == 0;
    m_ledgerId = ledgerId;
    m_url = url;
    if (m_firstPull) {
        m_bulk.emplace(m_db);
        if (Status s = m_bulk->begin(QStringLiteral("ledger"), url, 0); !s)
            return s;
        m_batchId = m_bulk->batchId();
        return {};
    }
    m_tx.emplace(m_db.connection());
    if (!m_tx->isActive())
        return Error{m_tx->beginError()};
    auto batch = m_facts.beginBatch(QStringLiteral("ledger"), url);
    if (!batch)
        return batch.error();
    m_batchId = *batch;
    return {};
}

Result<std::int64_t> LedgerMirror::remove(std::span<const QString> recordKeys)
{
    if (!m_tx && !m_bulk)
        return Error{QStringLiteral("LedgerMirror::remove needs an open pull (begin)")};
    auto removed = m_facts.removeFactsByKey(recordKeys);
    if (removed)
        m_counts.removed += *removed;
    return removed;
}

Status LedgerMirror::apply(std::span<const UsageFact> facts)
{
    if (!m_tx && !m_bulk)
        return Error{QStringLiteral("LedgerMirror::apply needs an open pull (begin)")};
    if (m_bulk) {
        // Nothing of this ledger is here yet: an insert like a file's, which skips keys
        // already stored.
        std::vector<UsageFact> chunk(facts.begin(), facts.end());
        const FactPreparer::Prepared prepared = m_preparer.prepareInKeyOrder(chunk);
        auto stats = m_bulk->insert(chunk, prepared);
        if (!stats)
            return stats.error();
        m_counts.added += stats->inserted;
        m_counts.unchanged += stats->duplicates;
        return {};
    }
    auto stats = m_facts.upsertFacts(m_batchId, facts);
    if (!stats)
        return stats.error();
    m_counts.added += stats->inserted;
    m_counts.replaced += stats->replaced;
    m_counts.unchanged += stats->unchanged;
    return {};
}

Status LedgerMirror::finish(std::int64_t lastChange)
{
    if (!m_tx && !m_bulk)
        return Error{QStringLiteral("LedgerMirror::finish needs an open pull (begin)")};
    auto save = m_db.connection().prepare(
        "INSERT INTO ledger_subscription (ledger_id, url, last_change, pulled_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (ledger_id) DO UPDATE SET url = excluded.url, last_change = excluded.last_change, "
        "pulled_at = excluded.pulled_at");
    if (!save)
        return save.error();
    save->bind(1, m_ledgerId);
    save->bind(2, m_url);
    save->bind(3, lastChange);
    save->bind(4, QDateTime::currentSecsSinceEpoch());
    if (Status s = save->exec(); !s)
        return s;
    const std::int64_t changed = m_counts.added + m_counts.replaced + m_counts.removed;
    if (m_bulk) {
        Status committed = m_bulk->finish(changed + m_counts.unchanged, m_counts.added, m_counts.unchanged, 0, {});
        m_bulk.reset();
        return committed;
    }
    if (Status s = m_facts.finishBatch(m_batchId, QStringLiteral("done"), changed + m_counts.unchanged,
                                       m_counts.added + m_counts.replaced, m_counts.unchanged, 0);
        !s)
        return s;
    Status committed = m_tx->commit();
    m_tx.reset();
    return committed;
}

} // namespace tl::store
