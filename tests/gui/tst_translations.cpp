// German translation: complete, loaded for a German locale, and used by the main window.
#include "Translations.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated();
    void germanLocaleLoadsGerman();
    void englishNeedsNothing();
};

void TestTranslations::everyStringIsTranslated()
{
    QFile f(QStringLiteral(TOKENLEDGER_SOURCE_DIR "/translations/tokenledger_de.ts"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(f.readAll());
    const int messages = int(ts.count(QStringLiteral("<message")));
    QVERIFY2(messages > 50, "the .ts file looks empty: run the update_translations target");
    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(ts.count(QStringLiteral("<translation></translation>")), 0);
}

void TestTranslations::germanLocaleLoadsGerman()
{
    QCOMPARE(tl::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)), QLocale::German);
    QCOMPARE(QCoreApplication::translate("tl::ui::MainWindow", "Budgets"), QStringLiteral("Budgets"));
    QCOMPARE(QCoreApplication::translate("tl::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("tl::itemmodels::KpiModel", "Spend in period"),
             QStringLiteral("Ausgaben im Zeitraum"));
}

void TestTranslations::englishNeedsNothing()
{
    QCOMPARE(tl::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)), QLocale::English);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
