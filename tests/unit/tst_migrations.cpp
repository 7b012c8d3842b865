// Schema migrations and the safety rules of opening a database file.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/DatabaseCheck.h"
#include "store/FactStore.h"
#include "store/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::store;

namespace {

// Makes an empty file on `c` a TokenLedger database at schema `version`, as that version's
// build would have: migrations 1 to `version`, its user_version and application id. False
// (with a warning) when a migration fails.
bool createAtSchema(Connection &c, int version)
{
    const QDir schema(QStringLiteral(":/tokenledger/schema"));
    for (const QString &name : schema.entryList(QDir::Files, QDir::Name)) {
        if (name.left(3).toInt() > version)
            continue;
        QFile f(schema.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || !c.exec(f.readAll().constData()).ok()) {
            qWarning() << "cannot apply" << name;
            return false;
        }
    }
    return c.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)).ok()
           && c.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)).ok();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsAtLatestVersion();
    void reopenKeepsDataAndVersion();
    void usesWalAndApplicationId();
    void refusesNewerSchemaWithoutTouchingFile();
    void refusesForeignSqliteDatabase();
    void refusesNonSqliteFile();
    void acceptsEmptyFile();
    void mustExistReportsMissingFile();
    void transactionGuardRollsBack();
    void settingsRoundTrip();
    void upgradesSchemaFiveKeepingFacts();
    void upgradesSchemaSevenSummingHourlyRows();
    void upgradesSchemaEightAddingUnits();
    void upgradesSchemaFourteenSummingUnits();
    void upgradesSchemaSixteenKeepingKeys();
    void upgradesSchemaSeventeenSplittingTheDailyRollup();
};

void TestMigrations::freshDatabaseIsAtLatestVersion()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    auto rows = db->connection().queryInt("SELECT max(version) FROM schema_migration");
    QVERIFY(rows.ok());
    QCOMPARE(*rows, Database::latestSchemaVersion());
    // usage_fact is a view since schema 17: the facts stored as rows and those in blocks.
    for (const char *table : {"usage_fact", "fact_row", "fact_block", "fact_key", "rollup_hour", "rollup_day",
                              "import_batch", "price", "dim"}) {
        auto st = db->connection().prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = '%2' AND name = '%1'")
                .arg(QString::fromLatin1(table),
                     qstrcmp(table, "usage_fact") == 0 ? QStringLiteral("view") : QStringLiteral("table")));
        QVERIFY(st.ok());
        QCOMPARE(st->step(), Statement::Step::Row);
        QVERIFY2(st->columnInt64(0) == 1, table);
    }
}

void TestMigrations::reopenKeepsDataAndVersion()
{
    QTemporaryDir dir;
    {
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        QVERIFY(db->setSetting(QStringLiteral("organisation"), QStringLiteral("Acme")).ok());
    }
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QCOMPARE(db->setting(QStringLiteral("organisation")), QStringLiteral("Acme"));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    auto rows = db->connection().queryInt("SELECT max(version) FROM schema_migration");
    QCOMPARE(*rows, Database::latestSchemaVersion()); // migrations not applied twice
}

void TestMigrations::usesWalAndApplicationId()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    auto st = db->connection().prepare("PRAGMA journal_mode");
    QVERIFY(st.ok());
    QCOMPARE(st->step(), Statement::Step::Row);
    QCOMPARE(st->columnText(0), QStringLiteral("wal"));
    QCOMPARE(*db->connection().queryInt("PRAGMA application_id"), std::int64_t(Database::kApplicationId));
}

void TestMigrations::refusesNewerSchemaWithoutTouchingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const int future = Database::latestSchemaVersion() + 1;
        QVERIFY((*db)->connection().exec(QStringLiteral("PRAGMA user_version = %1").arg(future)).ok());
        QVERIFY((*db)->connection().exec("PRAGMA journal_mode = DELETE").ok());
    }
    const QByteArray before = test::fileHash(path);
    const auto modified = QFileInfo(path).lastModified();
    QVERIFY(!before.isEmpty());

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QStringLiteral("newer version")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::refusesForeignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY((*c)->exec("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)").ok());
        QVERIFY((*c)->exec("INSERT INTO songs (title) VALUES ('a')").ok());
    }
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QStringLiteral("another program")), qPrintable(db.errorMessage()));
    QCOMPARE(test::fileHash(path), before);
}

