// Sources ▸ Team ledger offscreen, in the main window, against a real PostgreSQL the test
// starts (PostgresServer): the URL's login is shown, the password goes to the credential store
// (an in-memory one, as for the provider connections) and nowhere else, subscribing pulls the
// ledger's records and budgets and the status line says how many came in, new records arrive
// on their own, the dashboard's data and the budgets follow, errors name the cause, and
// unsubscribing forgets URL and password. Skips where PostgreSQL is not installed.
#include "MainWindow.h"
#include "PostgresServer.h"
#include "TestSupport.h"

#include "itemmodels/BudgetListModel.h"

#include "pages/SourcesPage.h"
#include "providers/CredentialStore.h"
#include "services/AppServices.h"
#include "services/BudgetService.h"
#include "services/LedgerSubscriptionService.h"
#include "services/Session.h"
#include "services/SyncService.h"
#include "widgets/MessageWidget.h"
#include "widgets/TeamLedgerPanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace tl;
using services::LedgerSubscriptionService;

namespace {

QByteArray liteLlmLines(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += QStringLiteral("{\"request_id\":\"panel-%1\",\"prompt_tokens\":%2,\"completion_tokens\":%3,"
                              "\"startTime\":\"2025-06-%4T%5:00:00Z\",\"model\":\"gpt-4o-mini\","
                              "\"custom_llm_provider\":\"openai\",\"user\":\"user%6\",\"team_id\":\"search\"}\n")
                   .arg(i)
                   .arg(1000 + i % 900)
                   .arg(100 + i % 300)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 24, 2, 10, QLatin1Char('0'))
                   .arg(i % 7)
                   .toUtf8();
    return out;
}

} // namespace

class TestTeamLedgerPanel : public QObject
{
    Q_OBJECT
    test::PostgresServer m_pg;
    QTemporaryDir m_dir;
    QString m_url;
    int m_files = 0;

