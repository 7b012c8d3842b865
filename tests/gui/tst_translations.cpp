// German translation: complete, loaded for a German locale, and used by the main window.
//
// QCoreApplication::translate() falls back on the English source when a string has no
// translation, so a string that is spelt the same in German ("Budgets") would pass a check
// through it even when it was never translated. The checks below ask a QTranslator itself,
// which answers an empty string for a string it does not know.
#include "Translations.h"
#include "budgets/Alert.h"
#include "budgets/Budget.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString disambiguation;
    bool numerus = false;
};

// The messages of a .ts file (the context, source text and disambiguating comment of each).
QList<Message> readTsMessages(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") { // of a <context>
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) { // up to </message>
                if (xml.name() == u"source")
                    m.source = xml.readElementText();
                else if (xml.name() == u"comment")
                    m.disambiguation = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

// The messages `translator` has no translation for, as "context: source" lines.
QStringList unknownTo(const QTranslator &translator, const QList<Message> &messages)
{
    QStringList unknown;
    for (const Message &m : messages) {
        const QByteArray disambiguation = m.disambiguation.toUtf8();
        const QString german = translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                    m.disambiguation.isEmpty() ? nullptr : disambiguation.constData(),
                                                    m.numerus ? 1 : -1);
        if (german.isEmpty())
            unknown << QStringLiteral("%1: %2").arg(m.context, m.source);
    }
    return unknown;
}

QString firstFew(const QStringList &lines)
{
    QStringList shown = lines.mid(0, 10);
    if (lines.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(lines.size() - shown.size());
    return shown.join(u'\n');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStringIsTranslated();
    void everyTsEntryIsCompiledIn();
    void everyStringInTheSourcesIsTranslated();
    void germanDiffersFromEnglish_data();
    void germanDiffersFromEnglish();
    void germanLocaleLoadsGerman();
    void englishNeedsNothing();

private:
    QTranslator m_german; // the embedded German translation, loaded directly
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("tokenledger"),
                          QStringLiteral("_"), QStringLiteral(":/i18n")));
}

