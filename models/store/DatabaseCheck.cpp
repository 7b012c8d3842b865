#include "store/DatabaseCheck.h"

#include "store/Database.h"
#include "store/FactStore.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <array>
#include <utility>

namespace tl::store {

namespace {

constexpr const char *kTotals =
    "count(*), coalesce(sum(requests), 0), coalesce(sum(input_tokens + cache_read_tokens + "
    "cache_write_5m_tokens + cache_write_1h_tokens), 0), coalesce(sum(output_tokens), 0), "
    "coalesce(sum(cost_input + cost_cache_read + cost_cache_write + cost_output), 0)";
constexpr const char *kRollupTotals =
    "coalesce(sum(facts), 0), coalesce(sum(requests), 0), coalesce(sum(input_tokens + "
    "cache_read_tokens + cache_write_5m_tokens + cache_write_1h_tokens), 0), "
    "coalesce(sum(output_tokens), 0), coalesce(sum(cost_input + cost_cache_read + "
    "cost_cache_write + cost_output), 0)";

using Totals = std::array<std::int64_t, 5>;

Result<Totals> totalsOf(Connection &c, const QString &path, const QString &sql)
{
    auto st = c.prepare(sql);
    if (!st)
        return Error{QStringLiteral("'%1': %2").arg(path, st.errorMessage())};
    if (st->step() != Statement::Step::Row) {
        if (Status s = st->status(); !s)
            return s.error();
        return Totals{};
    }
    Totals t{};
    for (int i = 0; i < 5; ++i)
        t[std::size_t(i)] = st->columnInt64(i);
    return t;
}

QString describe(const Totals &t)
{
    return QStringLiteral("%1 records, %2 requests, %3 input and %4 output tokens, %5 nano-dollars")
        .arg(t[0])
        .arg(t[1])
        .arg(t[2])
        .arg(t[3])
        .arg(t[4]);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tl::store::DatabaseCheck", text);
}

} // namespace

DatabaseCheck::Report DatabaseCheck::run(bool full)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.full = full;
    Connection &c = m_db.connection();
    const QString file = m_db.path();

    if (full) {
        auto st = c.prepare("PRAGMA quick_check(20)");
        if (!st) {
            report.problems << st.errorMessage();
        } else {
            while (st->step() == Statement::Step::Row) {
                const QString line = st->columnText(0);
                if (line != u"ok")
                    report.problems << tr("SQLite finds '%1' damaged: %2").arg(file, line);
            }
            if (Status s = st->status(); !s)
                report.problems << s.errorMessage();
        }
    }

