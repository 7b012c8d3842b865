// The team ledger's prices and CSV column mappings (ledger schema 6) against a real PostgreSQL
// the test starts itself: a collector imports a catalog and sets an override in the ledger,
// desktops mirror them on their pulls (and follow changes and removals), `reprice --ledger`
// and collector imports price with them, a team analyst reads them but cannot write them, a
// mapping saved in the ledger reaches a desktop. Skips where PostgreSQL is not installed.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/SqliteCatalogStore.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/LedgerCatalogStore.h"
#include "store/ledger/PgConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace tl;

namespace {

QJsonObject json(const test::CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// A price as a comparable line: catalog (without a mirror's origin), key and figures.
QString line(const pricing::ModelPrice &p, const QString &stripPrefix = {})
{
    QString catalog = p.catalog;
    if (!stripPrefix.isEmpty() && catalog.startsWith(stripPrefix))
        catalog = catalog.mid(stripPrefix.size());
    const pricing::PriceSet &s = p.prices;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(catalog, p.provider, p.model, p.effectiveFrom.toString(Qt::ISODate), p.effectiveTo.toString(Qt::ISODate))
        .arg(s.input.nanos())
        .arg(s.output.nanos())
        .arg(s.cacheRead ? s.cacheRead->nanos() : -1);
}

} // namespace

class TestLedgerPrices : public QObject
{
    Q_OBJECT
    test::PostgresServer m_pg;
    QTemporaryDir m_dir;
    const QString m_name = QStringLiteral("ledgerprices");
    QString m_url;        // the server's superuser (sets the ledger up)
    QString m_collector;  // collector1, a member of tokenledger_collector
    QString m_alice;      // a team analyst

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sql(const QString &query) { return m_pg.psql(m_name, query); }
    qint64 factCost() { return sql(QStringLiteral("SELECT sum(cost_input + cost_cache_read + cost_cache_write + cost_output) FROM fact")).toLongLong(); }
    qint64 priceChange() { return sql(QStringLiteral("SELECT change_seq FROM price_state")).toLongLong(); }

