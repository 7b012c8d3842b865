// FOCUS round trip through the real programs: the demo organisation exported with
// `export --focus` and imported into an empty database with `import` gives the same tokens,
// requests, computed and billed cost — in total and per provider, model, team and tier —
// and importing the export a second time adds nothing.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tl;

namespace {
const QString kFrom = QStringLiteral("2000-01-01");
const QString kTo = QStringLiteral("2099-12-31");

QJsonObject runJson(const QStringList &args)
{
    const test::CliRun r = test::runCli(args + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("tokenledger-cli %s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}

// The summary without the record count (a FOCUS row per day and token kind replaces many
// hourly records) — everything else must match exactly.
QJsonObject comparableSummary(const QString &db)
{
    QJsonObject s = runJson({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--from"), kFrom,
                             QStringLiteral("--to"), kTo, QStringLiteral("--group-by"),
                             QStringLiteral("provider,model,team,tier")});
    s.remove(QStringLiteral("records"));
    QJsonArray groups;
    for (const QJsonValue &g : s.value(QStringLiteral("groups")).toArray()) {
        QJsonObject o = g.toObject();
        o.remove(QStringLiteral("records"));
        groups.append(o);
    }
    s.insert(QStringLiteral("groups"), groups);
    return s;
}
} // namespace

class TestFocusRoundTrip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void exportThenImportKeepsTotals_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("FOCUS 1.3 (default)") << QString();
        QTest::newRow("FOCUS 1.2") << QStringLiteral("1.2");
    }

    void exportThenImportKeepsTotals()
    {
        QFETCH(QString, version);
        const QString tag = version.isEmpty() ? QStringLiteral("13") : QStringLiteral("12");
        const QString source = m_dir.filePath(QStringLiteral("source.db"));
        const QString target = m_dir.filePath(QStringLiteral("target%1.db").arg(tag));
        const QString focus = m_dir.filePath(QStringLiteral("usage%1.focus.csv").arg(tag));
        if (!QFile::exists(source))
            QCOMPARE(test::runCli({QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--days"),
                                   QStringLiteral("20")})
                         .exitCode,
                     0);

        QStringList exportArgs{QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("--focus"), focus,
                               QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo};
        if (!version.isEmpty())
            exportArgs << QStringLiteral("--focus-version") << version;
        const QJsonObject exported = runJson(exportArgs);
        QCOMPARE(exported.value(QStringLiteral("format")).toString(),
                 QStringLiteral("focus-%1").arg(version.isEmpty() ? QStringLiteral("1.3") : version));
        const int rows = exported.value(QStringLiteral("rows")).toInt();
        QVERIFY(rows > 100);

        const QJsonObject imported = runJson({QStringLiteral("--db"), target, QStringLiteral("import"), focus});
        QCOMPARE(imported.value(QStringLiteral("read")).toInt(), rows);
        QCOMPARE(imported.value(QStringLiteral("imported")).toInt(), rows);
        QCOMPARE(imported.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(imported.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("format")),
                 QJsonValue(QStringLiteral("focus")));

        const QJsonObject before = comparableSummary(source);
        const QJsonObject after = comparableSummary(target);
        QVERIFY(!before.isEmpty());
        QVERIFY(before.value(QStringLiteral("groups")).toArray().size() >= 10);
        QVERIFY(before.value(QStringLiteral("billed_cost")).toString() != QLatin1String("0.00"));
        QCOMPARE(after.value(QStringLiteral("cost")), before.value(QStringLiteral("cost")));
        QCOMPARE(after.value(QStringLiteral("cost")), exported.value(QStringLiteral("effective_cost")));
        QCOMPARE(after.value(QStringLiteral("billed_cost")), before.value(QStringLiteral("billed_cost")));
        QCOMPARE(after.value(QStringLiteral("requests")), before.value(QStringLiteral("requests")));
        QCOMPARE(after, before); // every token kind, cost part and group

        // The same export again is recognised record by record.
        const QJsonObject again = runJson({QStringLiteral("--db"), target, QStringLiteral("import"), focus});
        QCOMPARE(again.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("duplicates")).toInt(), rows);
        QCOMPARE(comparableSummary(target), before);
    }
};

QTEST_GUILESS_MAIN(TestFocusRoundTrip)
#include "tst_focus_roundtrip.moc"