void TestMigrations::refusesNonSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("model,cost\ngpt-4o,1.00\n");
    f.close();
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QStringLiteral("not an SQLite file")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(path));
    QCOMPARE(test::fileHash(path), before);
}

void TestMigrations::acceptsEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestMigrations::mustExistReportsMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY(!db.ok());
    QVERIFY(db.errorMessage().contains(QStringLiteral("no database")));
    QVERIFY(!QFile::exists(path));
}

void TestMigrations::transactionGuardRollsBack()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    {
        Transaction tx(db->connection());
        QVERIFY(tx.isActive());
        QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        // no commit: the destructor rolls back
    }
    QCOMPARE(db->setting(QStringLiteral("k"), QStringLiteral("none")), QStringLiteral("none"));
    {
        Transaction tx(db->connection());
        QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(db->setting(QStringLiteral("k")), QStringLiteral("v"));
}

void TestMigrations::settingsRoundTrip()
{
    auto db = Database::openInMemory();
    QVERIFY(db.ok());
    QVERIFY((*db)->setSetting(QStringLiteral("a"), QStringLiteral("1")).ok());
    QVERIFY((*db)->setSetting(QStringLiteral("a"), QStringLiteral("2")).ok());
    QCOMPARE((*db)->setting(QStringLiteral("a")), QStringLiteral("2"));
    QVERIFY((*db)->removeSetting(QStringLiteral("a")).ok());
    QCOMPARE((*db)->setting(QStringLiteral("a"), QStringLiteral("x")), QStringLiteral("x"));
}

// A database written by the version with schema 5 (record keys unique as text) is upgraded to
// the key-hash index of schema 6 without losing or renumbering a fact, and its keys still
// deduplicate later imports.
void TestMigrations::upgradesSchemaFiveKeepingFacts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 5));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'litellm', 'spend.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'openai')").ok());
        QVERIFY((*c)->exec("INSERT INTO usage_fact (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, "
                           "team_id, tags_id, region_id, tier_id, requests, input_tokens, "
                           "output_tokens, cost_output, billed_cost) VALUES "
                           "(10, 1, 'litellm:a', 1793491200, 0, 1,1,1,1,1,1,1,1,1,1, 1, 100, 20, 300, NULL),"
                           "(11, 1, 'litellm:b', 1793491260, 0, 1,1,1,1,1,1,1,1,1,1, 1, 200, 40, 600, 700),"
                           "(12, 1, 'litellm:c', 1793491320, 0, 1,1,1,1,1,1,1,1,1,1, 1, 300, 60, 900, NULL)")
                    .ok());
    }

    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    Connection &c = (*db)->connection();
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(3));
    QCOMPARE(*c.queryInt("SELECT sum(id) FROM usage_fact"), std::int64_t(33));
    QCOMPARE(*c.queryInt("SELECT sum(input_tokens) FROM usage_fact"), std::int64_t(600));
    QCOMPARE(*c.queryInt("SELECT id FROM usage_fact WHERE billed_cost = 700"), std::int64_t(11));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact WHERE key_hash = tl_record_key_hash(record_key)"),
             std::int64_t(3));
    for (const char *index : {"usage_fact_key", "usage_fact_batch", "usage_fact_start"}) {
        auto st = c.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?");
        QVERIFY(st.ok());
        st->bind(1, QString::fromLatin1(index));
        QCOMPARE(st->step(), Statement::Step::Row);
        QVERIFY2(st->columnInt64(0) == 1, index);
    }

    FactStore store(**db);
    auto found = store.factIdForRecordKey(QStringLiteral("litellm:b"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, std::int64_t(11));
    auto missing = store.factIdForRecordKey(QStringLiteral("litellm:z"));
    QVERIFY(missing.ok() && !missing->has_value());

    // A later import of an overlapping file: the old key is a duplicate, the new one is stored.
    Transaction tx(c);
    QVERIFY(tx.isActive());
    auto batch = store.beginBatch(QStringLiteral("litellm"), QStringLiteral("spend2.jsonl"));
    QVERIFY(batch.ok());
    std::vector<UsageFact> facts(2);
    facts[0].recordKey = QStringLiteral("litellm:a");
    facts[1].recordKey = QStringLiteral("litellm:d");
    for (UsageFact &f : facts) {
        f.start = 1793491400;
        f.bucket = BucketWidth::Request;
        f.provider = QStringLiteral("openai");
        f.model = QStringLiteral("gpt-4o");
        f.tokens.requests = 1;
        f.tokens.uncachedInput = 50;
    }
    auto stats = store.insertFacts(*batch, facts);
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    QCOMPARE(stats->inserted, std::int64_t(1));
    QCOMPARE(stats->duplicates, std::int64_t(1));
    QVERIFY(tx.commit().ok());
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(4));
}

