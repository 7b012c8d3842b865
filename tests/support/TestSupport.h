#pragma once

#include "core/Result.h"
#include "domain/UsageFact.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tl::services {
class AppServices;
class Session;
}

namespace tl::test {

// How long QTRY_* waits for work on a worker thread: generous, because a loaded 2-core CI
// machine can take many seconds for what takes milliseconds on a quiet one. A passing check
// returns as soon as it holds, so the limit costs nothing when all is well.
inline constexpr int kSlowMachineMs = 60000;

// A fresh on-disk database in a temporary folder, migrated and ready. QVERIFY-friendly:
// returns nullptr (and prints why) when it cannot be created.
std::unique_ptr<store::Database> openTempDatabase(const QTemporaryDir &dir,
                                                  const QString &name = QStringLiteral("test.db"));

// Prices `facts` with the built-in catalog and stores them in `db` as one import batch named
// `name`, in one transaction.
Status storeFacts(store::Database &db, QList<UsageFact> facts, const QString &name);

// SHA-256 of a file's bytes, to prove a file was not modified.
QByteArray fileHash(const QString &path);

// Runs tokenledger-cli with the arguments; returns exit code, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QStringList &arguments, int timeoutMs = 120000);

// Runs `program` while this thread's event loop keeps serving (fake servers live on it): the
// variables in `unset` are removed from the environment and those in `env` set, `input` (when
// not null) is written to its stdin. A run longer than `timeoutMs` is killed ("timed out").
CliRun runServing(const QString &program, const QStringList &arguments, const QStringList &unset = {},
                  const QHash<QString, QString> &env = {}, const QByteArray &input = {},
                  int timeoutMs = 60000);

// The desktop app's composition root over `session`, with billing-API keys kept in memory
// instead of the system keychain.
std::unique_ptr<services::AppServices> appServices(services::Session &session);

} // namespace tl::test
