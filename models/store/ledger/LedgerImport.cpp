#include "store/ledger/LedgerImport.h"

#include "store/ledger/LedgerFactRow.h"
#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTimeZone>

namespace tl::store::ledger {

LedgerImport::LedgerImport(PgConnection &conn, PgConnection &ddl) : m_conn(conn), m_ddl(ddl) {}

LedgerImport::~LedgerImport()
{
    if (m_open)
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
}

Status LedgerImport::begin(const QString &source, const QString &file, std::int64_t fileSize)
{
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s;
    m_open = true;
    // The stage has the fact columns without constraints; it goes away with the transaction.
    // Defined on its own, not after `fact`: a lock on `fact` held from here would keep the
    // partition of a new month (created on the other connection) waiting for this transaction.
    if (Status s = m_conn.exec(QStringLiteral("CREATE TEMP TABLE ledger_stage (%1) ON COMMIT DROP")
                                   .arg(QLatin1String(LedgerFactRow::columnDefinitions())));
        !s)
        return s;
    auto batch = m_conn.query("INSERT INTO import_batch (source, file, file_size, host) "
                              "VALUES ($1, $2, $3, $4) RETURNING id",
                              {PgConnection::text(source), PgConnection::text(file), QByteArray::number(qlonglong(fileSize)),
                               PgConnection::text(QSysInfo::machineHostName())});
    if (!batch)
        return batch.error();
    m_batchId = batch->int64(0, 0);
    return {};
}

void LedgerImport::noteMonth(std::int64_t start)
{
    if (start >= m_monthFrom && start < m_monthTo)
        return;
    const QDate day = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()).date();
    const QDate first(day.year(), day.month(), 1);
    m_monthFrom = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    m_monthTo = QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    m_months.insert(m_monthFrom);
}

Result<InsertStats> LedgerImport::insert(std::span<const UsageFact> facts, const FactPreparer::Prepared &)
{
    if (!m_open)
        return Error{QStringLiteral("LedgerImport::insert needs an open import (begin)")};
    QByteArray rows;
    rows.reserve(qsizetype(facts.size()) * 320);
    for (const UsageFact &f : facts) {
        LedgerFactRow::append(rows, f);
        noteMonth(f.start);
    }
    auto copied = m_conn.copyIn(QStringLiteral("COPY ledger_stage (%1) FROM STDIN")
                                    .arg(QLatin1String(LedgerFactRow::columnList())),
                                rows);
    if (!copied)
        return copied.error();
    m_staged += *copied;
    return InsertStats{}; // counted in settle()
}

Status LedgerImport::addProblem(std::int64_t line, const QString &field, const QString &reason)
{
    auto r = m_conn.query("INSERT INTO import_problem (batch_id, line, field, reason) VALUES ($1, $2, $3, $4)",
                          {QByteArray::number(qlonglong(m_batchId)), QByteArray::number(qlonglong(line)),
                           PgConnection::text(field), PgConnection::text(reason)});
    if (!r)
        return r.error();
    return {};
}

Result<InsertStats> LedgerImport::settle()
{
    if (!m_open)
        return Error{QStringLiteral("LedgerImport::settle needs an open import (begin)")};
    for (std::int64_t month : std::as_const(m_months)) {
        auto made = m_ddl.query("SELECT ledger_ensure_partition($1)", {QByteArray::number(qlonglong(month))});
        if (!made)
            return made.error();
    }
    // From here until the commit, no other writer draws change numbers.
    if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(locks::kWrite)}); !lock)
        return lock.error();
    const QString columns = QLatin1String(LedgerFactRow::columnList());
    auto moved = m_conn.query(QStringLiteral("INSERT INTO fact (%1, batch_id) SELECT %1, $1 FROM ledger_stage "
                                             "ON CONFLICT DO NOTHING")
                                  .arg(columns)
                                  .toUtf8()
                                  .constData(),
                              {QByteArray::number(qlonglong(m_batchId))});
    if (!moved)
        return moved.error();
    InsertStats stats;
    stats.inserted = moved->affected();
    stats.duplicates = m_staged - stats.inserted;
    return stats;
}

Status LedgerImport::finish(std::int64_t read, std::int64_t imported, std::int64_t duplicates,
                            std::int64_t rejected, const QString &message)
{
    if (!m_open)
        return Error{QStringLiteral("LedgerImport::finish needs an open import (begin)")};
    auto done = m_conn.query("UPDATE import_batch SET status = 'done', finished_at = now(), "
                             "records_read = $2, imported = $3, duplicates = $4, rejected = $5, "
                             "message = $6 WHERE id = $1",
                             {QByteArray::number(qlonglong(m_batchId)), QByteArray::number(qlonglong(read)),
                              QByteArray::number(qlonglong(imported)), QByteArray::number(qlonglong(duplicates)),
                              QByteArray::number(qlonglong(rejected)), PgConnection::text(message)});
    if (!done)
        return done.error();
    // Delivered at the commit, to every desktop that listens (none is rolled back unheard).
    if (auto notify = m_conn.query("SELECT pg_notify('tokenledger_changes', $1)",
                                   {QByteArray::number(qlonglong(m_batchId))});
        !notify)
        return notify.error();
    Status committed = m_conn.exec(QStringLiteral("COMMIT"));
    m_open = false; // committed, or rolled back by the server when the commit failed
    return committed;
}

} // namespace tl::store::ledger
