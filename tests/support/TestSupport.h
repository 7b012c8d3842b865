#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tl::test {

// A fresh on-disk database in a temporary folder, migrated and ready. QVERIFY-friendly:
// returns nullptr (and prints why) when it cannot be created.
std::unique_ptr<store::Database> openTempDatabase(const QTemporaryDir &dir,
                                                  const QString &name = QStringLiteral("test.db"));

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

} // namespace tl::test