    test::CliRun cli(const QString &url, const QStringList &args)
    {
        QStringList all;
        if (!url.isEmpty())
            all << QStringLiteral("--ledger") << url;
        return test::runCli(all + args);
    }
    QJsonObject pull(const QString &url, const QString &db)
    {
        auto r = cli(url, {QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("pull"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return json(r);
    }
    // The ledger's prices and the desktop's copy of them, as sorted lines.
    QStringList ledgerPrices()
    {
        auto address = store::ledger::LedgerAddress::parse(m_url);
        auto conn = store::ledger::PgConnection::open(*address);
        if (!conn)
            return {conn.errorMessage()};
        auto prices = store::ledger::LedgerCatalogStore(**conn).prices();
        QStringList out;
        for (const auto &p : *prices)
            out << line(p);
        out.sort();
        return out;
    }
    QStringList desktopPrices(const QString &db)
    {
        auto opened = store::Database::open(db, store::Database::Create::MustExist);
        if (!opened)
            return {opened.errorMessage()};
        const QString id = sql(QStringLiteral("SELECT value FROM ledger_meta WHERE key = 'ledger_id'"));
        const QString prefix = QStringLiteral("ledger:%1:").arg(id);
        auto prices = store::SqliteCatalogStore(**opened).prices();
        QStringList out;
        for (const auto &p : *prices)
            if (p.catalog.startsWith(prefix))
                out << line(p, prefix);
        out.sort();
        return out;
    }
    qint64 desktopCost(const QString &db)
    {
        auto opened = store::Database::open(db, store::Database::Create::MustExist);
        if (!opened)
            return -1;
        auto cost = (*opened)->connection().queryInt("SELECT sum(cost_input + cost_cache_read + cost_cache_write + "
                                                     "cost_output) FROM usage_fact");
        return cost ? *cost : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (test::PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); ./build.sh deps installs it");
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        QVERIFY2(m_pg.createDatabase(m_name, &why), qPrintable(why));
        m_url = m_pg.url(m_name);
        auto init = cli(m_url, {QStringLiteral("ledger"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(!m_pg.psql(m_name, QStringLiteral("CREATE ROLE collector1 LOGIN; CREATE ROLE alice LOGIN"), &why).isNull(),
                 qPrintable(why));
        for (const QStringList &g : {QStringList{QStringLiteral("collector"), QStringLiteral("collector1")},
                                     QStringList{QStringLiteral("team-analyst"), QStringLiteral("alice"),
                                                 QStringLiteral("--team"), QStringLiteral("search")}}) {
            auto r = cli(m_url, QStringList{QStringLiteral("ledger"), QStringLiteral("grant")} + g);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        m_collector = m_pg.url(m_name, QStringLiteral("collector1"));
        m_alice = m_pg.url(m_name, QStringLiteral("alice"));
    }

    // The collector imports a catalog and sets an override; importing again and setting the
    // same override again write nothing (the price change number stays).
    void collectorWritesPrices()
    {
        auto r = cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("import"),
                                   QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/custom-small.json"),
                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("entries")).toInt(), 3);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ledger_price WHERE catalog = 'custom'")), QStringLiteral("3"));
        QCOMPARE(sql(QStringLiteral("SELECT db_user FROM catalog_source WHERE name = 'custom'")), QStringLiteral("collector1"));
        const qint64 afterImport = priceChange();
        auto again = cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("import"),
                                       QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/custom-small.json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(priceChange(), afterImport);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM catalog_history")), QStringLiteral("1"));

        const QStringList setPrice{QStringLiteral("catalog"), QStringLiteral("set-price"), QStringLiteral("openai"),
                                   QStringLiteral("gpt-4o-mini"), QStringLiteral("--input"), QStringLiteral("0.20"),
                                   QStringLiteral("--output"), QStringLiteral("0.80")};
        auto o = cli(m_collector, setPrice);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(sql(QStringLiteral("SELECT input || '/' || output FROM ledger_price WHERE catalog = 'user'")),
                 QStringLiteral("200000000/800000000"));
        const qint64 afterOverride = priceChange();
        QVERIFY(afterOverride != afterImport);
        QCOMPARE(cli(m_collector, setPrice).exitCode, 0);
        QCOMPARE(priceChange(), afterOverride);
    }

    // A collector import into the ledger is priced with the ledger's override; a desktop's
    // pull stores the ledger's prices, marked as the team ledger's.
    void desktopMirrorsPrices()
    {
        const QString log = path(QStringLiteral("one.jsonl"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"request_id\":\"r1\",\"prompt_tokens\":1000000,\"completion_tokens\":1000000,"
                "\"startTime\":\"2025-06-10T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"custom_llm_provider\":\"openai\","
                "\"user\":\"u1\",\"team_id\":\"search\"}\n");
        f.close();
        // The collector's own database has other prices: they play no part.
        const QString own = path(QStringLiteral("collector.db"));
        QCOMPARE(cli(QString(), {QStringLiteral("--db"), own, QStringLiteral("catalog"), QStringLiteral("set-price"),
                                 QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--input"),
                                 QStringLiteral("9"), QStringLiteral("--output"), QStringLiteral("9")})
                     .exitCode,
                 0);
        auto imported = cli(m_collector, {QStringLiteral("--db"), own, QStringLiteral("import"), log, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(json(imported).value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(factCost(), 1'000'000'000); // 1M × $0.20 + 1M × $0.80 per million

        const QString desk = path(QStringLiteral("desk-a.db"));
        const QJsonObject p = pull(m_url, desk);
        QCOMPARE(p.value(QStringLiteral("added")).toInt(), 1);
        const QJsonObject prices = p.value(QStringLiteral("prices")).toObject();
        QVERIFY(prices.value(QStringLiteral("mirrored")).toBool());
        QCOMPARE(prices.value(QStringLiteral("catalog_prices")).toInt(), 3);
        QCOMPARE(prices.value(QStringLiteral("overrides")).toInt(), 1);
        QCOMPARE(desktopPrices(desk), ledgerPrices());
        QCOMPARE(desktopPrices(desk).size(), 4);
        QCOMPARE(desktopCost(desk), 1'000'000'000);
        // Nothing changed: the next pull reads one number and copies nothing.
        QVERIFY(!pull(m_url, desk).value(QStringLiteral("prices")).toObject().value(QStringLiteral("mirrored")).toBool());

        // The desktop's own override wins on this computer for its own records, but the
        // ledger's records keep the ledger's cost, also after a local re-price.
        QCOMPARE(cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("catalog"), QStringLiteral("set-price"),
                                 QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--input"),
                                 QStringLiteral("5"), QStringLiteral("--output"), QStringLiteral("5")})
                     .exitCode,
                 0);
        auto local = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("reprice"), QStringLiteral("--json")});
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QCOMPARE(json(local).value(QStringLiteral("records")).toInt(), 0);
        QCOMPARE(desktopCost(desk), 1'000'000'000);
        QCOMPARE(desktopPrices(desk), ledgerPrices()); // the own override is not the ledger's
    }

    // The override changes, then goes: each pull follows, and `reprice --ledger` prices the
    // ledger's record with it, exactly.
    void changesAndRemovalsFollow()
    {
        const QString desk = path(QStringLiteral("desk-a.db"));
        const QString deskB = path(QStringLiteral("desk-b.db"));
        auto o = cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("set-price"), QStringLiteral("openai"),
                                   QStringLiteral("gpt-4o-mini"), QStringLiteral("--input"), QStringLiteral("0.30"),
                                   QStringLiteral("--output"), QStringLiteral("0.80")});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        auto rp = cli(m_collector, {QStringLiteral("reprice"), QStringLiteral("--json")});
        QVERIFY2(rp.exitCode == 0, rp.err.constData());
        QCOMPARE(json(rp).value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(factCost(), 1'100'000'000); // input now $0.30 per million
        QCOMPARE(pull(m_url, desk).value(QStringLiteral("replaced")).toInt(), 1);
        QCOMPARE(desktopPrices(desk), ledgerPrices());
        QVERIFY(desktopPrices(desk).contains(QStringLiteral("user|openai|gpt-4o-mini|||300000000|800000000|-1")));
        QCOMPARE(desktopCost(desk), 1'100'000'000);

        auto removed = cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("remove-price"), QStringLiteral("openai"),
                                         QStringLiteral("gpt-4o-mini"), QStringLiteral("--json")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(json(removed).value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(cli(m_collector, {QStringLiteral("reprice")}).exitCode, 0);
        QCOMPARE(factCost(), 500'000'000); // the ledger's catalog: $0.10 + $0.40 per million
        const QJsonObject p = pull(m_url, desk);
        QCOMPARE(p.value(QStringLiteral("prices")).toObject().value(QStringLiteral("overrides")).toInt(), 0);
        QCOMPARE(desktopPrices(desk), ledgerPrices());
        QCOMPARE(desktopPrices(desk).size(), 3);
        QCOMPARE(desktopCost(desk), 500'000'000);
        // A second desktop shows the same figures.
        pull(m_url, deskB);
        QCOMPARE(desktopPrices(deskB), desktopPrices(desk));
        QCOMPARE(desktopCost(deskB), desktopCost(desk));
    }

    // A team analyst reads the prices (they are not team-private) but cannot change them.
    void teamAnalystReadsButCannotWrite()
    {
        QString why;
        QCOMPARE(m_pg.psqlAs(m_name, QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM ledger_price"), &why),
                 QStringLiteral("3"));
        auto denied = cli(m_alice, {QStringLiteral("catalog"), QStringLiteral("set-price"), QStringLiteral("openai"),
                                    QStringLiteral("gpt-4o-mini"), QStringLiteral("--input"), QStringLiteral("0"),
                                    QStringLiteral("--output"), QStringLiteral("0")});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("permission denied"), denied.err.constData());
        auto discountDenied = cli(m_alice, {QStringLiteral("catalog"), QStringLiteral("set-discount"),
                                            QStringLiteral("openai"), QStringLiteral("--percent"), QStringLiteral("50")});
        QCOMPARE(discountDenied.exitCode, 1);
        QVERIFY2(discountDenied.err.contains("permission denied"), discountDenied.err.constData());
        QVERIFY(m_pg.psqlAs(m_name, QStringLiteral("alice"), QStringLiteral("DELETE FROM price_discount"), &why).isNull());
        QVERIFY2(why.contains(u"permission denied"), qPrintable(why));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ledger_price")), QStringLiteral("3"));

        const QString desk = path(QStringLiteral("desk-alice.db"));
        const QJsonObject p = pull(m_alice, desk);
        QCOMPARE(p.value(QStringLiteral("added")).toInt(), 1); // the search team's record
        QCOMPARE(desktopPrices(desk), ledgerPrices());
    }

    // A discount and a modifier rule set in the ledger reach desktops as read-only rows.
    void discountsAndRulesReachDesktops()
    {
        QCOMPARE(cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("set-discount"), QStringLiteral("openai"),
                                   QStringLiteral("--percent"), QStringLiteral("10")})
                     .exitCode,
                 0);
        QCOMPARE(cli(m_collector, {QStringLiteral("catalog"), QStringLiteral("set-modifier"), QStringLiteral("openai"),
                                   QStringLiteral("fast"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(cli(m_collector, {QStringLiteral("reprice")}).exitCode, 0);
        QCOMPARE(factCost(), 450'000'000); // 10 % off list
        const QString desk = path(QStringLiteral("desk-a.db"));
        const QJsonObject prices = pull(m_url, desk).value(QStringLiteral("prices")).toObject();
        QCOMPARE(prices.value(QStringLiteral("discounts")).toInt(), 1);
        QCOMPARE(prices.value(QStringLiteral("modifier_rules")).toInt(), 1);
        QCOMPARE(desktopCost(desk), 450'000'000);
        auto opened = store::Database::open(desk, store::Database::Create::MustExist);
        QVERIFY(opened);
        auto discounts = store::SqliteCatalogStore(**opened).discounts();
        QVERIFY(discounts);
        QCOMPARE(discounts->size(), 1);
        QVERIFY(discounts->first().origin.startsWith(u"ledger:"));
        // The desktop cannot remove it: its own remove touches only its own discounts.
        QVERIFY(store::SqliteCatalogStore(**opened).removeDiscount(QStringLiteral("openai"), QString()));
        QCOMPARE(store::SqliteCatalogStore(**opened).discounts()->size(), 1);
        auto rules = store::SqliteCatalogStore(**opened).modifierRules();
        QVERIFY(rules);
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->first().origin, QStringLiteral("team ledger"));
    }

    // A mapping saved in the ledger reaches a desktop, read-only there.
    void mappingReachesDesktop()
    {
        const QString def = path(QStringLiteral("mapping.json"));
        QFile f(def);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"columns": {"timestamp": "when", "model": "model", "input_tokens": "in"}, "provider": "openai"})");
        f.close();
        auto saved = cli(m_collector, {QStringLiteral("mappings"), QStringLiteral("save"), QStringLiteral("team-csv"), def});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QCOMPARE(m_pg.psqlAs(m_name, QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM import_mapping")),
                 QStringLiteral("1"));
        auto denied = cli(m_alice, {QStringLiteral("mappings"), QStringLiteral("save"), QStringLiteral("x"), def});
        QCOMPARE(denied.exitCode, 1);

        const QString desk = path(QStringLiteral("desk-a.db"));
        // The desktop has a mapping of its own under the same name: the ledger's gets a suffix.
        auto own = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("mappings"), QStringLiteral("save"),
                                   QStringLiteral("team-csv"), def});
        QVERIFY2(own.exitCode == 0, own.err.constData());
        QCOMPARE(pull(m_url, desk).value(QStringLiteral("prices")).toObject().value(QStringLiteral("mappings")).toInt(), 1);
        auto list = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("mappings"), QStringLiteral("list"),
                                    QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).toVariant().toStringList(),
                 (QStringList{QStringLiteral("team-csv"), QStringLiteral("team-csv (team ledger)")}));
        auto show = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("mappings"), QStringLiteral("show"),
                                    QStringLiteral("team-csv (team ledger)")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("\"when\""));
        auto remove = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("mappings"), QStringLiteral("remove"),
                                      QStringLiteral("team-csv (team ledger)")});
        QCOMPARE(remove.exitCode, 1);
        QVERIFY(remove.err.contains("team ledger"));

        // Removed in the ledger: gone from the desktop on the next pull; its own stays.
        QCOMPARE(cli(m_collector, {QStringLiteral("mappings"), QStringLiteral("remove"), QStringLiteral("team-csv")}).exitCode, 0);
        pull(m_url, desk);
        list = cli(QString(), {QStringLiteral("--db"), desk, QStringLiteral("mappings"), QStringLiteral("list"),
                               QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).toVariant().toStringList(), QStringList{QStringLiteral("team-csv")});
    }

    // Two collectors import the same catalog at the same moment: they take turns, the second
    // finds the first's import and writes nothing.
    void twoCollectorsImportTheSameCatalog()
    {
        const QStringList args{QStringLiteral("--ledger"), m_collector, QStringLiteral("catalog"), QStringLiteral("import"),
                               QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/pricing/litellm-model-prices-subset.json"),
                               QStringLiteral("--json")};
        QProcess p1, p2;
        p1.start(QStringLiteral(TOKENLEDGER_CLI_PATH), args);
        p2.start(QStringLiteral(TOKENLEDGER_CLI_PATH), args);
        QVERIFY(p1.waitForFinished(test::kSlowMachineMs));
        QVERIFY(p2.waitForFinished(test::kSlowMachineMs));
        QVERIFY2(p1.exitCode() == 0, p1.readAllStandardError().constData());
        QVERIFY2(p2.exitCode() == 0, p2.readAllStandardError().constData());
        const int entries = QJsonDocument::fromJson(p1.readAllStandardOutput()).object().value(QStringLiteral("entries")).toInt();
        QVERIFY(entries > 100);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ledger_price WHERE catalog = 'litellm'")).toInt(), entries);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM catalog_history WHERE name = 'litellm'")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerPrices)
#include "tst_ledger_prices.moc"
