// Import behaviour across formats: re-import and overlapping exports add nothing, undo,
// cancel leaves the database as it was, format detection and its answers, text parsing.
#include "TestSupport.h"

#include "ingest/FormatDetector.h"
#include "ingest/ImportRunner.h"
#include "ingest/IngestText.h"
#include "pricing/DatabasePricing.h"
#include "services/ImportUseCase.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QtTest>

using namespace tl;

namespace {
QString data(const QString &name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + name;
}

// Everything an import could change, as one comparable text.
QString snapshot(store::Database &db)
{
    QString out;
    for (const char *sql : {"SELECT count(*), coalesce(sum(input_tokens + output_tokens), 0) FROM usage_fact",
                            "SELECT count(*), coalesce(sum(facts), 0), coalesce(sum(input_tokens), 0) FROM rollup_hour",
                            "SELECT count(*), coalesce(sum(facts), 0), coalesce(sum(cost_output), 0) FROM rollup_day",
                            "SELECT count(*) FROM import_batch", "SELECT count(*) FROM import_problem"}) {
        auto st = db.connection().prepare(sql);
        if (st && st->step() == store::Statement::Step::Row) {
            for (int i = 0; i < st->columnCount(); ++i)
                out += QString::number(st->columnInt64(i)) + u' ';
        }
        out += u'|';
    }
    return out;
}
} // namespace

class TestIngestBehaviour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<pricing::DatabasePricing> m_pricing;

    Result<ingest::ImportSummary> run(const QString &path, ingest::ImportOptions o = {},
                                      const std::atomic_bool *cancel = nullptr)
    {
        ingest::ImportRunner runner(*m_db, m_pricing->engine());
        runner.setChunkSize(100);
        runner.setCancelFlag(cancel);
        return runner.importFile(path, o);
    }

    QString writeLiteLlm(int lines)
    {
        const QString path = m_dir.filePath(QStringLiteral("gen-%1.jsonl").arg(lines));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        for (int i = 0; i < lines; ++i)
            f.write(QStringLiteral("{\"request_id\":\"r%1\",\"startTime\":\"2025-06-%2T10:00:00Z\",\"model\":\"gpt-4o-mini\","
                                   "\"custom_llm_provider\":\"openai\",\"prompt_tokens\":%3,\"completion_tokens\":7,\"user\":\"u%4\"}\n")
                        .arg(i)
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(100 + i)
                        .arg(i % 13)
                        .toUtf8());
        return path;
    }

    // The connection settings an import changes while it runs and must give back.
    QString connectionSettings()
    {
        auto fk = m_db->connection().queryInt("PRAGMA foreign_keys");
        auto cache = m_db->connection().queryInt("PRAGMA cache_size");
        return QStringLiteral("foreign_keys %1, cache_size %2").arg(fk ? *fk : -1).arg(cache ? *cache : 0);
    }

