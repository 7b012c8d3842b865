// LiteLLM's own PostgreSQL database as a source (`tokenledger-cli import-litellm-db URL`):
// the daily spend tables of a LiteLLM proxy, created here as LiteLLM's migrations create them,
// are read into the local database with exact totals; reading again adds nothing, a day whose
// figures grew replaces its record, and a password in the URL is refused without being echoed.
// Skips where PostgreSQL is not installed.
#include "CliOutput.h"
#include "PostgresServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace tl;
using namespace tl::test;

namespace {

const QStringList kPasswordVariables{QStringLiteral("TOKENLEDGER_LITELLM_DB_PASSWORD"),
                                     QStringLiteral("TOKENLEDGER_LEDGER_PASSWORD"),
                                     QStringLiteral("CREDENTIALS_DIRECTORY"), QStringLiteral("PGPASSWORD")};

CliRun cli(const QStringList &arguments)
{
    return runServing(QStringLiteral(TOKENLEDGER_CLI_PATH), arguments, kPasswordVariables);
}

// The columns of LiteLLM's daily spend tables (its Prisma schema), owner column by table.
QString dailyTable(const QString &table, const QString &owner)
{
    return QStringLiteral(
               "CREATE TABLE \"%1\" (id TEXT NOT NULL PRIMARY KEY, %2 TEXT, date TEXT NOT NULL, "
               "api_key TEXT NOT NULL, model TEXT, model_group TEXT, custom_llm_provider TEXT, "
               "mcp_namespaced_tool_name TEXT, "
               "prompt_tokens BIGINT NOT NULL DEFAULT 0, completion_tokens BIGINT NOT NULL DEFAULT 0, "
               "cache_read_input_tokens BIGINT NOT NULL DEFAULT 0, "
               "cache_creation_input_tokens BIGINT NOT NULL DEFAULT 0, "
               "spend DOUBLE PRECISION NOT NULL DEFAULT 0.0, api_requests BIGINT NOT NULL DEFAULT 0, "
               "successful_requests BIGINT NOT NULL DEFAULT 0, failed_requests BIGINT NOT NULL DEFAULT 0, "
               "created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TIMESTAMP(3) NOT NULL);")
        .arg(table, owner);
}

} // namespace

class TestLiteLlmDb : public QObject
{
    Q_OBJECT
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    QString m_url;