// Schema 8 keys rollup_hour without API key, user and tags: hourly rows of a schema-7 database
// that differ only there become one row with their sums, and the totals still equal the facts.
void TestMigrations::upgradesSchemaSevenSummingHourlyRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 7));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'litellm', 'spend.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'openai'), (2, 6, 'ann'), "
                           "(3, 6, 'bob')")
                    .ok());
        // Two users in the same hour, one in the next hour.
        QVERIFY((*c)->exec("INSERT INTO usage_fact (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, "
                           "team_id, tags_id, region_id, tier_id, requests, input_tokens, "
                           "output_tokens, cost_output, billed_cost, key_hash) VALUES "
                           "(1, 1, 'litellm:a', 1793491200, 0, 1,1,1,1,1,2,1,1,1,1, 1, 100, 20, 300, NULL, 1),"
                           "(2, 1, 'litellm:b', 1793491260, 0, 1,1,1,1,1,3,1,1,1,1, 1, 200, 40, 600, 700, 2),"
                           "(3, 1, 'litellm:c', 1793494800, 0, 1,1,1,1,1,3,1,1,1,1, 1, 300, 60, 900, NULL, 3)")
                    .ok());
        for (const char *table : {"rollup_hour", "rollup_day"}) {
            const int seconds = QByteArray(table) == "rollup_hour" ? 3600 : 86400;
            QVERIFY((*c)->exec(QStringLiteral(
                                   "INSERT INTO %1 SELECT start_ts / %2, provider_id, model_id, family_id, "
                                   "account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, "
                                   "count(*), sum(requests), sum(input_tokens), sum(cache_read_tokens), "
                                   "sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), "
                                   "sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), "
                                   "sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), "
                                   "sum(cost_output), coalesce(sum(billed_cost), 0), count(billed_cost), "
                                   "coalesce(sum(CASE WHEN billed_cost IS NOT NULL THEN cost_input + "
                                   "cost_cache_read + cost_cache_write + cost_output END), 0), 0 "
                                   "FROM usage_fact GROUP BY 1, user_id")
                                   .arg(QString::fromLatin1(table))
                                   .arg(seconds))
                        .ok());
        }
        QCOMPARE(*(*c)->queryInt("SELECT count(*) FROM rollup_hour"), std::int64_t(3));
    }

    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    Connection &c = (*db)->connection();
    QCOMPARE(*c.queryInt("SELECT count(*) FROM rollup_hour"), std::int64_t(2));
    QCOMPARE(*c.queryInt("SELECT facts FROM rollup_hour WHERE hour = 1793491200 / 3600"), std::int64_t(2));
    QCOMPARE(*c.queryInt("SELECT input_tokens FROM rollup_hour WHERE hour = 1793491200 / 3600"), std::int64_t(300));
    QCOMPARE(*c.queryInt("SELECT billed_cost FROM rollup_hour WHERE hour = 1793491200 / 3600"), std::int64_t(700));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM rollup_day"), std::int64_t(2));
    const DatabaseCheck::Report report = DatabaseCheck(**db).run(true);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestMigrations::upgradesSchemaEightAddingUnits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 8));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'litellm', 'spend.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'openai')").ok());
        QVERIFY((*c)->exec("INSERT INTO usage_fact (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, "
                           "team_id, tags_id, region_id, tier_id, requests, input_tokens, "
                           "output_tokens, cost_output, billed_cost, key_hash) VALUES "
                           "(1, 1, 'litellm:a', 1793491200, 0, 1,1,1,1,1,1,1,1,1,1, 1, 100, 20, 300, NULL, 1)")
                    .ok());
        // Its rollups, as schema 8 keeps them (the hourly one without key, user and tags).
        QVERIFY((*c)->exec("INSERT INTO rollup_day SELECT start_ts / 86400, provider_id, model_id, "
                           "family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, "
                           "tier_id, 1, requests, input_tokens, 0, 0, 0, output_tokens, 0, 0, 0, 0, "
                           "0, 0, 0, cost_output, 0, 0, 0, 0 FROM usage_fact")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO rollup_hour SELECT start_ts / 3600, provider_id, model_id, "
                           "family_id, account_id, team_id, region_id, tier_id, 1, requests, "
                           "input_tokens, 0, 0, 0, output_tokens, 0, 0, 0, 0, 0, 0, 0, cost_output, "
                           "0, 0, 0, 0 FROM usage_fact")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO price (catalog, provider, model, input, output) "
                           "VALUES ('genai-prices', 'openai', 'gpt-4o', 2500000000, 10000000000)")
                    .ok());
    }

    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY((*db)->schemaVersion() >= 9);
    Connection &c = (*db)->connection();
    // The fact is kept; its new unit columns start at zero.
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(1));
    QCOMPARE(*c.queryInt("SELECT input_tokens FROM usage_fact"), std::int64_t(100));
    QCOMPARE(*c.queryInt("SELECT audio_input_tokens + image_output_tokens + video_cache_read_tokens "
                         "+ code_executions + modifiers + unpriced_units FROM usage_fact"),
             std::int64_t(0));
    // Stored prices keep their columns and have no unit prices yet.
    QCOMPARE(*c.queryInt("SELECT count(*) FROM price WHERE unit_prices = ''"), std::int64_t(1));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM price_modifier"), std::int64_t(0));
    const DatabaseCheck::Report report = DatabaseCheck(**db).run(true);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestMigrations::upgradesSchemaFourteenSummingUnits()
{
    // Schema 15 gives the rollups the unit columns and sums the facts' units into them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 14));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'gemini', 'calls.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'google')").ok());
        // Two facts of one day and hour: one with audio input, code executions and unpriced
        // units, one with none; a third a day later.
        QVERIFY((*c)->exec("INSERT INTO usage_fact (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, "
                           "tags_id, region_id, tier_id, requests, input_tokens, output_tokens, "
                           "audio_input_tokens, code_executions, unpriced_units, key_hash) VALUES "
                           "(1, 1, 'g:a', 1793491200, 0, 1,1,1,1,1,1,1,1,1,1, 1, 100, 20, 40, 2, 40, 1), "
                           "(2, 1, 'g:b', 1793491300, 0, 1,1,1,1,1,1,1,1,1,1, 1, 50, 5, 0, 0, 0, 2), "
                           "(3, 1, 'g:c', 1793577600, 0, 1,1,1,1,1,1,1,1,1,1, 1, 10, 1, 0, 1, 0, 3)")
                    .ok());
        const char *measures = "facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, "
                               "cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, "
                               "web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, "
                               "billed_cost, billed_facts, billed_computed_cost, unpriced_facts";
        const char *sums = "count(*), sum(requests), sum(input_tokens), 0, 0, 0, sum(output_tokens), 0, 0, 0, "
                           "0, 0, 0, 0, 0, 0, 0, 0, 0";
        QVERIFY((*c)->exec(QStringLiteral("INSERT INTO rollup_day (day, provider_id, model_id, family_id, account_id, "
                                          "api_key_id, user_id, team_id, tags_id, region_id, tier_id, %1) "
                                          "SELECT start_ts / 86400, 1,1,1,1,1,1,1,1,1,1, %2 FROM usage_fact GROUP BY 1")
                               .arg(QLatin1String(measures), QLatin1String(sums)))
                    .ok());
        QVERIFY((*c)->exec(QStringLiteral("INSERT INTO rollup_hour (hour, provider_id, model_id, family_id, account_id, "
                                          "team_id, region_id, tier_id, %1) "
                                          "SELECT start_ts / 3600, 1,1,1,1,1,1,1, %2 FROM usage_fact GROUP BY 1")
                               .arg(QLatin1String(measures), QLatin1String(sums)))
                    .ok());
    }
    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QVERIFY((*db)->schemaVersion() >= 15);
    Connection &c = (*db)->connection();
    for (const char *table : {"rollup_day", "rollup_hour"}) {
        const auto sum = [&](const char *column) {
            return *c.queryInt(QStringLiteral("SELECT sum(%1) FROM %2").arg(QLatin1String(column), QLatin1String(table))
                                   .toUtf8()
                                   .constData());
        };
        QCOMPARE(sum("audio_input_tokens"), std::int64_t(40));
        QCOMPARE(sum("code_executions"), std::int64_t(3));
        QCOMPARE(sum("unpriced_units"), std::int64_t(40));
        QCOMPARE(sum("facts"), std::int64_t(3));
    }
    // The first day's row holds both facts' sums, the second day's only its own.
    QCOMPARE(*c.queryInt("SELECT code_executions FROM rollup_day WHERE day = 1793491200 / 86400"), std::int64_t(2));
    // The copy taken before the upgrade (SQLite's online backup) is the schema-14 file.
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("v14.db.backup-*-schema14")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    auto old = Connection::open(dir.filePath(backups.first()), Connection::OpenMode::ReadOnly);
    QVERIFY(old.ok());
    QCOMPARE(*(*old)->queryInt("PRAGMA user_version"), std::int64_t(14));
    QCOMPARE(*(*old)->queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(3));
    const DatabaseCheck::Report report = DatabaseCheck(**db).run(true);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestMigrations::upgradesSchemaSixteenKeepingKeys()
{
    // Schema 17 renames the fact table to fact_row, shows it with the block facts through the
    // usage_fact view and enters its keys into fact_key: an import into blocks afterwards still
    // finds the facts stored before as duplicates.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v16.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 16));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'litellm', 'spend.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'openai')").ok());
        QVERIFY((*c)->exec("INSERT INTO usage_fact (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, "
                           "tags_id, region_id, tier_id, requests, input_tokens, key_hash) VALUES "
                           "(1, 1, 'litellm:a', 1793491200, 0, 1,1,1,1,1,1,1,1,1,1, 1, 100, tl_record_key_hash('litellm:a')), "
                           "(2, 1, 'litellm:b', 1793491300, 0, 1,1,1,1,1,1,1,1,1,1, 1, 50, tl_record_key_hash('litellm:b')), "
                           "(3, 1, 'litellm:c', 1793491400, 0, 1,1,1,1,1,1,1,1,1,1, 1, 10, NULL)")
                    .ok());
    }
    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QVERIFY((*db)->schemaVersion() >= 17);
    Connection &c = (*db)->connection();
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(3));
    QCOMPARE(*c.queryInt("SELECT sum(input_tokens) FROM usage_fact"), std::int64_t(160));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM fact_row"), std::int64_t(3));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM fact_key WHERE block_id = 0"), std::int64_t(2));

    FactStore store(**db);
    std::vector<UsageFact> facts(3);
    const char *keys[] = {"litellm:a", "litellm:c", "litellm:new"};
    for (std::size_t i = 0; i < facts.size(); ++i) {
        facts[i].recordKey = QString::fromLatin1(keys[i]);
        facts[i].start = 1793491200;
        facts[i].provider = QStringLiteral("openai");
        facts[i].tokens.requests = 1;
    }
    Transaction tx(c);
    auto batch = store.beginBatch(QStringLiteral("litellm"), QStringLiteral("spend.jsonl"));
    QVERIFY(batch.ok());
    FactPreparer preparer;
    std::vector<std::int64_t> dimIds;
    auto r = store.insertPrepared(*batch, facts, preparer.prepare(facts), dimIds, /*intoBlocks=*/true);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QVERIFY(store.flushRollups().ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(r->inserted, std::int64_t(1));
    QCOMPARE(r->duplicates, std::int64_t(2));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM fact_block"), std::int64_t(1));
    QCOMPARE(*c.queryInt("SELECT count(*) FROM usage_fact"), std::int64_t(4));
}