private Q_SLOTS:
    // A quote inside an unquoted value is an ordinary character; a row cut short and a quoted
    // field that never closes are rejected with their line, and every other row is imported.
    void csvStrayQuotesAndShortRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("quotes.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("request_id,startTime,model,custom_llm_provider,prompt_tokens,completion_tokens,user\n");
        for (int i = 0; i < 50; ++i) {
            QByteArray user = "u" + QByteArray::number(i);
            if (i == 3)
                user = "display 27\"";
            if (i == 7)
                user = "\"Smith, Jane\"";
            f.write("c" + QByteArray::number(i) + ",2026-01-01T10:00:00Z,gpt-4o,openai,100,20," + user + "\n");
        }
        f.write("c50,2026-01-01T10:00:00Z,gpt-4o,openai,10\n");   // cut off: 5 of 7 fields
        f.write("c51,2026-01-01T10:00:00Z,gpt-4o,openai,100,20,\"no end\n"); // never closed
        f.write("c52,2026-01-01T10:00:00Z,gpt-4o,openai,100,20,u52\n");
        f.close();

        auto r = run(path);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, std::int64_t(50));
        QCOMPARE(r->rejected, std::int64_t(2));
        QCOMPARE(r->problems.size(), qsizetype(2));
        QCOMPARE(r->problems.at(0).line, std::int64_t(52));
        QVERIFY(r->problems.at(0).reason.contains(QLatin1String("5 fields")));
        QCOMPARE(r->problems.at(1).line, std::int64_t(53));
        QVERIFY(r->problems.at(1).reason.contains(QLatin1String("never closed")));
        auto users = m_db->connection().prepare(
            "SELECT d.value FROM usage_fact f JOIN dim d ON d.id = f.user_id WHERE f.record_key LIKE '%c3' "
            "OR f.record_key LIKE '%c7' ORDER BY f.record_key");
        QVERIFY(users.ok());
        QStringList values;
        while (users->step() == store::Statement::Step::Row)
            values << users->columnText(0);
        QCOMPARE(values, (QStringList{QStringLiteral("display 27\""), QStringLiteral("Smith, Jane")}));
    }

    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("b.db")));
        m_db = test::openTempDatabase(m_dir, QStringLiteral("b.db"));
        QVERIFY(m_db);
        auto p = pricing::DatabasePricing::load(*m_db);
        QVERIFY(p.ok());
        m_pricing = std::move(*p);
    }

    void reimportIsNoOp()
    {
        auto first = run(data(QStringLiteral("litellm_spend.jsonl")));
        QVERIFY(first.ok());
        const QString facts = snapshot(*m_db).section(u'|', 0, 2);
        auto second = run(data(QStringLiteral("litellm_spend.jsonl")));
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 4);
        QCOMPARE(snapshot(*m_db).section(u'|', 0, 2), facts);
    }

    void overlappingExport()
    {
        QVERIFY(run(data(QStringLiteral("litellm_spend.jsonl"))).ok());
        auto r = run(data(QStringLiteral("litellm_overlap.jsonl")));
        QVERIFY(r.ok());
        QCOMPARE(r->imported, 1);   // chatcmpl-010
        QCOMPARE(r->duplicates, 1); // chatcmpl-002 was in the first export
        // The CSV export of other rows adds only its own.
        auto csv = run(data(QStringLiteral("litellm_spend.csv")));
        QCOMPARE(csv->imported, 2);
    }

    void undoRestoresTotals()
    {
        QVERIFY(run(data(QStringLiteral("bedrock.jsonl"))).ok());
        const QString before = snapshot(*m_db).section(u'|', 0, 2);
        auto r = run(data(QStringLiteral("litellm_spend.jsonl")));
        QVERIFY(r.ok());
        QVERIFY(snapshot(*m_db).section(u'|', 0, 2) != before);
        store::FactStore facts(*m_db);
        QVERIFY(facts.undoBatch(r->batchId).ok());
        QCOMPARE(snapshot(*m_db).section(u'|', 0, 2), before);
        // Undone records can be imported again.
        auto again = run(data(QStringLiteral("litellm_spend.jsonl")));
        QCOMPARE(again->imported, 3);
    }

    void cancelLeavesDatabaseUnchanged()
    {
        QVERIFY(run(data(QStringLiteral("bedrock.jsonl"))).ok());
        const QString before = snapshot(*m_db);
        const QString path = writeLiteLlm(5000);
        std::atomic_bool cancel{false};
        ingest::ImportRunner runner(*m_db, m_pricing->engine());
        runner.setChunkSize(500);
        runner.setCancelFlag(&cancel);
        int calls = 0;
        runner.setProgressCallback([&](const ingest::ImportProgress &p) {
            ++calls;
            QVERIFY(p.bytesDone <= p.bytesTotal);
            if (calls == 2)
                cancel = true; // after two chunks were stored inside the transaction
        });
        auto r = runner.importFile(path, {});
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(snapshot(*m_db), before);
        // Without cancel the same file imports completely, rollups equal to the facts.
        auto full = run(path);
        QCOMPARE(full->imported, 5000);
        auto sumFacts = m_db->connection().queryInt("SELECT sum(input_tokens) FROM usage_fact");
        auto sumHours = m_db->connection().queryInt("SELECT sum(input_tokens) FROM rollup_hour");
        QCOMPARE(*sumFacts, *sumHours);
    }

    // The use case GUI and CLI share: a file that cannot be read is reported and the next one
    // is still imported; a cancel ends the run at the file in progress, which leaves nothing.
    void useCaseGoesOnAfterAFailedFileAndStopsAtACancel()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.jsonl"));
        services::ImportUseCase useCase(*m_db);
        QList<int> progressFiles;
        useCase.setProgress([&](int i, int n, const QString &, const ingest::ImportProgress &) {
            QCOMPARE(n, 2);
            if (progressFiles.isEmpty() || progressFiles.last() != i)
                progressFiles << i;
        });
        auto run = useCase.run({missing, data(QStringLiteral("litellm_spend.jsonl"))}, {});
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        QCOMPARE(run->files.size(), qsizetype(2));
        QVERIFY(!run->files.at(0).ok());
        QVERIFY2(run->files.at(0).error.contains(QLatin1String("missing.jsonl")), qPrintable(run->files.at(0).error));
        QVERIFY(run->files.at(1).ok());
        QCOMPARE(run->files.at(1).summary->imported, 3); // and one line repeats another
        QVERIFY(!run->allOk());
        QVERIFY(run->changed());
        QVERIFY(!run->cancelled);
        QCOMPARE(progressFiles, (QList<int>{1}));

        const QString before = snapshot(*m_db);
        const std::atomic_bool cancel{true};
        useCase.setProgress({});
        useCase.setCancelFlag(&cancel);
        auto cancelled = useCase.run({writeLiteLlm(2000), data(QStringLiteral("bedrock.jsonl"))}, {});
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->files.size(), qsizetype(1)); // the second file was not started
        QVERIFY(!cancelled->changed());
        QCOMPARE(snapshot(*m_db), before);
    }

    void useCaseRefusesAnUnknownMappingBeforeImporting()
    {
        const QString before = snapshot(*m_db);
        auto run = services::ImportUseCase(*m_db).run({data(QStringLiteral("litellm_spend.csv"))}, {},
                                                      QStringLiteral("no such mapping"));
        QVERIFY(!run.ok());
        QVERIFY2(run.errorMessage().contains(QLatin1String("no such mapping")), qPrintable(run.errorMessage()));
        QCOMPARE(snapshot(*m_db), before);
    }

    // Cancelled before the parser thread read its first record: it stops at once, the import
    // ends as cancelled, and neither the data nor the connection's settings changed.
    void cancelRightAfterStartLeavesDatabaseUnchanged()
    {
        const QString settings = connectionSettings();
        QVERIFY(run(data(QStringLiteral("bedrock.jsonl"))).ok());
        const QString before = snapshot(*m_db);
        const std::atomic_bool cancel{true};
        auto r = run(writeLiteLlm(5000), {}, &cancel);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->cancelled);
        QCOMPARE(r->imported, 0);
        QCOMPARE(snapshot(*m_db), before);
        QCOMPARE(connectionSettings(), settings);
        QVERIFY(!m_db->connection().inTransaction());
    }

    // The store refuses a write while the parser thread is running (or, for the batch row,
    // before it starts; for the history, after it ended): the import returns the error, no
    // thread is left behind, the database is exactly as before and the connection has its own
    // settings back, so the next import works.
    void storeErrorLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::newRow("batch row") << "BEFORE INSERT ON main.import_batch";
        // The first block of facts is written after about 4,000 of the 5,000 records.
        QTest::newRow("fact mid-file") << "BEFORE INSERT ON main.fact_block";
        QTest::newRow("problem") << "BEFORE INSERT ON main.import_problem";
        QTest::newRow("history") << "BEFORE UPDATE ON main.import_batch";
    }

    void storeErrorLeavesDatabaseUnchanged()
    {
        QFETCH(QString, trigger);
        const QString settings = connectionSettings();
        QVERIFY(run(data(QStringLiteral("bedrock.jsonl"))).ok());
        // 5000 records and, in the middle, a malformed one (a problem to store); chunks of 100.
        const QString path = writeLiteLlm(5000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        lines.insert(2000, "{\"request_id\": broken");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
        f.close();
        const QString before = snapshot(*m_db);
        QVERIFY(m_db->connection()
                    .exec(u"CREATE TEMP TRIGGER refuse " + trigger + u" BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
                    .ok());
        auto r = run(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"refused by test"), qPrintable(r.errorMessage()));
        QCOMPARE(snapshot(*m_db), before);
        QCOMPARE(connectionSettings(), settings);
        QVERIFY(!m_db->connection().inTransaction());

        QVERIFY(m_db->connection().exec("DROP TRIGGER temp.refuse").ok());
        auto again = run(path);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->imported, 5000);
        QCOMPARE(again->rejected, 1);
    }

    void detection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format"); // empty: no match
        QTest::addColumn<QString>("message");
        QTest::newRow("litellm jsonl") << "litellm_spend.jsonl" << "litellm" << "";
        QTest::newRow("litellm csv") << "litellm_spend.csv" << "litellm" << "";
        QTest::newRow("batch") << "batch_output.jsonl" << "openai-batch" << "";
        QTest::newRow("batch input") << "batch_input.jsonl" << "" << "Batch input file";
        QTest::newRow("bedrock gz") << "bedrock.jsonl.gz" << "bedrock" << "";
        QTest::newRow("langfuse") << "langfuse.jsonl" << "langfuse" << "";
        QTest::newRow("langfuse page") << "langfuse_page.json" << "langfuse" << "";
        QTest::newRow("focus gz") << "focus12_example.csv.gz" << "focus" << "";
        QTest::newRow("focus bom") << "focus_foreign.csv" << "focus" << "";
        QTest::newRow("generic csv") << "generic.csv" << "" << "column mapping";
        QTest::newRow("unrelated csv") << "unrelated.csv" << "" << "name, colour";
        QTest::newRow("unrelated json") << "unrelated.jsonl" << "" << "keys hello";
        QTest::newRow("utf-16") << "utf16.jsonl" << "" << "UTF-16";
        QTest::newRow("truncated gzip") << "bedrock_truncated.jsonl.gz" << "" << "truncated gzip";
        QTest::newRow("missing") << "no-such-file.jsonl" << "" << "does not exist";
    }

    void detection()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, message);
        auto d = ingest::FormatDetector::detect(data(file));
        if (format.isEmpty()) {
            QVERIFY(!d.ok());
            QVERIFY2(d.errorMessage().contains(message), qPrintable(d.errorMessage()));
        } else {
            QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
            QCOMPARE(ingest::formatName(d->format), format);
        }
    }

    void wrongExplicitFormatIsRefused()
    {
        const QString before = snapshot(*m_db);
        ingest::ImportOptions o;
        o.format = ingest::ImportFormat::Bedrock;
        auto r = run(data(QStringLiteral("litellm_spend.jsonl")), o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"LiteLLM"), qPrintable(r.errorMessage()));
        // A file of JSON lines that are not records of the format: refused, nothing written.
        o.format = ingest::ImportFormat::LiteLlm;
        auto u = run(data(QStringLiteral("unrelated.jsonl")), o);
        QVERIFY(!u.ok());
        QVERIFY2(u.errorMessage().contains(u"Nothing was imported"), qPrintable(u.errorMessage()));
        QCOMPARE(snapshot(*m_db), before);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("Z") << "2025-04-09T23:00:17Z" << qint64(1744239617);
        QTest::newRow("fraction offset") << "2025-04-09T23:00:17.123456+00:00" << qint64(1744239617);
        QTest::newRow("offset") << "2025-04-10T01:00:17+02:00" << qint64(1744239617);
        QTest::newRow("space no zone") << "2025-04-09 23:00:17" << qint64(1744239617);
        QTest::newRow("bigquery") << "2025-04-09 23:00:17 UTC" << qint64(1744239617);
        QTest::newRow("unix") << "1744239617" << qint64(1744239617);
        QTest::newRow("unix ms") << "1744239617123" << qint64(1744239617);
        QTest::newRow("date") << "2025-04-09" << qint64(1744156800);
        QTest::newRow("unix us") << "1744239617123456" << qint64(1744239617);
        QTest::newRow("unix 14 digits") << "17442396171234" << qint64(-1);
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800);
        QTest::newRow("no leap day") << "2025-02-29T00:00:00Z" << qint64(-1);
        QTest::newRow("31 February") << "2026-02-31" << qint64(-1);
        QTest::newRow("31 April") << "2026-04-31T10:00:00Z" << qint64(-1);
        QTest::newRow("bad") << "09/04/2025" << qint64(-1);
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, secs);
        const auto t = ingest::parseTimestamp(text.toStdString());
        QCOMPARE(t ? qint64(*t) : qint64(-1), secs);
    }
};

QTEST_GUILESS_MAIN(TestIngestBehaviour)
#include "tst_ingest_behaviour.moc"