    void collectorImports(int first, int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("panel-%1.jsonl").arg(++m_files));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(liteLlmLines(first, count));
        f.close();
        auto r = test::runCli({QStringLiteral("--ledger"), m_url, QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), count);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        if (test::PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); ./build.sh deps installs it");
        QString why;
        QVERIFY2(m_pg.start(&why), qPrintable(why));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("team"), &why), qPrintable(why));
        m_url = m_pg.url(QStringLiteral("team"));
        auto init = test::runCli({QStringLiteral("--ledger"), m_url, QStringLiteral("ledger"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        // The team's budget: a cent for June 2025, which the ledger's records exceed.
        auto budget = test::runCli({QStringLiteral("--ledger"), m_url, QStringLiteral("budgets"), QStringLiteral("add"),
                                    QStringLiteral("--name"), QStringLiteral("Team June"), QStringLiteral("--amount"),
                                    QStringLiteral("0.01"), QStringLiteral("--scope"), QStringLiteral("organisation"),
                                    QStringLiteral("--period"), QStringLiteral("custom"), QStringLiteral("--from"),
                                    QStringLiteral("2025-06-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30")});
        QVERIFY2(budget.exitCode == 0, budget.err.constData());
        collectorImports(0, 600);
    }

    void subscribeFromTheSourcesPage()
    {
        services::Session session;
        QVERIFY(session.createEmpty(m_dir.filePath(QStringLiteral("panel.db"))).ok());
        auto services = test::appServices(session);
        services->ledger()->setReconnectDelays(200, 1000);
        ui::MainWindow w(services.get());
        w.resize(1100, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(ui::MainWindow::Sources);
        auto *panel = w.sourcesPage()->findChild<ui::TeamLedgerPanel *>(QStringLiteral("teamLedgerPanel"));
        QVERIFY(panel);
        auto *url = panel->findChild<QLineEdit *>(QStringLiteral("ledgerUrl"));
        auto *user = panel->findChild<QLabel *>(QStringLiteral("ledgerUser"));
        auto *password = panel->findChild<QLineEdit *>(QStringLiteral("ledgerPassword"));
        auto *subscribe = panel->findChild<QPushButton *>(QStringLiteral("ledgerSubscribeButton"));
        auto *pull = panel->findChild<QPushButton *>(QStringLiteral("ledgerPullButton"));
        auto *unsubscribe = panel->findChild<QPushButton *>(QStringLiteral("ledgerUnsubscribeButton"));
        auto *message = panel->findChild<ui::MessageWidget *>(QStringLiteral("ledgerMessage"));
        QVERIFY(url && user && password && subscribe && pull && unsubscribe && message);
        QVERIFY(panel->statusText().startsWith(QLatin1String("Not subscribed")));
        QVERIFY(!pull->isEnabled());
        QVERIFY(!unsubscribe->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        providers::CredentialStore *keychain = services->sync()->credentialStore();

        // A password in the URL is refused in plain words, and not echoed.
        url->clear();
        QTest::keyClicks(url, QStringLiteral("postgresql://alice:hunter2@127.0.0.1/team"));
        QVERIFY2(user->toolTip().contains(QLatin1String("password")), qPrintable(user->toolTip()));
        QVERIFY(!user->toolTip().contains(QLatin1String("hunter2")));
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("password")));
        QVERIFY(!message->text().contains(QLatin1String("hunter2")));
        QVERIFY(!services->ledger()->isSubscribed());

        // The real ledger: the login comes from the URL, the password goes to the keychain.
        url->clear();
        QTest::keyClicks(url, m_url);
        QCOMPARE(user->text(), QStringLiteral("tokenledger"));
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QSignalSpy usage(services.get(), &services::AppServices::usageChanged);
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(!message->isVisible());
        QVERIFY(password->text().isEmpty());
        QVERIFY(services->ledger()->isSubscribed());
        QCOMPARE(keychain->read(services->ledger()->passwordItem()).value().value_or(QByteArray()),
                 QByteArray("correct horse"));
        store::Database *db = session.database();
        QCOMPARE(db->setting(QStringLiteral("ledger-subscription-url")), m_url);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM setting WHERE value LIKE '%horse%'").value(), 0);

        // The first pull brings the 600 records and the team's budget; the status line says so.
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("600 records came in")),
                                  qPrintable(panel->statusText()), test::kSlowMachineMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("Listening for changes")),
                                 test::kSlowMachineMs);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 600);
        QVERIFY(usage.count() >= 1);
        QVERIFY(pull->isEnabled());
        QVERIFY(unsubscribe->isEnabled());
        // The dashboard refreshed and the ledger's budget was evaluated on this desktop.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const budgets::BudgetStatus &s : services->budgets()->statuses())
                    if (s.budget.name == u"Team June" && s.facts == 600 && !s.crossedActual.isEmpty())
                        return true;
                return false;
            }(),
            test::kSlowMachineMs);

        // The ledger's budget says where its figures come from: the team ledger by its URL, then
        // how the spend was reached; the list's tooltip and the Budgets page's caption alike.
        {
            const QString from = QStringLiteral("from the team ledger %1, ").arg(QUrl(m_url).toDisplayString(QUrl::RemovePassword));
            itemmodels::BudgetListModel *list = services->budgets()->budgetList();
            qint64 id = 0;
            QString tip;
            for (int row = 0; row < list->rowCount(); ++row)
                if (list->index(row, 0).data().toString() == u"Team June") {
                    id = list->index(row, 0).data(itemmodels::BudgetListModel::BudgetIdRole).toLongLong();
                    tip = list->index(row, 0).data(Qt::ToolTipRole).toString();
                }
            QVERIFY(id > 0);
            QVERIFY2(tip.contains(from), qPrintable(tip));
            QVERIFY2(tip.contains(QLatin1String("Kept in step with the team ledger")), qPrintable(tip));
            QVERIFY2(!tip.contains(QLatin1String("Mirrors")), qPrintable(tip));
            w.openBudget(id);
            auto *caption = w.findChild<QLabel *>(QStringLiteral("budgetBurnCaption"));
            QVERIFY(caption);
            QVERIFY2(caption->text().contains(from), qPrintable(caption->text()));
            w.showPage(ui::MainWindow::Sources);
        }

        // What the panel looks like (checked by eye; not committed).
        w.sourcesPage()->grab().save(QStringLiteral("/tmp/team-ledger-sources-page.png"));
        panel->grab().save(QStringLiteral("/tmp/team-ledger-panel.png"));

        // A collector's import arrives on its own.
        collectorImports(600, 45);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("45 records came in (645 since subscribing)")),
                                  qPrintable(panel->statusText()), test::kSlowMachineMs);
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 645);

        // Pull now with nothing new: no records, no error.
        QTest::mouseClick(pull, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("0 records came in (645 since subscribing)")),
                                  qPrintable(panel->statusText()), test::kSlowMachineMs);
        QVERIFY(!panel->statusText().contains(QLatin1String("failed")));

        // Unsubscribing forgets the URL and the password; the records stay.
        QTest::mouseClick(unsubscribe, Qt::LeftButton);
        QVERIFY(!services->ledger()->isSubscribed());
        QVERIFY(panel->statusText().startsWith(QLatin1String("Not subscribed")));
        QVERIFY(message->text().contains(QLatin1String("stay")));
        QVERIFY(!keychain->read(services->ledger()->passwordItem()).value().has_value());
        QVERIFY(db->setting(QStringLiteral("ledger-subscription-url")).isEmpty());
        QCOMPARE(db->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 645);
    }

    void aLedgerThatIsNotThereIsNamed()
    {
        services::Session session;
        QVERIFY(session.createEmpty(m_dir.filePath(QStringLiteral("missing.db"))).ok());
        auto services = test::appServices(session);
        services->ledger()->setReconnectDelays(200, 400);
        ui::TeamLedgerPanel panel(services->ledger());
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *url = panel.findChild<QLineEdit *>(QStringLiteral("ledgerUrl"));
        url->setText(m_pg.url(QStringLiteral("gone")));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("ledgerSubscribeButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel.statusText().contains(QLatin1String("Connection lost")),
                                  qPrintable(panel.statusText()), test::kSlowMachineMs);
        QVERIFY2(panel.statusText().contains(QLatin1String("database \"gone\" does not exist")),
                 qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QLatin1String("Trying again in")));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("ledgerPullButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel.statusText().contains(QLatin1String("Last pull failed: Cannot connect to the ledger at")),
                                  qPrintable(panel.statusText()), test::kSlowMachineMs);
    }
};

QTEST_MAIN(TestTeamLedgerPanel)
#include "tst_team_ledger_panel.moc"