void TestMigrations::upgradesSchemaSeventeenSplittingTheDailyRollup()
{
    // Schema 18 sums rollup_day's rows over the tags and fills rollup_tag_day by summing them
    // over the user and the API key: both keep the totals, and a re-check finds them consistent.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v17.db"));
    {
        auto c = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        QVERIFY(c.ok());
        QVERIFY(createAtSchema(**c, 17));
        QVERIFY((*c)->exec("INSERT INTO import_batch (id, source, file, started_at, status) "
                           "VALUES (1, 'litellm', 'spend.jsonl', 0, 'done')")
                    .ok());
        QVERIFY((*c)->exec("INSERT INTO dim (id, kind, value) VALUES (1, 0, 'openai'), (2, 5, 'ann'), (3, 5, 'bob'), "
                           "(4, 7, 'feature:a'), (5, 7, 'feature:b')")
                    .ok());
        // Four facts of one day: two users × two tag sets, and their rollups as schema 17 kept them.
        QVERIFY((*c)->exec("INSERT INTO fact_row (id, batch_id, record_key, start_ts, bucket_secs, "
                           "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, "
                           "tags_id, region_id, tier_id, requests, input_tokens, cost_output, key_hash) VALUES "
                           "(1, 1, 'k:1', 1793491200, 0, 1,1,1,1,1,2,1,4,1,1, 1, 100, 7, tl_record_key_hash('k:1')), "
                           "(2, 1, 'k:2', 1793491300, 0, 1,1,1,1,1,2,1,5,1,1, 1, 50, 11, tl_record_key_hash('k:2')), "
                           "(3, 1, 'k:3', 1793491400, 0, 1,1,1,1,1,3,1,4,1,1, 1, 10, 13, tl_record_key_hash('k:3')), "
                           "(4, 1, 'k:4', 1793494800, 0, 1,1,1,1,1,3,1,5,1,1, 1, 1, 17, tl_record_key_hash('k:4'))")
                    .ok());
        // The rollups of schema 17 (every dimension in rollup_day), built from the facts.
        QVERIFY((*c)->exec("INSERT INTO rollup_day (day, provider_id, model_id, family_id, account_id, api_key_id, "
                           "user_id, team_id, tags_id, region_id, tier_id, facts, requests, input_tokens, "
                           "cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, "
                           "reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, "
                           "cost_cache_write, cost_output, billed_cost, billed_facts) "
                           "SELECT start_ts / 86400, provider_id, model_id, family_id, account_id, api_key_id, "
                           "user_id, team_id, tags_id, region_id, tier_id, count(*), sum(requests), "
                           "sum(input_tokens), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(cost_output), 0, 0 "
                           "FROM fact_row GROUP BY 1, user_id, tags_id")
                        .ok());
        QCOMPARE(*(*c)->queryInt("SELECT count(*) FROM rollup_day"), std::int64_t(4));
    }
    auto db = Database::open(path, Database::Create::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QVERIFY((*db)->schemaVersion() >= 18);
    Connection &c = (*db)->connection();
    QCOMPARE(*c.queryInt("SELECT count(*) FROM rollup_day"), std::int64_t(2)); // a row per user
    QCOMPARE(*c.queryInt("SELECT count(*) FROM rollup_tag_day"), std::int64_t(2)); // a row per tag set
    QCOMPARE(*c.queryInt("SELECT input_tokens FROM rollup_day WHERE user_id = 2"), std::int64_t(150));
    QCOMPARE(*c.queryInt("SELECT cost_output FROM rollup_day WHERE user_id = 3"), std::int64_t(30));
    QCOMPARE(*c.queryInt("SELECT input_tokens FROM rollup_tag_day WHERE tags_id = 4"), std::int64_t(110));
    QCOMPARE(*c.queryInt("SELECT facts FROM rollup_tag_day WHERE tags_id = 5"), std::int64_t(2));
    QCOMPARE(*c.queryInt("SELECT sum(cost_output) FROM rollup_tag_day"), std::int64_t(48));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
