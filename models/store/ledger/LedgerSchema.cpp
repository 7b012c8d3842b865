#include "store/ledger/LedgerSchema.h"

#include "store/ledger/LedgerLocks.h"
#include "store/ledger/PgConnection.h"

#include <QDir>
#include <QFile>

#include <map>

namespace tl::store::ledger {

namespace {

std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/tokenledger/ledger"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.left(3).toInt(&ok);
        if (ok)
            files[version] = dir.filePath(name);
    }
    return files;
}

} // namespace

int LedgerSchema::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<int> LedgerSchema::version(PgConnection &c)
{
    auto exists = c.query("SELECT to_regclass('ledger_schema') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != u"t")
        return 0;
    auto v = c.query("SELECT coalesce(max(version), 0) FROM ledger_schema");
    if (!v)
        return v.error();
    return int(v->int64(0, 0));
}

Result<std::unique_ptr<PgConnection>> LedgerSchema::openMigrated(const LedgerAddress &address)
{
    auto conn = PgConnection::open(address);
    if (!conn)
        return conn.error();
    if (Status s = migrate(**conn); !s)
        return s.error();
    return conn;
}

Status LedgerSchema::migrate(PgConnection &c)
{
    const auto files = migrationFiles();
    if (files.empty())
        return Error{tr("This build has no ledger schema (resources missing).")};
    // A quick look first: a current ledger needs no lock (a collector may lack DDL rights).
    auto current = version(c);
    if (!current)
        return current.error();
    if (*current > files.rbegin()->first)
        return Error{tr("The ledger was set up by a newer version of TokenLedger (schema %1; "
                        "this one knows up to %2). Update TokenLedger.")
                         .arg(*current)
                         .arg(files.rbegin()->first)};
    if (*current == files.rbegin()->first)
        return {};

    if (Status s = c.exec(QStringLiteral("BEGIN")); !s)
        return s;
    auto fail = [&c](const Error &e) -> Status {
        (void)c.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (auto lock = c.query("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(locks::kMigrate)}); !lock)
        return fail(lock.error());
    if (Status s = c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_schema ("
                                         "version integer PRIMARY KEY, "
                                         "applied_at timestamptz NOT NULL DEFAULT now(), "
                                         "app_version text NOT NULL)"));
        !s)
        return fail(s.error());
    current = version(c); // again, under the lock: another client may have just migrated
    if (!current)
        return fail(current.error());
    for (const auto &[number, path] : files) {
        if (number <= *current)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error{tr("Cannot read ledger migration %1.").arg(number)});
        if (Status s = c.exec(QString::fromUtf8(file.readAll())); !s)
            return fail(Error{tr("Ledger migration %1 failed: %2").arg(number).arg(s.errorMessage())});
        auto note = c.query("INSERT INTO ledger_schema (version, app_version) VALUES ($1, $2)",
                            {QByteArray::number(number), QByteArrayLiteral(TOKENLEDGER_VERSION)});
        if (!note)
            return fail(note.error());
    }
    return c.exec(QStringLiteral("COMMIT"));
}

Result<QString> LedgerSchema::ledgerId(PgConnection &c)
{
    auto r = c.query("SELECT value FROM ledger_meta WHERE key = 'ledger_id'");
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return Error{tr("The ledger has no identity (ledger_meta); is it a TokenLedger ledger?")};
    return r->text(0, 0);
}

} // namespace tl::store::ledger
