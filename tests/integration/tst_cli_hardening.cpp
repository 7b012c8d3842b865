// Issue 18, defects 4–9 through tokenledger-cli: --base-url for one run only, user-info in URLs,
// a second writer that waits visibly and names who holds the file, terminal escapes, read-only
// folders, write errors on export, FOCUS rows of other services, database file modes.
#include "FakeProviders.h"
#include "SyncTestHelpers.h"

#include "providers/Connection.h"
#include "store/Database.h"
#include "store/WriterNote.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tl;
using namespace tl::test;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + name;
}

// Runs the CLI while this thread's event loop keeps serving (the fake servers live on it).
CliRun runCliServing(const QStringList &arguments, const QHash<QString, QString> &env = {})
{
    return runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), arguments,
                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("XDG_RUNTIME_DIR"),
                       QStringLiteral("OPENAI_ADMIN_KEY")},
                      env);
}

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 0777;
}

QString writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

private Q_SLOTS:
    void init()
    {
        for (const char *suffix : {"", "-wal", "-shm", "-writer"})
            QFile::remove(db() + QLatin1String(suffix));
    }

    // 4. --base-url applies to one run and is never saved.
    void baseUrlIsNotSaved()
    {
        FakeOpenAi server;
        QVERIFY(server.start());
        const QHash<QString, QString> env{
            {QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(server.adminKey)}};
        const QStringList args{QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("openai"),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-01"), QStringLiteral("--base-url"),
                               server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--json")};
        const CliRun r = runCliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        auto opened = store::Database::open(db());
        QVERIFY(opened.ok());
        providers::ConnectionStore connections(**opened);
        auto c = connections.byName(QStringLiteral("openai"));
        QVERIFY(c.ok() && c->has_value());
        QCOMPARE((*c)->baseUrl, providers::defaultBaseUrl(QStringLiteral("openai")));

        // A connection's own URL stays as it was after a run with another one.
        providers::Connection own = **c;
        own.baseUrl = QStringLiteral("https://proxy.example.com/v1");
        QVERIFY(connections.save(own).ok());
        opened = Error{QString()};
        const CliRun again = runCliServing(args, env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        auto reopened = store::Database::open(db());
        QVERIFY(reopened.ok());
        auto c2 = providers::ConnectionStore(**reopened).byName(QStringLiteral("openai"));
        QVERIFY(c2.ok() && c2->has_value());
        QCOMPARE((*c2)->baseUrl, QStringLiteral("https://proxy.example.com/v1"));
    }

    // 4. A user name or password in a URL is refused, and never echoed.
    void userInfoInUrlIsRefused()
    {
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("sync"), QStringLiteral("openai"),
                                 QStringLiteral("--base-url"),
                                 QStringLiteral("https://admin:hunter2@api.example.com/v1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("user name or password"), r.err.constData());
        QVERIFY(!r.err.contains("hunter2"));
        QVERIFY(!QFile::exists(db())); // refused before anything was opened or saved
    }

    // 5. A second writer waits and says for whom; when the first is done it goes on.
    void secondWriterWaitsVisibly()
    {
        QVERIFY(runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                        data(QStringLiteral("langfuse.jsonl"))}).exitCode == 0);
        auto holder = store::Database::open(db());
        QVERIFY(holder.ok());
        auto note = std::make_unique<store::WriterNote>(**holder, QStringLiteral("an import"));
        auto tx = std::make_unique<store::Transaction>((*holder)->connection());
        QVERIFY(tx->isActive());

        // With a short limit: waits, then fails naming the file and the holder.
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("--lock-timeout"),
                                 QStringLiteral("3"), QStringLiteral("import"),
                                 data(QStringLiteral("litellm_spend.jsonl"))});
        QCOMPARE(r.exitCode, 1);
        const QByteArray pid = QByteArray::number(::getpid());
        QVERIFY2(r.err.contains("waiting for ") && r.err.contains(QByteArray("an import by pid " + pid + ", started ")),
                 r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("is busy: an import by pid " + pid)), r.err.constData());
        QVERIFY(r.err.contains("cli.db"));
        QVERIFY(!r.err.contains("database is locked"));

        // With the default limit: waits until the first writer commits, then imports.
        QProcess p;
        p.setProgram(QStringLiteral(TOKENLEDGER_CLI_PATH));
        p.setArguments({QStringLiteral("--db"), db(), QStringLiteral("import"),
                        data(QStringLiteral("litellm_spend.jsonl")), QStringLiteral("--json")});
        p.start();
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (!err.contains("waiting for") && t.elapsed() < kSlowMachineMs) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("waiting for"), err.constData());
        QVERIFY(tx->commit().ok());
        tx.reset();
        note.reset();
        QVERIFY(p.waitForFinished(kSlowMachineMs));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(j.value(QStringLiteral("imported")).toInt() > 0); // everything new in the file
        QVERIFY(!QFile::exists(db() + QStringLiteral("-writer")));

        // A bad limit is a usage error.
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("--lock-timeout"), QStringLiteral("soon"),
                         QStringLiteral("summary")}).exitCode, 2);
    }

    // 7. Control characters from logs and file names never reach the terminal raw.
    void terminalEscapesAreNeutralised()
    {
        const QString log = writeText(m_dir.filePath(QStringLiteral("esc.jsonl")),
            "{\"request_id\":\"esc-1\",\"spend\":0.01,\"prompt_tokens\":10,\"completion_tokens\":5,\"startTime\":\"2025-06-14T10:00:00Z\",\"model\":\"gpt-4o\",\"custom_llm_provider\":\"openai\",\"user\":\"\\u001b]0;pwned\\u0007eve\\u0000x\",\"team_id\":\"t\",\"status\":\"success\"}"
            "\n");
        QVERIFY(!log.isEmpty());
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), log}).exitCode, 0);
        const CliRun s = runCli({QStringLiteral("--db"), db(), QStringLiteral("summary"), QStringLiteral("--from"),
                                 QStringLiteral("2025-06-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                                 QStringLiteral("--group-by"), QStringLiteral("user")});
        QCOMPARE(s.exitCode, 0);
        QVERIFY2(s.out.contains("eve"), s.out.constData());
        QVERIFY(!s.out.contains('\x1b') && !s.out.contains('\x07') && !s.out.contains('\0'));

        // An error message that quotes a file name with an escape in it.
        const CliRun e = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                 m_dir.filePath(QStringLiteral("no\u001b]0;x\u0007such.jsonl"))});
        QCOMPARE(e.exitCode, 1);
        QVERIFY(!e.err.contains('\x1b') && !e.err.contains('\x07'));
        QVERIFY2(e.err.contains("no\\x1b]0;x\\x07such.jsonl"), e.err.constData());
    }

    // 9. The database and the files beside it are 0600, whatever the umask.
    void databaseFilesArePrivate()
    {
        const mode_t old = ::umask(0);
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                 data(QStringLiteral("langfuse.jsonl"))});
        ::umask(old);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(modeOf(db()), 0600u);
    }

    // 8. A read-only folder: reading commands still work.
    void readOnlyFolderStillReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"),
                         data(QStringLiteral("litellm_spend.jsonl"))}).exitCode, 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        QStringList command{QStringLiteral("--db"), path, QStringLiteral("summary"), QStringLiteral("--from"),
                            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                            QStringLiteral("--json")};
        const CliRun writable = runCli(command);
        QCOMPARE(writable.exitCode, 0);
        const int requests = QJsonDocument::fromJson(writable.out).object().value(QStringLiteral("requests")).toInt();
        QVERIFY(requests > 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QString program = QStringLiteral(TOKENLEDGER_CLI_PATH);
        if (::geteuid() == 0) {
            // root writes anywhere: run the CLI as nobody, owner of the file and the folder.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot make a folder read-only");
            for (const QString &f : {dir.path(), path})
                QVERIFY(::chown(QFile::encodeName(f).constData(), 65534, 65534) == 0);
            command.prepend(program);
            command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--")} + command;
            program = setpriv;
        }
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
        QProcess p;
        p.setProgram(program);
        p.setArguments(command);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), dir.path());
        p.setProcessEnvironment(e);
        p.start();
        QVERIFY(p.waitForFinished(kSlowMachineMs));
        const QByteArray err = p.readAllStandardError();
        const QByteArray out = p.readAllStandardOutput();
        ::chmod(QFile::encodeName(dir.path()).constData(), 0700);
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY(!err.contains("readonly"));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("requests")).toInt(), requests);
    }

    // 8. A write that fails on export names the file and the reason, not "Unknown error".
    void exportWriteErrorNamesTheCause()
    {
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("demo")}, 300000).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("big.csv"));
        // A file size limit (ulimit -f, SIGXFSZ ignored): the write fails with EFBIG.
        QProcess p;
        p.setProgram(QStringLiteral("/bin/sh"));
        p.setArguments({QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1024; exec \"$0\" \"$@\""),
                        QStringLiteral(TOKENLEDGER_CLI_PATH), QStringLiteral("--db"), db(),
                        QStringLiteral("export"), QStringLiteral("--csv"), out});
        p.start();
        QVERIFY(p.waitForFinished(kSlowMachineMs));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("big.csv") && err.contains(std::strerror(EFBIG)), err.constData());
        QVERIFY(!err.contains("Unknown error"));
        QVERIFY(!QFile::exists(out));

        // A full disk, where a small file system can be mounted (root): "the disk is full".
        QTemporaryDir small;
        if (::mount("tmpfs", QFile::encodeName(small.path()).constData(), "tmpfs", 0, "size=64k") != 0)
            return;
        const CliRun full = runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--csv"),
                                    small.filePath(QStringLiteral("full.csv"))});
        ::umount(QFile::encodeName(small.path()).constData());
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("full.csv") && full.err.contains("the disk is full"), full.err.constData());
    }

    // 8. FOCUS rows of other services are usage, just not AI usage.
    void focusNonAiRowsAreNamedSo()
    {
        QFile f(data(QStringLiteral("focus12_example.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QByteArray other = lines[1];
        QVERIFY(other.contains("AI and Machine Learning"));
        other.replace("AI and Machine Learning", "Compute");
        lines.insert(2, other);
        const QString path = writeText(m_dir.filePath(QStringLiteral("focus_mixed.csv")), lines.join('\n'));
        const CliRun r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("rows that are not AI usage skipped"), r.out.constData());
        QVERIFY(!r.out.contains("without usage"));
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
