#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tl {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("TOKENLEDGER_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("tokenledger/tokenledger.db"));
}

} // namespace tl
