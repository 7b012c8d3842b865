// Issue 18, through the real programs and files: money that cannot overflow (a LiteLLM line
// of 10^17 prompt tokens, a price of 9,000,000,000 per million), bounded memory for any input
// (a gzip bomb, measured as the child's peak RSS), and damage that is detected instead of
// answered around (random bytes over a page of rollup_day / rollup_hour: summary and
// budgets check fail naming the file; check --repair restores the right totals).
#include "TestSupport.h"
#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

extern char **environ;

using namespace tl;
using json = nlohmann::json;

// Built with AddressSanitizer (preset asan): memory figures include its shadow memory and the
// quarantine of freed blocks, so memory bounds are checked more loosely there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

namespace {

struct MeasuredRun
{
    int exitCode = -1;
    long peakRssKiB = 0;
    QByteArray err;
};

// Runs the CLI as a child of its own (posix_spawn + wait4), so that its peak resident memory
// is the child's alone.
MeasuredRun runMeasured(const QStringList &arguments, const QString &errFile)
{
    QList<QByteArray> argv8{QByteArrayLiteral(TOKENLEDGER_CLI_PATH)};
    for (const QString &a : arguments)
        argv8 << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray errPath = errFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    MeasuredRun r;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    r.peakRssKiB = usage.ru_maxrss;
    QFile f(errFile);
    if (f.open(QIODevice::ReadOnly))
        r.err = f.readAll();
    return r;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void gzipBombStaysSmall();
    void hugeTokenCountIsRejectedWithLineAndField();
    void tokenCountAtTheLimitIsImported();
    void hugePriceIsOutOfRangeNotNegative();
    void longUserNameIsRejected();
    void damagedDailyRollupFailsSummary();
    void damagedHourlyRollupFailsBudgetsCheck();
    void quickCheckFindsNothingOnAHealthyFile();
    void openingTheFileAgainKeepsTheOtherConnectionsLocks();

private:
    test::CliRun cli(const QString &db, QStringList args) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }
    // Overwrites the root page of `table` with random bytes.
    void damageRootPage(const QString &dbPath, const char *table);
    QString freshDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReliability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    // The demo's usage only: these tests set up budgets of their own.
    const auto demo = test::runCli({QStringLiteral("--db"), m_demo, QStringLiteral("demo"), QStringLiteral("--end"),
                                    QStringLiteral("2026-11-26"), QStringLiteral("--usage-only")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestReliability::gzipBombStaysSmall()
{
    // 320 MiB of zeros without a line break, compressed to well under a megabyte.
    const QString bomb = m_dir.filePath(QStringLiteral("bomb.jsonl.gz"));
    {
        gzFile out = gzopen(QFile::encodeName(bomb).constData(), "wb6");
        QVERIFY(out);
        const QByteArray zeros(1 << 20, '\0');
        for (int i = 0; i < 320; ++i)
            QCOMPARE(gzwrite(out, zeros.constData(), unsigned(zeros.size())), zeros.size());
        QCOMPARE(gzclose(out), Z_OK);
    }
    QVERIFY(QFileInfo(bomb).size() < 2 * 1024 * 1024);
    const MeasuredRun r = runMeasured({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("bomb.db")),
                                       QStringLiteral("import"), bomb},
                                      m_dir.filePath(QStringLiteral("bomb.err")));
    qInfo("gzip bomb import: exit %d, peak RSS %ld MiB", r.exitCode, r.peakRssKiB / 1024);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("line 1 of bomb.jsonl.gz is longer than 64 MiB"), r.err.constData());
    // The limit (64 MiB) plus the program's ordinary footprint; before, this took 4.2 GB.
    // (Under AddressSanitizer its shadow memory and quarantine come on top.)
    const long boundKiB = (kAddressSanitizer ? 800 : 300) * 1024;
    QVERIFY2(r.peakRssKiB < boundKiB, QByteArray::number(qint64(r.peakRssKiB)).constData());
}

void TestReliability::hugeTokenCountIsRejectedWithLineAndField()
{
    const QString db = m_dir.filePath(QStringLiteral("huge.db"));
    const QString file = writeFile(
        QStringLiteral("huge.jsonl"),
        R"({"request_id":"r1","prompt_tokens":200,"completion_tokens":10,"startTime":"2025-06-14 11:30:00","model":"gpt-4o-mini","custom_llm_provider":"openai"}
{"request_id":"r2","prompt_tokens":100000000000000000,"completion_tokens":10,"startTime":"2025-06-14 11:31:00","model":"gpt-4o-mini","custom_llm_provider":"openai"}
)");
    const auto imp = cli(db, {QStringLiteral("import"), file});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const QByteArray all = imp.out + imp.err;
    QVERIFY2(all.contains("prompt_tokens") && all.contains("10^12"), all.constData());
    const auto sum = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(sum.exitCode == 0, sum.err.constData());
    const json j = json::parse(sum.out.toStdString());
    QCOMPARE(j["requests"].get<std::int64_t>(), std::int64_t(1));
    QVERIFY(j["cost"].get<std::string>()[0] != '-');
}

void TestReliability::tokenCountAtTheLimitIsImported()
{
    // 10^12 prompt tokens of gpt-4o-mini cost $150,000: exact, positive, stored.
    const QString db = m_dir.filePath(QStringLiteral("limit.db"));
    const QString file = writeFile(
        QStringLiteral("limit.jsonl"),
        R"({"request_id":"r1","prompt_tokens":1000000000000,"completion_tokens":0,"startTime":"2025-06-14 11:30:00","model":"gpt-4o-mini","custom_llm_provider":"openai"}
{"request_id":"r2","prompt_tokens":1000000000001,"completion_tokens":0,"startTime":"2025-06-14 11:30:00","model":"gpt-4o-mini","custom_llm_provider":"openai"}
)");
    const auto imp = cli(db, {QStringLiteral("import"), file});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const auto sum = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(sum.exitCode == 0, sum.err.constData());
    const json j = json::parse(sum.out.toStdString());
    QCOMPARE(j["requests"].get<std::int64_t>(), std::int64_t(1));
    QCOMPARE(j["input_tokens"].get<std::int64_t>(), 1'000'000'000'000);
    QCOMPARE(QString::fromStdString(j["cost"].get<std::string>()), QStringLiteral("150000.00"));
}

void TestReliability::hugePriceIsOutOfRangeNotNegative()
{
    // The tester's catalog: 9,000,000,000 per million; 2 M tokens would be 18 billion, beyond
    // the money range. Before: −$446,744,073.71. Now: out of range, no cost.
    pricing::ModelPrice p;
    p.provider = QStringLiteral("openai");
    p.model = QStringLiteral("pricey");
    p.prices.input = *Money::parse(u"9000000000");
    p.prices.output = *Money::parse(u"9000000000");
    pricing::PriceCatalog catalog;
    catalog.add(p);
    pricing::CostEngine engine(catalog);
    TokenCounts t;
    t.requests = 1;
    t.uncachedInput = 2'000'000;
    const auto priced = engine.price(QStringLiteral("openai"), QStringLiteral("pricey"), QDate(2026, 1, 1),
                                     QStringLiteral("standard"), t, true);
    QVERIFY(priced.outOfRange);
    QVERIFY(priced.cost.total().isZero());
    // One million tokens (9 billion) still fits, exactly.
    t.uncachedInput = 1'000'000;
    const auto fits = engine.price(QStringLiteral("openai"), QStringLiteral("pricey"), QDate(2026, 1, 1),
                                   QStringLiteral("standard"), t, true);
    QVERIFY(!fits.outOfRange);
    QCOMPARE(fits.cost.total(), Money::fromUnits(9'000'000'000));
    // Parts that fit alone but not together.
    t.output = 1'000'000;
    const auto sum = engine.price(QStringLiteral("openai"), QStringLiteral("pricey"), QDate(2026, 1, 1),
                                  QStringLiteral("standard"), t, true);
    QVERIFY(sum.outOfRange);
}

void TestReliability::longUserNameIsRejected()
{
    const QString db = m_dir.filePath(QStringLiteral("long.db"));
    const QByteArray name(2000, 'u');
    const QString file = writeFile(
        QStringLiteral("long.jsonl"),
        R"({"request_id":"r1","prompt_tokens":200,"completion_tokens":10,"startTime":"2025-06-14 11:30:00","model":"gpt-4o-mini","custom_llm_provider":"openai","user":"short"}
{"request_id":"r2","prompt_tokens":200,"completion_tokens":10,"startTime":"2025-06-14 11:30:00","model":"gpt-4o-mini","custom_llm_provider":"openai","user":")"
            + name + R"("}
)");
    const auto imp = cli(db, {QStringLiteral("import"), file});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const QByteArray all = imp.out + imp.err;
    QVERIFY2(all.contains("user") && all.contains("1024"), all.constData());
    const auto sum = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QCOMPARE(json::parse(sum.out.toStdString())["requests"].get<std::int64_t>(), std::int64_t(1));
}

void TestReliability::damageRootPage(const QString &dbPath, const char *table)
{
    std::int64_t root = 0, pageSize = 0;
    {
        auto c = store::Connection::open(dbPath, store::Connection::OpenMode::ReadOnly);
        QVERIFY(c.ok());
        auto st = (*c)->prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?");
        QVERIFY(st.ok());
        st->bind(1, QString::fromLatin1(table));
        QVERIFY(st->step() == store::Statement::Step::Row);
        root = st->columnInt64(0);
        auto size = (*c)->queryInt("PRAGMA page_size");
        QVERIFY(size.ok());
        pageSize = *size;
    }
    QVERIFY(root > 1);
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-wal")) || QFileInfo(dbPath + QStringLiteral("-wal")).size() == 0);
    QFile f(dbPath);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((root - 1) * pageSize));
    QByteArray noise(int(pageSize), '\0');
    QRandomGenerator rng(18);
    for (char &c : noise)
        c = char(rng.bounded(256));
    QCOMPARE(f.write(noise), qint64(pageSize));
}

void TestReliability::damagedDailyRollupFailsSummary()
{
    const QString db = freshDemo(QStringLiteral("day.db"));
    const auto before = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const json truth = json::parse(before.out.toStdString());
    QVERIFY(truth["requests"].get<std::int64_t>() > 0);

    damageRootPage(db, "rollup_day");
    const auto damaged = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(damaged.exitCode != 0, damaged.out.constData());
    QVERIFY2(damaged.err.contains(db.toLocal8Bit()) && damaged.err.contains("damaged"), damaged.err.constData());

    const auto check = cli(db, {QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const auto repair = cli(db, {QStringLiteral("check"), QStringLiteral("--repair")});
    QVERIFY2(repair.exitCode == 0, QByteArray(repair.out + repair.err).constData());
    QVERIFY2(repair.out.contains("Backed up to"), repair.out.constData());

    const auto after = cli(db, {QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    const json repaired = json::parse(after.out.toStdString());
    QCOMPARE(QString::fromStdString(repaired["requests"].dump()), QString::fromStdString(truth["requests"].dump()));
    QCOMPARE(QString::fromStdString(repaired["cost"].dump()), QString::fromStdString(truth["cost"].dump()));
    QCOMPARE(QString::fromStdString(repaired["input_tokens"].dump()), QString::fromStdString(truth["input_tokens"].dump()));
    QCOMPARE(QString::fromStdString(repaired["output_tokens"].dump()), QString::fromStdString(truth["output_tokens"].dump()));
}

void TestReliability::damagedHourlyRollupFailsBudgetsCheck()
{
    const QString db = freshDemo(QStringLiteral("hour.db"));
    const auto add = cli(db, {QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Org"), QStringLiteral("--amount"), QStringLiteral("1000000"),
                              QStringLiteral("--scope"), QStringLiteral("organisation")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const QStringList checkArgs{QStringLiteral("budgets"), QStringLiteral("check"), QStringLiteral("--json"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-11-26"),
                                QStringLiteral("--time-zone"), QStringLiteral("UTC")};
    const auto before = cli(db, checkArgs);
    QVERIFY2(before.exitCode == 0, before.err.constData());

    damageRootPage(db, "rollup_hour");
    const auto damaged = cli(db, checkArgs);
    QVERIFY2(damaged.exitCode != 0 && damaged.exitCode != 3, damaged.out.constData());
    QVERIFY2(damaged.err.contains(db.toLocal8Bit()), damaged.err.constData());

    const auto repair = cli(db, {QStringLiteral("check"), QStringLiteral("--repair")});
    QVERIFY2(repair.exitCode == 0, QByteArray(repair.out + repair.err).constData());
    const auto after = cli(db, checkArgs);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    // The same spend, forecast and state as before the damage (new_alerts may differ: the
    // first check recorded them).
    QCOMPARE(QString::fromStdString(json::parse(after.out.toStdString())["budgets"].dump()),
             QString::fromStdString(json::parse(before.out.toStdString())["budgets"].dump()));
}

void TestReliability::quickCheckFindsNothingOnAHealthyFile()
{
    const QString db = freshDemo(QStringLiteral("healthy.db"));
    const auto quick = cli(db, {QStringLiteral("check")});
    QVERIFY2(quick.exitCode == 0, QByteArray(quick.out + quick.err).constData());
    QVERIFY(quick.out.contains("no damage found"));
    const auto full = cli(db, {QStringLiteral("check"), QStringLiteral("--full")});
    QVERIFY2(full.exitCode == 0, QByteArray(full.out + full.err).constData());
}

// The session's connection stays open while workers open the same file again (imports,
// syncs, ledger pulls, the dashboard's reader) and another process (tokenledger-cli) opens and
// closes it. Reading the file's header with QFile used to drop every POSIX lock this process
// held on the file when it closed it: the CLI then took itself for the file's last user and
// removed the WAL on exit, and the session read the database as malformed after the next write.
void TestReliability::openingTheFileAgainKeepsTheOtherConnectionsLocks()
{
    const QString path = freshDemo(QStringLiteral("locks.db"));
    auto session = store::Database::open(path);
    QVERIFY(session);
    const qint64 facts = (*session)->connection().queryInt("SELECT count(*) FROM usage_fact").value();
    QVERIFY(facts > 0);
    for (int round = 0; round < 3; ++round) {
        {
            auto worker = store::openWorkerDatabase(path);
            QVERIFY(worker);
            QVERIFY((*worker)->setSetting(QStringLiteral("locks-before-cli"), QString::number(round)));
        }
        const auto summary = cli(path, {QStringLiteral("summary")});
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        {
            auto worker = store::openWorkerDatabase(path);
            QVERIFY(worker);
            QVERIFY((*worker)->setSetting(QStringLiteral("locks-after-cli"), QString::number(round)));
        }
        auto n = (*session)->connection().queryInt("SELECT count(*) FROM usage_fact");
        QVERIFY2(n, qPrintable(n.errorMessage()));
        QCOMPARE(*n, facts);
        QCOMPARE((*session)->setting(QStringLiteral("locks-after-cli")), QString::number(round));
    }
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
