#include "PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tl::test {

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &args) const
{
    QStringList argv;
    if (m_dropPrivileges)
        argv << QStringLiteral("setpriv") << QStringLiteral("--reuid=nobody") << QStringLiteral("--regid=nogroup")
             << QStringLiteral("--clear-groups") << QStringLiteral("--");
    argv << m_bin + u'/' + program << args;
    return argv;
}

bool PostgresServer::run(const QString &program, const QStringList &args, QString *why, int timeoutMs)
{
    const QStringList argv = asServerUser(program, args);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        p.kill();
        p.waitForFinished();
        return false;
    }
    return true;
}

bool PostgresServer::prepare(QString *why)
{
    m_bin = binDir();
    if (m_bin.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin "
                              "(./build.sh deps installs postgresql)");
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_dropPrivileges = ::geteuid() == 0;
    if (m_dropPrivileges) {
        const passwd *nobody = ::getpwnam("nobody");
        const group *nogroup = ::getgrnam("nogroup");
        if (!nobody || !nogroup) {
            *why = QStringLiteral("running as root, but there is no account 'nobody'/'nogroup' to run PostgreSQL as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nogroup->gr_gid) != 0) {
            *why = QStringLiteral("cannot hand %1 to 'nobody'").arg(m_dir.path());
            return false;
        }
    }
    return true;
}

bool PostgresServer::start(QString *why)
{
    if (!prepare(why))
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("tokenledger"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-locale"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             why))
        return false;
    return launch(why);
}

bool PostgresServer::startStandbyOf(const PostgresServer &primary, QString *why)
{
    if (!prepare(why))
        return false;
    // A copy of the primary's cluster that follows it by streaming replication (-R writes the
    // standby signal and the primary's address): read-only, in recovery for as long as it runs.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("pg_basebackup"),
             {QStringLiteral("-D"), data, QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"),
              QStringLiteral("--no-sync"), QStringLiteral("-d"),
              QStringLiteral("host=%1 port=%2 user=tokenledger").arg(primary.m_dir.path()).arg(kPort)},
             why))
        return false;
    return launch(why);
}

bool PostgresServer::launch(QString *why)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));

    const QStringList argv = asServerUser(
        QStringLiteral("postgres"),
        {QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-p"),
         QString::number(kPort), QStringLiteral("-c"), QStringLiteral("listen_addresses="),
         QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
         QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
         QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB"), QStringLiteral("-c"),
         QStringLiteral("max_connections=40")});
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(m_dir.path());
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server->start(argv.first(), argv.mid(1));
    if (!m_server->waitForStarted(30000)) {
        *why = QStringLiteral("postgres did not start: %1").arg(m_server->errorString());
        return false;
    }
    // Ready when psql gets an answer.
    QElapsedTimer timer;
    timer.start();
    QString lastWhy;
    while (timer.elapsed() < 60000) {
        if (m_server->state() != QProcess::Running)
            break;
        if (!psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1"), &lastWhy).isNull())
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    (void)log.open(QIODevice::ReadOnly);
    *why = QStringLiteral("postgres did not come up: %1 %2").arg(lastWhy, QString::fromLocal8Bit(log.readAll()));
    return false;
}

void PostgresServer::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_server->processId()), SIGINT); // fast shutdown
        if (!m_server->waitForFinished(30000)) {
            ::kill(pid_t(m_server->processId()), SIGQUIT); // immediate
            m_server->waitForFinished(10000);
        }
    }
    m_server.reset();
}

QString PostgresServer::url(const QString &name) const
{
    return url(name, QStringLiteral("tokenledger"));
}

QString PostgresServer::url(const QString &name, const QString &user) const
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4").arg(name, m_dir.path()).arg(kPort).arg(user);
}

QString PostgresServer::psql(const QString &name, const QString &sql, QString *why) const
{
    return psqlAs(name, QStringLiteral("tokenledger"), sql, why);
}

QString PostgresServer::psqlAs(const QString &name, const QString &user, const QString &sql, QString *why) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(m_bin + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-d"), url(name, user), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        p.kill();
        p.waitForFinished();
        return {};
    }
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out.isNull() ? QStringLiteral("") : out;
}

bool PostgresServer::createDatabase(const QString &name, QString *why) const
{
    return !psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), why).isNull();
}

} // namespace tl::test
