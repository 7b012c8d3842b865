#pragma once

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tl::test {

// The application in `locale`'s language for one scope, as the app starts in it: the default
// locale set and TokenLedger's and Qt's translations installed (English needs none); the
// previous default locale back and every translator removed when the scope ends.
class LanguageScope
{
public:
    explicit LanguageScope(const QLocale &locale) : m_previous(QLocale())
    {
        QLocale::setDefault(locale);
        m_installed = installTranslations(*QCoreApplication::instance(), locale);
    }
    ~LanguageScope()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    // The language whose translations were installed; English when none were.
    QLocale::Language installed() const { return m_installed; }

private:
    QLocale m_previous;
    QLocale::Language m_installed = QLocale::English;
};

} // namespace tl::test
