#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tl::test {

// A real PostgreSQL server for one test program, started from Debian's binaries
// (/usr/lib/postgresql/<version>/bin): initdb into a temporary folder, then postgres listening
// only on a unix socket in that folder, with trust authentication for the superuser
// "tokenledger" and durability switched off (a test cluster). PostgreSQL refuses to run as
// root, so when the tests run as root (CI, the fresh-machine check) both run as the
// unprivileged account "nobody" through setpriv, the folder handed to it. The server stops
// when the object goes.
class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder of initdb and postgres, newest version first; empty when none is installed.
    static QString binDir();

    // False with `why` filled when the server could not be set up or did not come up.
    bool start(QString *why);
    // Starts a hot standby of `primary` instead (pg_basebackup, streaming replication): a read
    // replica that answers queries, refuses writes and LISTEN, and follows the primary's changes
    // within moments.
    bool startStandbyOf(const PostgresServer &primary, QString *why);
    void stop();

    // A libpq URL of database `name` as the superuser (no password: trust on the socket).
    QString url(const QString &name) const;
    // The same for another role (row-level security tests).
    QString url(const QString &name, const QString &user) const;
    // Creates a database; false with `why` filled on failure.
    bool createDatabase(const QString &name, QString *why) const;
    // Runs SQL as the superuser in database `name` through psql; returns its output (-At), or
    // a null string with `why` filled on failure.
    QString psql(const QString &name, const QString &sql, QString *why = nullptr) const;
    // The same as another role.
    QString psqlAs(const QString &name, const QString &user, const QString &sql, QString *why = nullptr) const;

    static constexpr int kPort = 5432; // only names the socket file in the private folder

private:
    bool prepare(QString *why); // the binaries, the folder, the account the server runs as
    bool launch(QString *why);  // postgres on the cluster in the folder, waited for
    // `program` from binDir() as the account the server runs as.
    bool run(const QString &program, const QStringList &args, QString *why, int timeoutMs = 120000);
    QStringList asServerUser(const QString &program, const QStringList &args) const;

    QTemporaryDir m_dir{QStringLiteral("/tmp/tl-pg-XXXXXX")};
    QString m_bin;
    std::unique_ptr<QProcess> m_server;
    bool m_dropPrivileges = false;
};

} // namespace tl::test
