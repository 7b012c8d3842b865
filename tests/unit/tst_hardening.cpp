// Issue 18, defects 5–9 at the level of the classes: file permissions, the lock note and the
// locked message, control characters, catalog validation (and the LiteLLM reader's speed),
// the format detector's messages, and write errors that name their cause.
#include "TestSupport.h"

#include "core/FileError.h"
#include "domain/UsageFact.h"
#include "ingest/FormatDetector.h"
#include "pricing/LiteLlmCatalog.h"
#include "pricing/PriceCatalog.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/LockWait.h"
#include "store/Sqlite.h"
#include "store/WriterNote.h"
#include "text/ControlCharacters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <span>

#include <sys/stat.h>
#include <unistd.h>

using namespace tl;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 0777;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QString catalogError(const QByteArray &models)
{
    const QByteArray json = "{\"format\": \"tokenledger-catalog\", \"version\": 1, \"models\": [" + models + "]}";
    auto c = pricing::PriceCatalog::fromTokenLedgerJson(json, QStringLiteral("c.json"));
    return c ? QString() : c.errorMessage();
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 9. New databases are 0600, and so are the files SQLite keeps beside them.
    void newDatabaseIsPrivate()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(022);
        auto db = test::openTempDatabase(dir);
        ::umask(old);
        QVERIFY(db);
        QVERIFY((db->connection().exec("CREATE TABLE t_probe (x); INSERT INTO t_probe VALUES (1)")).ok());
        const QString path = dir.filePath(QStringLiteral("test.db"));
        QCOMPARE(modeOf(path), 0600u);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600u);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600u);

        // The helper for copies (backups) makes the same kind of file, and keeps an existing one.
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(store::createPrivateFile(copy).ok());
        QCOMPARE(modeOf(copy), 0600u);
        QVERIFY(store::createPrivateFile(copy).ok());
    }

    // 5. The note a writer leaves, and what a second writer is told.
    void writerNoteNamesTheHolder()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        const QString file = QFileInfo(dir.filePath(QStringLiteral("test.db"))).canonicalFilePath();
        {
            store::WriterNote note(*db, QStringLiteral("an import"));
            QVERIFY(QFileInfo::exists(store::WriterNote::notePath(file)));
            QCOMPARE(modeOf(store::WriterNote::notePath(file)), 0600u);
            // Our own note does not describe someone else.
            QVERIFY(store::WriterNote::describeHolder(file).isEmpty());
        }
        QVERIFY(!QFileInfo::exists(store::WriterNote::notePath(file)));

        // A note of a live process (our parent) is described; one of a dead process is not.
        const auto note = [&](qint64 pid) {
            QFile f(store::WriterNote::notePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral("{\"pid\": %1, \"what\": \"an import\", \"started\": \"2026-01-02T12:03:00Z\"}")
                        .arg(pid)
                        .toUtf8());
        };
        note(::getppid());
        const QString holder = store::WriterNote::describeHolder(file);
        QVERIFY2(holder.startsWith(QStringLiteral("an import by pid %1, started ").arg(::getppid())),
                 qPrintable(holder));
        note(999999999);
        QVERIFY(store::WriterNote::describeHolder(file).isEmpty());
    }

    // 5. A second writer waits (and says so), then fails with the file and the holder named,
    // not a bare "database is locked".
    void secondWriterWaitsThenNamesFileAndHolder()
    {
        QTemporaryDir dir;
        auto first = test::openTempDatabase(dir);
        QVERIFY(first);
        const QString path = dir.filePath(QStringLiteral("test.db"));
        auto second = store::Database::open(path);
        QVERIFY(second);

        store::LockWait wait;
        wait.timeoutMs = 1500;
        QStringList notices;
        wait.onWaiting = [&](const QString &file, const QString &holder, int waitedMs) {
            notices << QStringLiteral("%1|%2|%3").arg(file, holder).arg(waitedMs);
        };
        store::setLockWait(wait);
        {
            store::Transaction holding(first->connection());
            QVERIFY(holding.isActive());
            QElapsedTimer t;
            t.start();
            store::Transaction blocked((*second)->connection());
            QVERIFY(!blocked.isActive());
            QVERIFY(t.elapsed() >= 1400);
            QVERIFY2(blocked.beginError().contains(QStringLiteral("test.db")), qPrintable(blocked.beginError()));
            QVERIFY(blocked.beginError().contains(QStringLiteral("is busy")));
            QVERIFY(!blocked.beginError().contains(QStringLiteral("database is locked")));
            QCOMPARE(notices.size(), 1); // after a second, once
            QVERIFY(notices.first().contains(QStringLiteral("test.db|")));
        }
        // Once the first writer is done, the second gets the lock at once: the outcome does not
        // depend on timing within the limit.
        store::Transaction later((*second)->connection());
        QVERIFY(later.isActive());
        store::setLockWait(store::LockWait{});
    }

    // 7. Control characters: neutralised for the terminal, replaced in stored values.
    void controlCharacters()
    {
        using text::ControlCharacters;
        QCOMPARE(ControlCharacters::escapedForTerminal(QStringLiteral("a\u001b]0;pwned\u0007b\nc\td\r")),
                 QStringLiteral("a\\x1b]0;pwned\\x07b\nc\td\\r"));
        QCOMPARE(ControlCharacters::escapedForTerminal(QString(QChar(0)) + QChar(0x9b) + u"x"),
                 QStringLiteral("\\0\\x9bx"));
        QCOMPARE(ControlCharacters::escapedForTerminal(QStringLiteral("plain ü €")), QStringLiteral("plain ü €"));
        QCOMPARE(ControlCharacters::replacedForStorage(QStringLiteral("al") + QChar(0) + u"ice\u001b"),
                 QStringLiteral("al\uFFFDice\uFFFD"));
    }

    void nulInDimensionIsNotStored()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        UsageFact f;
        f.recordKey = QStringLiteral("t:1");
        f.start = 1'750'000'000;
        f.provider = QStringLiteral("openai");
        f.model = QStringLiteral("gpt-4o");
        f.user = QStringLiteral("ali") + QChar(0) + QStringLiteral("ce\u001b]0;x\u0007");
        f.tokens.requests = 1;
        store::FactStore facts(*db);
        auto batch = facts.beginBatch(QStringLiteral("test"), QStringLiteral("test"));
        QVERIFY(batch.ok());
        store::Transaction tx(db->connection());
        QVERIFY(facts.insertFacts(*batch, std::span<const UsageFact>(&f, 1)).ok());
        QVERIFY(tx.commit().ok());
        auto st = db->connection().prepare("SELECT value FROM dim WHERE kind = 6");
        QVERIFY(st.ok());
        QCOMPARE(st->step(), store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("ali\uFFFDce\uFFFD]0;x\uFFFD"));
    }

    // 6. Catalog validation: each case refused with the entry named.
    void catalogValidation_data()
    {
        QTest::addColumn<QByteArray>("models");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = "\"input\": \"1.00\", \"output\": \"2.00\"";
        QTest::newRow("negative threshold")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"input\": \"1\", \"output\": \"2\", \"long_context\": {\"threshold\": -5, \"input\": \"2\"}}]}")
            << QStringLiteral("c.json: models[0] (m): 'long_context.threshold' must be a positive number of tokens");
        QTest::newRow("from after to")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"from\": \"2026-05-01\", \"to\": \"2026-04-01\", " + ok + "}]}")
            << QStringLiteral("c.json: models[0] (m): 'from' (2026-05-01) must be before 'to' (2026-04-01");
        QTest::newRow("overlapping ranges")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"from\": \"2026-01-01\", \"to\": \"2026-06-01\", " + ok
                          + "}, {\"from\": \"2026-05-01\", " + ok + "}]}")
            << QStringLiteral("c.json: models[0] (m): its prices overlap those of c.json: models[0] for p/m");
        QTest::newRow("price rounds to zero")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"input\": \"0.0000000001\", \"output\": \"2\"}]}")
            << QStringLiteral("c.json: models[0] (m): 'input' is 0.0000000001, which rounds to zero");
        QTest::newRow("empty model")
            << QByteArray("{\"provider\": \"p\", \"model\": \" \", \"prices\": [{" + ok + "}]}")
            << QStringLiteral("c.json: models[0]: 'provider' and 'model' must not be empty");
        QTest::newRow("alias is another model")
            << QByteArray("{\"provider\": \"p\", \"model\": \"a\", \"aliases\": [\"b\"], \"prices\": [{" + ok
                          + "}]}, {\"provider\": \"p\", \"model\": \"b\", \"prices\": [{" + ok + "}]}")
            << QStringLiteral("c.json: models[0] (a): the alias 'b' is the id of another model (c.json: models[1])");
        QTest::newRow("duplicate key")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"input\": \"1\", \"input\": \"0\", \"output\": \"2\"}]}")
            << QStringLiteral("c.json: the key \"input\" appears twice in one object");
        QTest::newRow("duplicate model")
            << QByteArray("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{" + ok
                          + "}]}, {\"provider\": \"p\", \"model\": \"m\", \"prices\": [{" + ok + "}]}")
            << QStringLiteral("c.json: models[1] (m): its prices overlap those of c.json: models[0] for p/m");
    }
    void catalogValidation()
    {
        QFETCH(QByteArray, models);
        QFETCH(QString, expected);
        const QString error = catalogError(models);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void catalogStillAcceptsGoodFiles()
    {
        QVERIFY(!pricing::PriceCatalog::builtin().isEmpty());
        QFile f(QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/custom-small.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(pricing::PriceCatalog::fromTokenLedgerJson(f.readAll(), QStringLiteral("x")).ok());
        // Adjacent periods (to = next from) do not overlap.
        QCOMPARE(catalogError("{\"provider\": \"p\", \"model\": \"m\", \"prices\": [{\"to\": \"2026-06-01\", \"input\": \"1\", \"output\": \"2\"}, {\"from\": \"2026-06-01\", \"input\": \"1\", \"output\": \"2\"}]}"),
                 QString());
    }

    // 6. LiteLLM: refusals name the model and the key; reading is linear in the models.
    void liteLlmRefusalsNameModelAndKey()
    {
        const QByteArray json = "{\n" "            \"neg-model\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": -1e-6, \"output_cost_per_token\": 1e-6},\n" "            \"str-model\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": \"0.000001\", \"output_cost_per_token\": 1e-6},\n" "            \"good-model\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": 1e-6, \"output_cost_per_token\": 2e-6}\n" "        }";
        QList<pricing::SkippedEntry> skipped;
        auto c = pricing::parseLiteLlmCatalog(json, QStringLiteral("l.json"), &skipped);
        QVERIFY(c.ok());
        QCOMPARE(c->entries().size(), 1);
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped[0].model, QStringLiteral("neg-model"));
        QVERIFY2(skipped[0].reason.contains(QStringLiteral("'input_cost_per_token' is negative")), qPrintable(skipped[0].reason));
        QCOMPARE(skipped[1].model, QStringLiteral("str-model"));
        QVERIFY2(skipped[1].reason.contains(QStringLiteral("'input_cost_per_token' is not a number: \"0.000001\"")),
                 qPrintable(skipped[1].reason));

        const QByteArray dup = "{\"m\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-6, \"input_cost_per_token\": 2e-6, \"output_cost_per_token\": 1e-6}}";
        auto d = pricing::parseLiteLlmCatalog(dup, QStringLiteral("l.json"), nullptr);
        QVERIFY(!d.ok());
        QVERIFY2(d.errorMessage().contains(QStringLiteral("\"input_cost_per_token\" appears twice")), qPrintable(d.errorMessage()));
    }

    void liteLlmFirstDuplicateInFileOrderWins()
    {
        const QByteArray json = "{\n" "            \"zeta/gpt-x\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-6, \"output_cost_per_token\": 1e-6},\n" "            \"openai/gpt-x\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 3e-6, \"output_cost_per_token\": 3e-6},\n" "            \"gpt-x\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 5e-6, \"output_cost_per_token\": 5e-6}\n" "        }";
        QList<pricing::SkippedEntry> skipped;
        auto c = pricing::parseLiteLlmCatalog(json, QStringLiteral("l.json"), &skipped);
        QVERIFY(c.ok());
        QCOMPARE(c->entries().size(), 1);
        QCOMPARE(c->entries().first().prices.input.toDecimalString(2), QStringLiteral("3.00"));
        QCOMPARE(skipped.last().model, QStringLiteral("gpt-x"));
        QVERIFY(skipped.last().reason.contains(QStringLiteral("duplicate of openai/gpt-x")));
    }

    void liteLlmReadingIsLinear()
    {
        // 20,000 and 80,000 models: four times the models may take about four times as long,
        // never sixteen (quadratic). Generous bound for a loaded machine.
        const auto build = [](int n) -> QByteArray {
            QByteArray json = "{";
            for (int i = 0; i < n; ++i) {
                if (i)
                    json += ',';
                json += "\"model-" + QByteArray::number(i)
                        + "\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": 1e-6, \"output_cost_per_token\": 2e-6}";
            }
            return json + '}';
        };
        const auto time = [](const QByteArray &json, int expected) {
            QElapsedTimer t;
            t.start();
            auto c = pricing::parseLiteLlmCatalog(json, QStringLiteral("l.json"), nullptr);
            const qint64 ms = t.elapsed();
            return c && c->entries().size() == expected ? ms : -1;
        };
        const QByteArray small = build(20000), large = build(80000);
        const qint64 a = time(small, 20000), b = time(large, 80000);
        QVERIFY(a >= 0 && b >= 0);
        qInfo("LiteLLM catalog: 20,000 models %lld ms, 80,000 models %lld ms", a, b);
        QVERIFY2(b < 10 * std::max<qint64>(a, 20), qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(a).arg(b)));
    }

    // 8. The format detector's messages for files it cannot read.
    void detectorMessages()
    {
        QTemporaryDir dir;
        // A first line over 1 MiB is not "not a complete JSON object".
        QByteArray longLine = "{\"request_id\": \"x\", \"pad\": \"" + QByteArray(1100 * 1024, 'a') + "\"}\n";
        auto r = ingest::FormatDetector::detect(writeFile(dir, QStringLiteral("long.jsonl"), longLine));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("more than the 1 MiB")), qPrintable(r.errorMessage()));

        // UTF-16 without a BOM.
        const QString text = QStringLiteral("request_id,startTime,model\nr1,2025-01-01T00:00:00Z,gpt-4o\n");
        QByteArray utf16;
        for (const QChar c : text) {
            utf16 += char(c.unicode() & 0xFF);
            utf16 += char(c.unicode() >> 8);
        }
        r = ingest::FormatDetector::detect(writeFile(dir, QStringLiteral("u16.csv"), utf16));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("UTF-16")), qPrintable(r.errorMessage()));
        QVERIFY(!r.errorMessage().contains(QStringLiteral("columns")));

        // Random bytes are not printed as column names.
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 4096; ++i) {
            x = x * 1103515245u + 12345u;
            noise += char(x >> 24);
        }
        r = ingest::FormatDetector::detect(writeFile(dir, QStringLiteral("noise.csv"), noise));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("binary data")), qPrintable(r.errorMessage()));

        // A CSV of UTF-8 text with a long multi-byte line is still text.
        QByteArray csv = "a,b\n" + QByteArray("ü").repeated(20000) + ",x\n";
        r = ingest::FormatDetector::detect(writeFile(dir, QStringLiteral("text.csv"), csv));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("with the columns a, b")), qPrintable(r.errorMessage()));
    }

    // 8. A write that fails late names the cause, not "Unknown error".
    void fileErrorNamesTheCause()
    {
        QSaveFile f(QStringLiteral("/nonexistent-folder/x.csv"));
        QCOMPARE(FileError::describe(f, ENOSPC).left(17), QStringLiteral("the disk is full "));
        QCOMPARE(FileError::describe(f, EFBIG), QString::fromLocal8Bit(std::strerror(EFBIG)));
        QVERIFY(!FileError::describe(f, 0).contains(QStringLiteral("Unknown error")));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
