// Keeping prices current (issue 16): a catalog update from a local HTTP server shows its
// differences before anything is stored, applies them on request, keeps the history, sends
// conditional requests, and changes nothing on a broken or failed download.

#include "FakeCatalogServer.h"
#include "TestSupport.h"

#include "pricing/DatabasePricing.h"
#include "pricing/PriceCatalog.h"
#include "services/CatalogUpdate.h"
#include "store/Database.h"
#include "store/SqliteCatalogStore.h"

#include <QTemporaryDir>
#include <QTest>

using tl::services::CatalogUpdateResult;
using Outcome = tl::services::CatalogUpdateResult::Outcome;

namespace {

QString str(const char *s) { return QString::fromUtf8(s); }

using CatalogServer = tl::test::FakeCatalogServer;
const QByteArray kFirst = CatalogServer::firstDocument();
const QByteArray kSecond = CatalogServer::secondDocument();

int storedPrices(tl::store::Database &db)
{
    auto c = tl::pricing::PriceCatalog::loadFrom(db);
    return c ? int(c->entries().size()) : -1;
}

} // namespace

class TestCatalogUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewApplyConditionalAndHistory();
    void brokenOrFailedDownloadChangesNothing();
    void offlineSaysSo();
    void appliedPricesReprice();
    void configuredSources();
};

void TestCatalogUpdate::previewApplyConditionalAndHistory()
{
    CatalogServer server;
    QVERIFY(server.start());
    server.document = kFirst;
    server.etag = "\"v1\"";
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    const QString url = server.baseUrl() + str("/catalog.json");

    // A preview shows what would be added and stores nothing.
    auto preview = tl::services::updateCatalog(*db, url, false);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(preview->outcome, Outcome::Preview);
    QCOMPARE(preview->report.catalogName, str("genai-prices"));
    QCOMPARE(preview->report.formatVersion, 2);
    QCOMPARE(preview->report.added, QStringList({str("acme/acme-large"), str("acme/acme-small")}));
    QCOMPARE(storedPrices(*db), 0);

    // Applied: stored, with the URL and validators, and one line of history.
    auto applied = tl::services::updateCatalog(*db, url, true);
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QCOMPARE(applied->outcome, Outcome::Applied);
    QCOMPARE(storedPrices(*db), 2);
    tl::store::SqliteCatalogStore store(*db);
    auto sources = store.sources();
    QVERIFY(sources.ok());
    QCOMPARE(sources->size(), 1);
    QCOMPARE(sources->first().url, url);
    QCOMPARE(sources->first().etag, str("\"v1\""));
    QCOMPARE(sources->first().lastModified, str("Sun, 06 Dec 2026 10:00:00 GMT"));
    QCOMPARE(sources->first().format, str("genai-prices-v2"));

    // Next time the request is conditional: 304, nothing to do.
    server.clearRequests();
    auto again = tl::services::updateCatalog(*db, url, false);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->outcome, Outcome::NotModified);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(server.requests().first().header("If-Modified-Since"), QByteArray("Sun, 06 Dec 2026 10:00:00 GMT"));

    // The catalog moves on: one price changed, one model added, one removed.
    server.document = kSecond;
    server.etag = "\"v2\"";
    auto moved = tl::services::updateCatalog(*db, url, false);
    QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
    QCOMPARE(moved->outcome, Outcome::Preview);
    QCOMPARE(moved->report.added, QStringList{str("acme/acme-nano")});
    QCOMPARE(moved->report.changed, QStringList{str("acme/acme-large")});
    QCOMPARE(moved->report.removed, QStringList{str("acme/acme-small")});
    // What changed in today's price, in words.
    QCOMPARE(moved->report.changeNotes.value(str("acme/acme-large")), str("input 2 → 1.5"));
    // Applying the preview stores what it showed, even when the server has moved on since.
    server.document = kFirst;
    server.etag = "\"v3\"";
    auto appliedPreview = tl::services::applyCatalogUpdate(*db, *moved);
    QVERIFY2(appliedPreview.ok(), qPrintable(appliedPreview.errorMessage()));
    QCOMPARE(appliedPreview->added, QStringList{str("acme/acme-nano")});
    auto stored = tl::store::SqliteCatalogStore(*db).sources();
    QCOMPARE(stored->first().etag, str("\"v2\"")); // the validators of the download shown
    QCOMPARE(tl::services::applyCatalogUpdate(*db, *again).ok(), false); // "not modified": nothing to apply
    server.document = kSecond;
    server.etag = "\"v2\"";
    QCOMPARE(tl::services::updateCatalog(*db, url, true)->outcome, Outcome::NotModified);
    auto history = store.history();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().changed, 1); // newest first
    QCOMPARE(history->first().added, 1);
    QCOMPARE(history->first().removed, 1);
    QCOMPARE(history->last().added, 2);
}