void TestTranslations::everyStringIsTranslated()
{
    QFile f(QStringLiteral(TOKENLEDGER_SOURCE_DIR "/translations/tokenledger_de.ts"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(f.readAll());
    const int messages = int(ts.count(QStringLiteral("<message")));
    QVERIFY2(messages > 50, "the .ts file looks empty: run the update_translations target");
    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(ts.count(QStringLiteral("<translation></translation>")), 0);
    // Each string's context names its class; QObject::tr() would file it under "QObject".
    QVERIFY2(!ts.contains(QStringLiteral("<name>QObject</name>")),
             "strings in the context \"QObject\": use QCoreApplication::translate(\"tl::ns::Class\", ...)");
}

// Each entry of the .ts file — also those spelt the same in both languages — is in the
// translation the program embeds.
void TestTranslations::everyTsEntryIsCompiledIn()
{
    QString error;
    const QList<Message> messages =
        readTsMessages(QStringLiteral(TOKENLEDGER_SOURCE_DIR "/translations/tokenledger_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    const QStringList unknown = unknownTo(m_german, messages);
    QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("not in the compiled translation:\n") + firstFew(unknown)));
}

// Every string the sources mark for translation today — found by running lupdate on them
// afresh — has a German translation, so a new or changed string fails here until the .ts file
// is updated (cmake --build --preset dev --target update_translations) and translated.
void TestTranslations::everyStringInTheSourcesIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    const QString root = QStringLiteral(TOKENLEDGER_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(TOKENLEDGER_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), root + QStringLiteral("/models"), QStringLiteral("-I"),
                   root + QStringLiteral("/ui"), QStringLiteral("-I"), root + QStringLiteral("/app"),
                   root + QStringLiteral("/models"), root + QStringLiteral("/ui"), root + QStringLiteral("/app/gui"),
                   QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> messages = readTsMessages(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList underQObject;
    for (const Message &m : messages) {
        if (m.context == u"QObject")
            underQObject << m.source;
    }
    QVERIFY2(underQObject.isEmpty(),
             qPrintable(QStringLiteral("QObject::tr() in the sources (use the class's context):\n")
                        + firstFew(underQObject)));
    // One scheme: every context is namespace::Class. A context that is only a namespace comes
    // from tr() in a free function, which lupdate files under a name the code does not look up.
    QStringList namespaceOnly;
    for (const Message &m : messages) {
        const QString last = m.context.section(QStringLiteral("::"), -1);
        if (last.isEmpty() || !last.front().isUpper())
            namespaceOnly << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(namespaceOnly.isEmpty(),
             qPrintable(QStringLiteral("context without a class (declare Q_DECLARE_TR_FUNCTIONS):\n")
                        + firstFew(namespaceOnly)));
    const QStringList unknown = unknownTo(m_german, messages);
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("untranslated (run the update_translations target and translate):\n")
                        + firstFew(unknown)));
}

// Strings from all over the program whose German differs from the English: a translation that
// went missing shows as the English text here.
void TestTranslations::germanDiffersFromEnglish_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    const auto row = [](const char *context, const char *source, const char *german) {
        QTest::newRow(source) << QString::fromUtf8(context) << QString::fromUtf8(source) << QString::fromUtf8(german);
    };
    row("tl::ui::MainWindow", "&File", "&Datei");
    row("tl::query::KpiFigures", "Spend in period", "Ausgaben im Zeitraum");
    row("tl::ui::DashboardPage", "Filtered to:", "Gefiltert auf:");
    row("tl::ui::FilterChipBar", "Filters:", "Filter:");
    row("tl::ui::FilterChipBar", "Clear all", "Alle entfernen");
    row("tl::ui::ExplorePage", "none. Use Filter… or double-click a row.",
        "keine. Verwenden Sie „Filter…“ oder doppelklicken Sie auf eine Zeile.");
    row("tl::ui::MessageWidget", "Error", "Fehler");
    row("tl::ui::MessageWidget", "Warning", "Warnung");
    row("tl::ui::MessageWidget", "Close", "Schließen");
    row("tl::ui::ConnectionDialog", "Give the connection a name.", "Geben Sie der Verbindung einen Namen.");
    row("tl::services::Session", "No database is open.", "Es ist keine Datenbank geöffnet.");
    row("tl::ingest::CsvMapping", "Time", "Zeitpunkt");
    row("tl::text::LineSource", "'%1' does not exist.", "'%1' existiert nicht.");
    row("tl::store::Database", "Cannot read '%1': %2", "'%1' kann nicht gelesen werden: %2");
}

void TestTranslations::germanDiffersFromEnglish()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QVERIFY(german != source);
    QCOMPARE(m_german.translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
}

void TestTranslations::germanLocaleLoadsGerman()
{
    QCOMPARE(tl::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)), QLocale::German);
    // The same word in both languages: it must be translated, not fall back on the source.
    QCOMPARE(m_german.translate("tl::ui::MainWindow", "Budgets"), QStringLiteral("Budgets"));
    QCOMPARE(QCoreApplication::translate("tl::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("tl::query::KpiFigures", "Spend in period"),
             QStringLiteral("Ausgaben im Zeitraum"));
    // Texts made by the code itself, so that the context it looks up is the one lupdate filed.
    QCOMPARE(tl::budgets::alertKindLabel(tl::budgets::AlertKind::Actual), QStringLiteral("Tatsächliche Ausgaben"));
    tl::budgets::Budget budget;
    budget.period = tl::budgets::BudgetPeriod::Month;
    QCOMPARE(budget.periodText(), QStringLiteral("Monatlich"));
}

void TestTranslations::englishNeedsNothing()
{
    QCOMPARE(tl::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)), QLocale::English);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
