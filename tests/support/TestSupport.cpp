#include "TestSupport.h"

#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"
#include "providers/CredentialStore.h"
#include "services/AppServices.h"
#include "services/Session.h"
#include "store/FactStore.h"
#include "store/Sqlite.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QtDebug>

namespace tl::test {

std::unique_ptr<store::Database> openTempDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = store::Database::open(dir.filePath(name));
    if (!db) {
        qWarning() << "cannot open test database:" << db.errorMessage();
        return nullptr;
    }
    return std::move(db).value();
}

Status storeFacts(store::Database &db, QList<UsageFact> facts, const QString &name)
{
    const pricing::CostEngine engine(pricing::PriceCatalog::builtin());
    for (UsageFact &f : facts)
        engine.priceFact(f);
    store::FactStore store(db);
    store::Transaction tx(db.connection());
    auto batch = store.beginBatch(QStringLiteral("test"), name);
    if (!batch)
        return batch.error();
    if (auto inserted = store.insertFacts(*batch, facts); !inserted)
        return inserted.error();
    return tx.commit();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(TOKENLEDGER_CLI_PATH));
    p.setArguments(arguments);
    p.start();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliRun runServing(const QString &program, const QStringList &arguments, const QStringList &unset,
                  const QHash<QString, QString> &env, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        e.remove(name);
    for (auto it = env.constBegin(); it != env.constEnd(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start();
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    loop.exec();
    CliRun r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::unique_ptr<services::AppServices> appServices(services::Session &session)
{
    return std::make_unique<services::AppServices>(session, std::make_shared<providers::MemoryCredentialStore>());
}

} // namespace tl::test
