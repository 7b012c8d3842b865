#include "cli/CliApp.h"
#include "cli/FilterOption.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char *argv[])
{
    // The commands print their own results; progress notes of the engine stay quiet unless
    // QT_LOGGING_RULES asks for them (those rules take precedence over these).
    QLoggingCategory::setFilterRules(QStringLiteral("tokenledger.*.info=false"));
    // Only the report paints (fonts need a QGuiApplication); every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (tl::cli::commandNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tokenledger-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENLEDGER_VERSION));
    return tl::cli::CliApp().run(QCoreApplication::arguments());
}
