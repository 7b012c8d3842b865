// The fuzz targets' inputs under the normal (gcc) build: every input a fuzzer once broke gives
// the outcome recorded beside it, and every seed of every target reads without breaking a
// promise (tests/fuzz/FuzzEntryPoints.h, docs/reliability.md "Fuzzing").
#include "FuzzEntryPoints.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tl;

namespace {

const QString kSource = QStringLiteral(TOKENLEDGER_SOURCE_DIR);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The outcome as recorded: the scratch folder's path, which changes per run, reads "<input>".
QString recorded(const fuzz::Outcome &o)
{
    QString s = o.summary();
    s.replace(fuzz::scratchPath() + QStringLiteral("/input"), QStringLiteral("<input>"));
    return s;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fuzz::initialise(); }

    void everyTargetHasAName()
    {
        for (fuzz::Target t : fuzz::allTargets()) {
            QVERIFY(!fuzz::targetName(t).isEmpty());
            QCOMPARE(fuzz::targetFromName(fuzz::targetName(t)), t);
            QVERIFY2(QFile::exists(kSource + QStringLiteral("/tests/fuzz/fuzz_") + fuzz::targetName(t)
                                   + QStringLiteral(".cpp")),
                     qPrintable(fuzz::targetName(t)));
        }
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QDir root(kSource + QStringLiteral("/tests/data/fuzz-regressions"));
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDir dir(root.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name.endsWith(QLatin1String(".expected")))
                    continue;
                const QString expectedPath = dir.filePath(name + QStringLiteral(".expected"));
                QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath));
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(name))
                    << target << dir.filePath(name)
                    << QString::fromUtf8(readAll(expectedPath)).trimmed();
            }
        }
    }
    void regressions()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto t = fuzz::targetFromName(target);
        QVERIFY2(t.has_value(), qPrintable(target));
        const fuzz::Outcome o = fuzz::run(*t, readAll(file));
        QCOMPARE(o.violation, QString());
        QCOMPARE(recorded(o), expected);
    }

    // The seeds (tests/fuzz/seeds.txt and tests/fuzz/seeds/TARGET/): each is read to its end
    // or refused with a message, and breaks no promise.
    void seeds_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QStringList lines =
            QString::fromUtf8(readAll(kSource + QStringLiteral("/tests/fuzz/seeds.txt"))).split(u'\n');
        for (const QString &line : lines) {
            const QStringList parts = line.simplified().split(u' ');
            if (line.startsWith(u'#') || parts.size() != 2)
                continue;
            QTest::addRow("%s %s", qPrintable(parts[0]), qPrintable(parts[1]))
                << parts[0] << kSource + u'/' + parts[1];
        }
        const QDir seeds(kSource + QStringLiteral("/tests/fuzz/seeds"));
        for (const QString &target : seeds.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(seeds.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s %s", qPrintable(target), qPrintable(name))
                    << target << dir.filePath(name);
        }
    }
    void seeds()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const auto t = fuzz::targetFromName(target);
        QVERIFY2(t.has_value(), qPrintable(target));
        const fuzz::Outcome o = fuzz::run(*t, readAll(file));
        QCOMPARE(o.violation, QString());
        QVERIFY2(o.ok || !o.error.isEmpty(), qPrintable(o.summary()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