    QString sql(const QString &statement)
    {
        QString why;
        const QString out = m_pg.psql(QStringLiteral("litellm"), statement, &why);
        if (out.isNull())
            qWarning() << why;
        return out;
    }
    QJsonObject import(const QString &db, const QStringList &extra = {})
    {
        auto r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import-litellm-db"), m_url,
                                 QStringLiteral("--json")}
                     + extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return cliJson(r);
    }
    QJsonObject summary(const QString &db, const QString &groupBy = {})
    {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                         QStringLiteral("--json")};
        if (!groupBy.isEmpty())
            args << QStringLiteral("--group-by") << groupBy;
        auto r = cli(args);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return cliJson(r);
    }
    static QJsonObject table(const QJsonObject &run, int i)
    {
        return run.value(QStringLiteral("tables")).toArray().at(i).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); ./build.sh deps installs it");
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("litellm"), &why), qPrintable(why));
        m_url = m_pg.url(QStringLiteral("litellm"));
        QVERIFY(!sql(dailyTable(QStringLiteral("LiteLLM_DailyUserSpend"), QStringLiteral("user_id"))).isNull());
        QVERIFY(!sql(dailyTable(QStringLiteral("LiteLLM_DailyTeamSpend"), QStringLiteral("team_id"))).isNull());
        // Two days of alice and bob; u2 names its provider in the model; u3 holds a key in the clear.
        QVERIFY(!sql(QStringLiteral(
                         "INSERT INTO \"LiteLLM_DailyUserSpend\" (id, user_id, date, api_key, model, model_group, "
                         "custom_llm_provider, prompt_tokens, completion_tokens, cache_read_input_tokens, "
                         "cache_creation_input_tokens, spend, api_requests, successful_requests, failed_requests, "
                         "updated_at) VALUES "
                         "('u1', 'alice', '2026-11-02', 'a1b2c3d4e5f6', 'gpt-4o', 'gpt-4o', 'openai', 1000, 200, 300, 0, "
                         " 1.25, 4, 4, 0, '2026-11-02 23:00:00'), "
                         "('u2', 'bob', '2026-11-02', 'f6e5d4c3b2a1', 'anthropic/claude-sonnet-4-20250514', 'sonnet', "
                         " 'anthropic', 500, 100, 0, 100, 0.5, 2, 2, 0, '2026-11-02 23:10:00'), "
                         "('u3', 'alice', '2026-11-03', 'sk-live1234567890wxyz', 'gpt-4o', 'gpt-4o', 'openai', 2000, 0, "
                         " 0, 0, 0.25, 1, 1, 0, '2026-11-03 08:00:00')"))
                     .isNull());
        QVERIFY(!sql(QStringLiteral(
                         "INSERT INTO \"LiteLLM_DailyTeamSpend\" (id, team_id, date, api_key, model, "
                         "custom_llm_provider, prompt_tokens, completion_tokens, spend, api_requests, updated_at) "
                         "VALUES ('t1', 'team-a', '2026-11-04', 'a1b2c3d4e5f6', 'gpt-4o', 'openai', 100, 10, 1.75, 1, "
                         "'2026-11-04 10:00:00')"))
                     .isNull());
    }

    void importTwiceThenGrownDay()
    {
        const QString db = m_dir.filePath(QStringLiteral("local.db"));
        // The user table only, by default.
        QJsonObject run = import(db);
        QCOMPARE(run.value(QStringLiteral("tables")).toArray().size(), 1);
        QCOMPARE(table(run, 0).value(QStringLiteral("table")).toString(), QStringLiteral("LiteLLM_DailyUserSpend"));
        QCOMPARE(table(run, 0).value(QStringLiteral("read")).toInt(), 3);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 3);
        QCOMPARE(table(run, 0).value(QStringLiteral("watermark")).toString(),
                 QStringLiteral("2026-11-03T08:00:00.000000"));

        QJsonObject s = summary(db);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 7);
        // prompt_tokens includes the cache reads and writes: 700 + 400 + 2000 uncached.
        QCOMPARE(s.value(QStringLiteral("input_tokens")).toInt(), 3100);
        QCOMPARE(s.value(QStringLiteral("cache_read_tokens")).toInt(), 300);
        QCOMPARE(s.value(QStringLiteral("cache_write_tokens")).toInt(), 100);
        QCOMPARE(s.value(QStringLiteral("output_tokens")).toInt(), 300);
        QCOMPARE(s.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("2.00"));

        const QJsonArray byUser = summary(db, QStringLiteral("user,provider")).value(QStringLiteral("groups")).toArray();
        QHash<QString, QString> billed;
        for (const QJsonValue &g : byUser) {
            const QJsonObject key = g.toObject().value(QStringLiteral("key")).toObject();
            billed.insert(key.value(QStringLiteral("user")).toString() + u'/'
                              + key.value(QStringLiteral("provider")).toString(),
                          g.toObject().value(QStringLiteral("billed_cost")).toString());
        }
        QCOMPARE(billed.value(QStringLiteral("alice/openai")), QStringLiteral("1.50"));
        QCOMPARE(billed.value(QStringLiteral("bob/anthropic")), QStringLiteral("0.50"));
        QCOMPARE(billed.size(), 2);
        // A key in the clear is kept only as its last four characters.
        QVERIFY(!databaseFilesContain(db, "sk-live1234567890wxyz"));

        // Again: nothing new (the overlap re-reads the latest rows, unchanged).
        run = import(db);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(table(run, 0).value(QStringLiteral("replaced")).toInt(), 0);
        QCOMPARE(summary(db).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("2.00"));

        // The day of u1 grew: its record is replaced, the totals follow exactly.
        QVERIFY(!sql(QStringLiteral("UPDATE \"LiteLLM_DailyUserSpend\" SET prompt_tokens = 3000, completion_tokens = 400, "
                                    "spend = 2.25, api_requests = 9, updated_at = '2026-11-03 09:00:00' WHERE id = 'u1'"))
                     .isNull());
        run = import(db);
        // u1, and u3 again (updated within the overlap before the watermark), unchanged.
        QCOMPARE(table(run, 0).value(QStringLiteral("read")).toInt(), 2);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(table(run, 0).value(QStringLiteral("replaced")).toInt(), 1);
        QCOMPARE(table(run, 0).value(QStringLiteral("unchanged")).toInt(), 1);
        s = summary(db);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 12);
        QCOMPARE(s.value(QStringLiteral("input_tokens")).toInt(), 5100);
        QCOMPARE(s.value(QStringLiteral("output_tokens")).toInt(), 500);
        QCOMPARE(s.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("3.00"));

        // The team table only when asked; the tag table is not in this database.
        run = import(db, {QStringLiteral("--tables"), QStringLiteral("team,tag")});
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(table(run, 1).value(QStringLiteral("present")).toBool(), false);
        const QJsonArray byTeam = summary(db, QStringLiteral("team")).value(QStringLiteral("groups")).toArray();
        bool found = false;
        for (const QJsonValue &g : byTeam) {
            if (g.toObject().value(QStringLiteral("key")).toObject().value(QStringLiteral("team")).toString() == u"team-a") {
                QCOMPARE(g.toObject().value(QStringLiteral("billed_cost")).toString(), QStringLiteral("1.75"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    // LiteLLM_SpendLogs (--tables logs): one record per request, as a spend-log file gives
    // them, incremental with an overlap that counts as duplicates; the same request from a log
    // file is the same record; and --ledger writes them to a team ledger.
    void spendLogsLocalAndLedger()
    {
        // LiteLLM's columns (Prisma schema); this version has no organization_id.
        QVERIFY(!sql(QStringLiteral(
                         "CREATE TABLE \"LiteLLM_SpendLogs\" (request_id TEXT NOT NULL PRIMARY KEY, call_type TEXT NOT NULL, "
                         "api_key TEXT NOT NULL DEFAULT '', spend DOUBLE PRECISION NOT NULL DEFAULT 0.0, "
                         "total_tokens INTEGER NOT NULL DEFAULT 0, prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                         "completion_tokens INTEGER NOT NULL DEFAULT 0, \"startTime\" TIMESTAMP(3) NOT NULL, "
                         "\"endTime\" TIMESTAMP(3) NOT NULL, model TEXT NOT NULL DEFAULT '', model_group TEXT DEFAULT '', "
                         "custom_llm_provider TEXT DEFAULT '', api_base TEXT DEFAULT '', \"user\" TEXT DEFAULT '', "
                         "metadata JSONB DEFAULT '{}', cache_hit TEXT DEFAULT '', cache_key TEXT DEFAULT '', "
                         "request_tags JSONB DEFAULT '[]', team_id TEXT, end_user TEXT, messages JSONB DEFAULT '{}', "
                         "response JSONB DEFAULT '{}')"))
                     .isNull());
        QVERIFY(!sql(QStringLiteral(
                         "INSERT INTO \"LiteLLM_SpendLogs\" (request_id, call_type, api_key, spend, prompt_tokens, "
                         "completion_tokens, \"startTime\", \"endTime\", model, custom_llm_provider, \"user\", team_id, "
                         "request_tags, metadata, cache_hit) VALUES "
                         "('req-1', 'acompletion', 'hash-a', 1.25, 1000, 200, '2026-11-05 10:00:00.123', "
                         " '2026-11-05 10:00:02', 'gpt-4o', 'openai', 'alice', 'team-a', '[\"prod\",\"chat\"]', "
                         " '{\"user_api_key_alias\": \"svc-a\"}', 'False'), "
                         "('req-2', 'acompletion', 'hash-b', 0.5, 500, 100, '2026-11-05 10:05:00', '2026-11-05 10:05:01', "
                         " 'anthropic/claude-sonnet-4-20250514', 'anthropic', 'bob', 'team-b', '[]', '{}', 'False'), "
                         "('req-3', 'acompletion', 'hash-a', 0, 1000, 200, '2026-11-05 10:06:00', '2026-11-05 10:06:00', "
                         " 'gpt-4o', 'openai', 'alice', 'team-a', '[]', '{}', 'True')"))
                     .isNull());
        const QString db = m_dir.filePath(QStringLiteral("logs.db"));
        const QStringList logs{QStringLiteral("--tables"), QStringLiteral("logs")};
        QJsonObject run = import(db, logs);
        QCOMPARE(table(run, 0).value(QStringLiteral("table")).toString(), QStringLiteral("LiteLLM_SpendLogs"));
        QCOMPARE(table(run, 0).value(QStringLiteral("read")).toInt(), 3);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 3);
        QCOMPARE(table(run, 0).value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(table(run, 0).value(QStringLiteral("watermark")).toString(), QStringLiteral("2026-11-05T10:06:00.000000"));
        QJsonObject s = summary(db);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 3);
        // The cache hit was answered by LiteLLM's cache: no tokens billed by a provider.
        QCOMPARE(s.value(QStringLiteral("input_tokens")).toInt(), 1500);
        QCOMPARE(s.value(QStringLiteral("output_tokens")).toInt(), 300);
        QCOMPARE(s.value(QStringLiteral("billed_cost")).toString(), QStringLiteral("1.75"));
        const QJsonArray byTeam = summary(db, QStringLiteral("team,api_key")).value(QStringLiteral("groups")).toArray();
        QStringList groups;
        for (const QJsonValue &g : byTeam) {
            const QJsonObject key = g.toObject().value(QStringLiteral("key")).toObject();
            groups << key.value(QStringLiteral("team")).toString() + u'/' + key.value(QStringLiteral("api_key")).toString()
                          + u'=' + g.toObject().value(QStringLiteral("billed_cost")).toString();
        }
        groups.sort();
        // The key alias from the metadata names req-1's key, as a spend-log file would.
        QCOMPARE(groups, (QStringList{QStringLiteral("team-a/hash-a=0.00"), QStringLiteral("team-a/svc-a=1.25"),
                                      QStringLiteral("team-b/hash-b=0.50")}));

        // Again: the overlap is read again and found stored.
        run = import(db, logs);
        QCOMPARE(table(run, 0).value(QStringLiteral("read")).toInt(), 3);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(table(run, 0).value(QStringLiteral("duplicates")).toInt(), 3);
        QCOMPARE(summary(db).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("1.75"));

        // The same request in an exported spend-log file is the same record.
        const QString file = m_dir.filePath(QStringLiteral("spend.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"request_id":"req-2","call_type":"acompletion","api_key":"hash-b","spend":0.5,"prompt_tokens":500,)"
                  R"("completion_tokens":100,"startTime":"2026-11-05T10:05:00Z","model":"anthropic/claude-sonnet-4-20250514",)"
                  R"("custom_llm_provider":"anthropic","user":"bob","team_id":"team-b"})" "\n");
        out.close();
        auto fileRun = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--json")});
        QVERIFY2(fileRun.exitCode == 0, fileRun.err.constData());
        QCOMPARE(cliJson(fileRun).value(QStringLiteral("files")).toArray().first().toObject()
                     .value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(summary(db).value(QStringLiteral("requests")).toInt(), 3);

        // A request logged later: only it is new.
        QVERIFY(!sql(QStringLiteral("INSERT INTO \"LiteLLM_SpendLogs\" (request_id, call_type, spend, prompt_tokens, "
                                    "completion_tokens, \"startTime\", \"endTime\", model) VALUES ('req-4', 'acompletion', "
                                    "2, 10, 10, '2026-11-05 12:00:00', '2026-11-05 12:00:01', 'gpt-4o')"))
                     .isNull());
        run = import(db, logs);
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(summary(db).value(QStringLiteral("billed_cost")).toString(), QStringLiteral("3.75"));

        // Logs and daily tables count the same requests: not both at once.
        auto both = cli({QStringLiteral("--db"), db, QStringLiteral("import-litellm-db"), m_url, QStringLiteral("--tables"),
                         QStringLiteral("user,logs")});
        QCOMPARE(both.exitCode, 2);

        // Into a team ledger: the collector's local database keeps its own watermark for it.
        QString why;
        QVERIFY2(m_pg.createDatabase(QStringLiteral("ledger"), &why), qPrintable(why));
        const QString ledger = m_pg.url(QStringLiteral("ledger"));
        QCOMPARE(cli({QStringLiteral("--ledger"), ledger, QStringLiteral("ledger"), QStringLiteral("init")}).exitCode, 0);
        const QString collector = m_dir.filePath(QStringLiteral("collector.db"));
        auto toLedger = [&] {
            auto r = cli({QStringLiteral("--db"), collector, QStringLiteral("--ledger"), ledger,
                          QStringLiteral("import-litellm-db"), m_url, QStringLiteral("--tables"), QStringLiteral("logs"),
                          QStringLiteral("--json")});
            if (r.exitCode != 0)
                qWarning() << r.err;
            return cliJson(r);
        };
        run = toLedger();
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 4);
        QCOMPARE(m_pg.psql(QStringLiteral("ledger"), QStringLiteral("SELECT count(*), sum(billed_cost) FROM fact")).trimmed(),
                 QStringLiteral("4|3750000000"));
        run = toLedger();
        QCOMPARE(table(run, 0).value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(m_pg.psql(QStringLiteral("ledger"), QStringLiteral("SELECT count(*) FROM fact")).trimmed(), QStringLiteral("4"));
        // The daily tables stay local.
        auto daily = cli({QStringLiteral("--db"), collector, QStringLiteral("--ledger"), ledger,
                          QStringLiteral("import-litellm-db"), m_url});
        QCOMPARE(daily.exitCode, 2);
        QVERIFY(daily.err.contains("--tables logs"));
    }

    void passwordInUrlRefused()
    {
        auto r = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.db")), QStringLiteral("import-litellm-db"),
                      QStringLiteral("postgresql://litellm:s3cr3t@127.0.0.1/litellm")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("password"));
        QVERIFY(!r.err.contains("s3cr3t"));
        // It names this command's password sources, not the ledger's.
        QVERIFY2(r.err.contains("TOKENLEDGER_LITELLM_DB_PASSWORD") && !r.err.contains("LEDGER_PASSWORD"), r.err.constData());
        // A remote server without TLS is refused too.
        r = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.db")), QStringLiteral("import-litellm-db"),
                 QStringLiteral("postgresql://litellm@db.example.com/litellm?sslmode=disable")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("The LiteLLM database at"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmDb)
#include "tst_litellm_db.moc"
