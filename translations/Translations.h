#pragma once

#include <QLocale>

class QCoreApplication;

namespace tl {

// Installs TokenLedger's and Qt's own translations for `locale` (the system's by default).
// English needs none. Returns the language that was installed, or English.
QLocale::Language installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace tl
