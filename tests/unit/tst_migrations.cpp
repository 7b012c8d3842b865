// Schema migrations and the safety rules of opening a database file.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::store;

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
    for (const char *table : {"usage_fact", "rollup_hour", "rollup_day", "import_batch", "price", "dim"}) {
        auto st = db->connection().prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                .arg(QString::fromLatin1(table)));
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

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
