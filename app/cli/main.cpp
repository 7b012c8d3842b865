#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokenledger-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENLEDGER_VERSION));
    return tl::cli::CliApp().run(QCoreApplication::arguments());
}
