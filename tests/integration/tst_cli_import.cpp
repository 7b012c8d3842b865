// tokenledger-cli import: JSON summary, problems with file and line, exit codes, re-import.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tl;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + name;
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

private Q_SLOTS:
    void jsonSummary()
    {
        auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                               data(QStringLiteral("litellm_spend.jsonl")), data(QStringLiteral("bedrock.jsonl.gz")),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0); // rejected lines do not fail the command
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("read")).toInt(), 13);
        QCOMPARE(j.value(QStringLiteral("imported")).toInt(), 5);
        QCOMPARE(j.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("rejected")).toInt(), 7);
        const QJsonArray problems = j.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 7);
        const QJsonObject p = problems.at(0).toObject();
        QVERIFY(p.value(QStringLiteral("file")).toString().endsWith(u"litellm_spend.jsonl"));
        QCOMPARE(p.value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(!p.value(QStringLiteral("reason")).toString().isEmpty());

        auto again = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                   data(QStringLiteral("litellm_spend.jsonl")), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject j2 = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(j2.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(j2.value(QStringLiteral("duplicates")).toInt(), 4);

        // The imported usage shows in the summary.
        auto s = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("summary"), QStringLiteral("--from"),
                               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--json")});
        QCOMPARE(s.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(s.out).object().value(QStringLiteral("requests")).toInt(), 5);
    }

    void failedFileExitsOne()
    {
        auto r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                               data(QStringLiteral("unrelated.csv")), data(QStringLiteral("langfuse.jsonl")),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("column mapping"));
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("imported")).toInt(), 2); // the good file still imported
        const QJsonArray files = j.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

        auto truncated = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"),
                                       data(QStringLiteral("bedrock_truncated.jsonl.gz"))});
        QCOMPARE(truncated.exitCode, 1);
        QVERIFY(truncated.err.contains("truncated gzip"));
    }

    void badCommandLine()
    {
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--format"),
                               QStringLiteral("xml"), data(QStringLiteral("generic.csv"))}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--format"),
                               QStringLiteral("csv"), data(QStringLiteral("generic.csv"))}).exitCode, 2);
        auto unknown = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--mapping"),
                                     QStringLiteral("nope"), data(QStringLiteral("generic.csv"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no saved column mapping named 'nope'"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