    const auto day = totalsOf(c, file, QStringLiteral("SELECT %1 FROM rollup_day").arg(QString::fromLatin1(kRollupTotals)));
    const auto hour = totalsOf(c, file, QStringLiteral("SELECT %1 FROM rollup_hour").arg(QString::fromLatin1(kRollupTotals)));
    const auto tagDay = totalsOf(c, file, QStringLiteral("SELECT %1 FROM rollup_tag_day").arg(QString::fromLatin1(kRollupTotals)));
    if (!day)
        report.problems << day.errorMessage();
    if (!hour)
        report.problems << hour.errorMessage();
    if (!tagDay)
        report.problems << tagDay.errorMessage();
    if (day && hour && *day != *hour)
        report.problems << tr("In '%1' the daily totals (%2) differ from the hourly totals (%3).")
                               .arg(file, describe(*day), describe(*hour));
    if (day && tagDay && *day != *tagDay)
        report.problems << tr("In '%1' the daily totals by tags (%2) differ from the daily totals (%3).")
                               .arg(file, describe(*tagDay), describe(*day));
    if (full) {
        const auto facts = totalsOf(c, file, QStringLiteral("SELECT %1 FROM usage_fact").arg(QString::fromLatin1(kTotals)));
        if (!facts)
            report.problems << facts.errorMessage();
        if (facts && day && *facts != *day)
            report.problems << tr("In '%1' the daily totals (%2) differ from the usage records (%3).")
                                   .arg(file, describe(*day), describe(*facts));
        if (facts && hour && *facts != *hour && (!day || *day == *hour))
            report.problems << tr("In '%1' the hourly totals (%2) differ from the usage records (%3).")
                                   .arg(file, describe(*hour), describe(*facts));
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

Result<QString> DatabaseCheck::backup(Database &db, const QString &reason)
{
    if (db.path() == u":memory:")
        return Error{tr("An in-memory database has no file to back up.")};
    // Fold the write-ahead log into the file, so that the copy of the file alone is complete.
    (void)db.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QString target = QStringLiteral("%1.backup-%2-%3")
                               .arg(db.path(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
    (void)QFile::remove(target);
    // SQLite's online backup copies the pages as they are (a damaged page too, which a repair
    // may want back), through the connection's own file handle: opening and closing the file
    // with another handle would drop the POSIX locks of every connection of this process on it.
    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", db.connection().handle(), "main");
        if (backup) {
            (void)sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        } else {
            rc = sqlite3_errcode(copy);
        }
    }
    const QString why = rc == SQLITE_OK ? QString() : QString::fromUtf8(copy ? sqlite3_errmsg(copy) : sqlite3_errstr(rc));
    sqlite3_close_v2(copy);
    if (rc != SQLITE_OK) {
        (void)QFile::remove(target);
        return Error{tr("Cannot back up '%1' to '%2': %3").arg(db.path(), target, why)};
    }
    (void)QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

Status DatabaseCheck::rebuildRollups()
{
    Connection &c = m_db.connection();
    {
        Transaction tx(c);
        if (!tx.isActive())
            return Error{tx.beginError()};
        FactStore facts(m_db);
        if (Status s = facts.rebuildRollups(); s)
            return tx.commit();
    }
    // A damaged table may not even be emptied: take the rollups (and their indexes) out of
    // the schema, create them again from their own definitions, fill them from the records.
    QStringList creates;
    {
        auto st = c.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name IN ('rollup_hour', 'rollup_day', 'rollup_tag_day') "
                            "AND sql IS NOT NULL ORDER BY type = 'index', name");
        if (!st)
            return st.error();
        while (st->step() == Statement::Step::Row)
            creates << st->columnText(0);
        if (Status s = st->status(); !s)
            return s;
    }
    Transaction tx(c);
    if (!tx.isActive())
        return Error{tx.beginError()};
    // DROP TABLE walks the table's pages and stops at the damaged one, so the rollups are
    // taken out of the schema instead (their pages become unreachable; VACUUM below drops them).
    auto version = c.queryInt("PRAGMA schema_version");
    if (!version)
        return version.error();
    for (const QString &sql :
         {QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral("DELETE FROM sqlite_schema WHERE tbl_name IN ('rollup_hour', 'rollup_day', 'rollup_tag_day')"),
          QStringLiteral("PRAGMA schema_version = %1").arg(*version + 1),
          QStringLiteral("PRAGMA writable_schema = RESET")}) {
        if (Status s = c.exec(sql); !s) {
            (void)c.exec("PRAGMA writable_schema = OFF");
            return Error{tr("Cannot repair '%1': %2").arg(m_db.path(), s.errorMessage())};
        }
    }
    for (const QString &sql : std::as_const(creates)) {
        if (Status s = c.exec(sql); !s)
            return Error{tr("Cannot repair '%1': %2").arg(m_db.path(), s.errorMessage())};
    }
    {
        FactStore facts(m_db);
        if (Status s = facts.rebuildRollups(); !s)
            return Error{tr("Cannot repair '%1': %2").arg(m_db.path(), s.errorMessage())};
    }
    if (Status s = tx.commit(); !s)
        return s;
    // Rewrites the file from what the schema reaches: the damaged pages are left behind.
    if (Status s = c.exec("VACUUM"); !s)
        return Error{tr("Cannot repair '%1': %2").arg(m_db.path(), s.errorMessage())};
    return {};
}

} // namespace tl::store
