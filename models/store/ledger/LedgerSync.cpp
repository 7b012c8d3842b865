#include "store/ledger/LedgerSync.h"

#include "store/ledger/LedgerFactRow.h"
#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QSysInfo>
#include <QTimeZone>

namespace tl::store::ledger {

namespace {

QByteArray number(std::int64_t v)
{
    return QByteArray::number(qlonglong(v));
}

// The first second of the UTC month of each fact.
QSet<std::int64_t> monthsOf(std::span<const UsageFact> facts)
{
    QSet<std::int64_t> months;
    std::int64_t from = 1, to = 0; // the month seen last: most facts fall in it
    for (const UsageFact &f : facts) {
        if (f.start >= from && f.start < to)
            continue;
        const QDate day = QDateTime::fromSecsSinceEpoch(f.start, QTimeZone::utc()).date();
        const QDate first(day.year(), day.month(), 1);
        from = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        to = QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        months.insert(from);
    }
    return months;
}

// "f.a, f.b, …" of the fact's columns but the key (no alias: "a, b, …").
QString qualified(const QString &alias, bool withKey = false)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(LedgerFactRow::columnList()).split(u',')) {
        const QString name = c.trimmed();
        if (!withKey && (name == u"start_ts" || name == u"record_key"))
            continue;
        out << (alias.isEmpty() ? name : alias + u'.' + name);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

Result<LedgerSync::Registered> LedgerSync::registerConnection(const QString &name, const QString &provider,
                                                              const QString &baseUrl, const QString &optionsJson)
{
    auto r = m_conn.query("INSERT INTO sync_connection (name, provider, base_url, options) VALUES ($1, $2, $3, $4) "
                          "ON CONFLICT (name) DO UPDATE SET base_url = excluded.base_url, options = excluded.options "
                          "WHERE sync_connection.provider = excluded.provider "
                          "RETURNING id, watermark",
                          {PgConnection::text(name), PgConnection::text(provider), PgConnection::text(baseUrl),
                           PgConnection::text(optionsJson)});
    if (!r)
        return r.error();
    if (r->rows() != 1) {
        auto other = m_conn.query("SELECT provider FROM sync_connection WHERE name = $1", {PgConnection::text(name)});
        return Error{tr("The ledger's connection '%1' is a %2 connection, not %3; name this one differently.")
                         .arg(name, other && other->rows() == 1 ? other->text(0, 0) : QStringLiteral("?"), provider)};
    }
    Registered reg;
    reg.id = r->int64(0, 0);
    if (!r->isNull(0, 1))
        reg.watermark = r->int64(0, 1);
    return reg;
}

Result<std::int64_t> LedgerSync::beginBatch(const QString &source, const QString &name)
{
    auto r = m_conn.query("INSERT INTO import_batch (source, file, host) VALUES ($1, $2, $3) RETURNING id",
                          {PgConnection::text(source), PgConnection::text(name),
                           PgConnection::text(QSysInfo::machineHostName())});
    if (!r)
        return r.error();
    return r->int64(0, 0);
}

Result<LedgerSync::Written> LedgerSync::writeWindow(std::int64_t batchId, std::int64_t connectionId,
                                                    std::span<const UsageFact> facts, const Window &window)
{
    // Partitions first, committed on the other connection (see LedgerImport::settle).
    for (std::int64_t month : monthsOf(facts)) {
        auto made = m_ddl.query("SELECT ledger_ensure_partition($1)", {number(month)});
        if (!made)
            return made.error();
    }
    if (Status s = m_conn.exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<Written> {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (Status s = m_conn.exec(QStringLiteral("CREATE TEMP TABLE ledger_sync_stage (%1) ON COMMIT DROP")
                                   .arg(QLatin1String(LedgerFactRow::columnDefinitions())));
        !s)
        return fail(s.error());
    const QString columns = QLatin1String(LedgerFactRow::columnList());
    std::int64_t staged = 0;
    if (!facts.empty()) {
        QByteArray rows;
        rows.reserve(qsizetype(facts.size()) * 320);
        for (const UsageFact &f : facts)
            LedgerFactRow::append(rows, f);
        auto copied = m_conn.copyIn(QStringLiteral("COPY ledger_sync_stage (%1) FROM STDIN").arg(columns), rows);
        if (!copied)
            return fail(copied.error());
        staged = *copied;
    }
    // From here until the commit, no other writer draws change numbers.
    if (auto lock = m_conn.query("SELECT pg_advisory_xact_lock($1)", {number(locks::kWrite)}); !lock)
        return fail(lock.error());
    const QByteArray batch = number(batchId);
    Written w;
    // The facts of the window the provider no longer reports (resources/ledger/003_collector.sql).
    auto gone = m_conn.query("SELECT ledger_sync_remove($1, $2, $3, ARRAY(SELECT record_key FROM ledger_sync_stage))",
                             {PgConnection::text(window.keyPrefix), number(window.from), number(window.to)});
    if (!gone)
        return fail(gone.error());
    w.removed = gone->int64(0, 0);
    const QString set = qualified(QStringLiteral("s"), false);
    const QString targets = qualified(QString(), false);
    auto replaced = m_conn.query(QStringLiteral("UPDATE fact f SET (%1, batch_id, change_seq) = "
                                                "(%2, $1, nextval('ledger_change_seq')) "
                                                "FROM ledger_sync_stage s WHERE f.record_key = s.record_key "
                                                "AND f.start_ts = s.start_ts AND (%3) IS DISTINCT FROM (%2)")
                                     .arg(targets, set, qualified(QStringLiteral("f"), false))
                                     .toUtf8()
                                     .constData(),
                                 {batch});
    if (!replaced)
        return fail(replaced.error());
    w.replaced = replaced->affected();
    auto inserted = m_conn.query(QStringLiteral("INSERT INTO fact (%1, batch_id) SELECT %1, $1 FROM ledger_sync_stage "
                                                "ON CONFLICT DO NOTHING")
                                     .arg(columns)
                                     .toUtf8()
                                     .constData(),
                                 {batch});
    if (!inserted)
        return fail(inserted.error());
    w.inserted = inserted->affected();
    w.unchanged = staged - w.inserted - w.replaced;
    if (window.watermark) {
        auto mark = m_conn.query("UPDATE sync_connection SET watermark = $2 WHERE id = $1",
                                 {number(connectionId), number(*window.watermark)});
        if (!mark)
            return fail(mark.error());
    }
    if (w.inserted + w.replaced + w.removed > 0) {
        // Delivered at the commit to every desktop that listens.
        if (auto notify = m_conn.query("SELECT pg_notify('tokenledger_changes', $1)", {batch}); !notify)
            return fail(notify.error());
    }
    if (Status s = m_conn.exec(QStringLiteral("COMMIT")); !s)
        return s.error(); // the server rolled back
    return w;
}

Status LedgerSync::finishBatch(std::int64_t batchId, const QString &status, std::int64_t read, std::int64_t imported,
                               std::int64_t unchanged, const QString &message)
{
    auto r = m_conn.query("UPDATE import_batch SET status = $2, finished_at = now(), records_read = $3, "
                          "imported = $4, duplicates = $5, message = $6 WHERE id = $1",
                          {number(batchId), PgConnection::text(status), number(read), number(imported),
                           number(unchanged), PgConnection::text(message)});
    if (!r)
        return r.error();
    return {};
}

Status LedgerSync::recordSync(std::int64_t connectionId, const Outcome &o)
{
    auto r = m_conn.query("UPDATE sync_connection SET last_sync_at = now(), last_status = $2, last_host = $3, "
                          "last_buckets = $4, last_inserted = $5, last_replaced = $6, last_unchanged = $7, "
                          "last_error = $8 WHERE id = $1",
                          {number(connectionId), PgConnection::text(o.status),
                           PgConnection::text(QSysInfo::machineHostName()), number(o.buckets), number(o.inserted),
                           number(o.replaced), number(o.unchanged), PgConnection::text(o.error)});
    if (!r)
        return r.error();
    return {};
}

} // namespace tl::store::ledger
