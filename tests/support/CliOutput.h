#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::test {

// The JSON object a `--json` run of tokenledger-cli printed.
inline QJsonObject cliJson(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// Whether a database file or its write-ahead log holds `needle` anywhere (e.g. a secret that
// must never reach the disk).
inline bool databaseFilesContain(const QString &path, const QByteArray &needle)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace tl::test
