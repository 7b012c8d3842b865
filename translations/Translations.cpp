#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tl {

QLocale::Language installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("tokenledger"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QLocale::English;
    }
    app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.language();
}

} // namespace tl