void TestCatalogUpdate::brokenOrFailedDownloadChangesNothing()
{
    CatalogServer server;
    QVERIFY(server.start());
    server.document = kFirst;
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    const QString url = server.baseUrl() + str("/catalog.json");
    QVERIFY(tl::services::updateCatalog(*db, url, true).ok());
    QCOMPARE(storedPrices(*db), 2);

    // Cut off half way: not JSON.
    server.document = kSecond.left(kSecond.size() / 2);
    auto broken = tl::services::updateCatalog(*db, url, true);
    QVERIFY(!broken.ok());
    QCOMPARE(storedPrices(*db), 2);
    // A server error (after its retries).
    server.document = kSecond;
    tl::test::Fault f;
    f.status = 404;
    f.times = -1;
    server.addFault(f);
    auto failed = tl::services::updateCatalog(*db, url, true);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(str("nothing was changed")), qPrintable(failed.errorMessage()));
    QCOMPARE(storedPrices(*db), 2);
    auto history = tl::store::SqliteCatalogStore(*db).history();
    QCOMPARE(history->size(), 1);
}

void TestCatalogUpdate::offlineSaysSo()
{
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    // A port nobody listens on.
    quint16 port = 0;
    {
        CatalogServer probe;
        QVERIFY(probe.start());
        port = probe.port();
    }
    auto r = tl::services::updateCatalog(*db, QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port), false);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(str("offline")), qPrintable(r.errorMessage()));
    // Plain HTTP to another host is refused before anything is sent.
    QVERIFY(!tl::services::updateCatalog(*db, str("http://example.com/catalog.json"), false).ok());
}

void TestCatalogUpdate::appliedPricesReprice()
{
    CatalogServer server;
    QVERIFY(server.start());
    server.document = kFirst;
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    const QString url = server.baseUrl() + str("/catalog.json");
    QVERIFY(tl::services::updateCatalog(*db, url, true).ok());
    // 1,000,000 input tokens of acme-large at 2 per million, stored and priced.
    tl::UsageFact f;
    f.recordKey = str("test:acme-1");
    f.start = 1'796'000'000;
    f.provider = str("acme");
    f.model = str("acme-large");
    f.tokens.requests = 1;
    f.tokens.uncachedInput = 1'000'000;
    QVERIFY(tl::test::storeFacts(*db, {f}, str("acme")).ok());
    QVERIFY(tl::pricing::repriceDatabase(*db).ok());
    QCOMPARE(*db->connection().queryInt("SELECT cost_input FROM usage_fact"), std::int64_t(2'000'000'000));
    // The update lowers the price to 1.5; re-pricing applies it.
    server.document = kSecond;
    QVERIFY(tl::services::updateCatalog(*db, url, true).ok());
    auto r = tl::pricing::repriceDatabase(*db);
    QVERIFY(r.ok());
    QCOMPARE(*db->connection().queryInt("SELECT cost_input FROM usage_fact"), std::int64_t(1'500'000'000));
}

void TestCatalogUpdate::configuredSources()
{
    QTemporaryDir dir;
    auto db = tl::test::openTempDatabase(dir);
    QVERIFY(db);
    // The defaults until a list is set; blank lines and repeats dropped; the defaults again
    // after an empty list.
    QCOMPARE(tl::services::configuredCatalogSources(*db), tl::services::defaultCatalogSources());
    QVERIFY(tl::services::setConfiguredCatalogSources(
                *db, {str(" https://prices.example.org/a.json "), QString(), str("/srv/b.json"),
                      str("https://prices.example.org/a.json")})
                .ok());
    QCOMPARE(tl::services::configuredCatalogSources(*db),
             QStringList({str("https://prices.example.org/a.json"), str("/srv/b.json")}));
    QVERIFY(tl::services::setConfiguredCatalogSources(*db, {}).ok());
    QCOMPARE(tl::services::configuredCatalogSources(*db), tl::services::defaultCatalogSources());
}

QTEST_GUILESS_MAIN(TestCatalogUpdate)
#include "tst_catalog_update.moc"
