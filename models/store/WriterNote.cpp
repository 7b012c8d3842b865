#include "store/WriterNote.h"

#include "store/Database.h"
#include "store/LockWait.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

#include <sqlite3.h>

#include <signal.h>
#include <unistd.h>

namespace tl::store {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString WriterNote::notePath(const QString &databaseFile)
{
    return databaseFile + QStringLiteral("-writer");
}

WriterNote::WriterNote(Database &db, const QString &what)
{
    const char *file = sqlite3_db_filename(db.connection().handle(), "main");
    if (!file || !*file)
        return; // in memory
    m_path = notePath(QString::fromUtf8(file));
    // A live writer's note stays: this process will wait for that writer (SQLite's lock), and
    // the note tells it and any third writer who that is.
    if (!describeHolder(QString::fromUtf8(file)).isEmpty())
        return;
    const QJsonObject note{{QStringLiteral("pid"), static_cast<qint64>(::getpid())},
                           {QStringLiteral("what"), what},
                           {QStringLiteral("program"), QCoreApplication::applicationName()},
                           {QStringLiteral("started"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QString tmp = m_path + QStringLiteral(".tmp%1").arg(::getpid());
    QFile::remove(tmp);
    if (!createPrivateFile(tmp))
        return;
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(note).toJson(QJsonDocument::Compact)) < 0) {
        QFile::remove(tmp);
        return;
    }
    f.close();
    // rename() replaces a stale note of a process that is gone.
    m_written = ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) == 0;
    if (!m_written)
        QFile::remove(tmp);
}

WriterNote::~WriterNote()
{
    if (!m_written)
        return;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject note = QJsonDocument::fromJson(f.read(4096)).object();
    f.close();
    if (note.value(QStringLiteral("pid")).toInteger() == ::getpid())
        QFile::remove(m_path);
}

QString WriterNote::describeHolder(const QString &databaseFile)
{
    QFile f(notePath(databaseFile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject note = QJsonDocument::fromJson(f.read(4096)).object();
    const qint64 pid = note.value(QStringLiteral("pid")).toInteger();
    if (!processAlive(pid) || pid == ::getpid())
        return {};
    const QString what = note.value(QStringLiteral("what")).toString().left(40);
    QDateTime started = QDateTime::fromString(note.value(QStringLiteral("started")).toString(),
                                              Qt::ISODate);
    const QString when = started.isValid() ? started.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                           : QStringLiteral("?");
    return QCoreApplication::translate("tl::store::WriterNote", "%1 by pid %2, started %3")
        .arg(what.isEmpty() ? QCoreApplication::translate("tl::store::WriterNote", "a write")
                            : what)
        .arg(pid)
        .arg(when);
}

} // namespace tl::store
