// The Sources page's connections panel, driven like a user: add a connection through the
// dialog (key in the credential store, never on disk), test it, sync it against the fake
// OpenAI server, read the verdicts for a bad key, missing admin rights, an unreachable host
// and plain HTTP, cancel a stalled sync, and remove the connection.
#include "TestSupport.h"
#include "FakeProviders.h"
#include "SyncTestHelpers.h"

#include "dialogs/ConnectionDialog.h"
#include "FakeAzure.h"
#include "FakeBigQuery.h"
#include "providers/ConnectionSecrets.h"
#include "itemmodels/ConnectionsModel.h"
#include "services/SyncService.h"
#include "widgets/ConnectionsPanel.h"
#include "widgets/MessageWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace tl;
using namespace tl::providers;
using namespace tl::services;
using namespace tl::test;

namespace {

// Runs `fill` on the connection dialog once it is open (it presses OK or rejects).
void whenDialogOpens(const std::function<void(ui::ConnectionDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<ui::ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

void setText(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

void pressOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestConnectionsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<ui::ConnectionsPanel> m_panel;
    FakeOpenAi m_server;

    template <typename T> T *child(const char *name)
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }
    QString status() { return child<ui::MessageWidget>("syncStatus")->text(); }

    void selectFirstRow() { child<QTableView>("connectionsTable")->selectRow(0); }

    void editKey(const QString &key, const QString &baseUrl = {})
    {
        whenDialogOpens([key, baseUrl](ui::ConnectionDialog *d) {
            setText(d, "connectionApiKey", key);
            if (!baseUrl.isEmpty())
                setText(d, "connectionBaseUrl", baseUrl);
            pressOk(d);
        });
        QTest::mouseClick(child<QPushButton>("editConnectionButton"), Qt::LeftButton);
    }

    QString runTest()
    {
        QSignalSpy done(m_service.get(), &SyncService::testFinished);
        QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
        if (!done.wait(tl::test::kSlowMachineMs))
            return QStringLiteral("(no verdict)");
        return status();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenLedgerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connections_panel"));
        QVERIFY(m_server.start());
        m_server.addRow(QStringLiteral("completions"), utcDay(2026, 11, 2),
                        {{QStringLiteral("input_tokens"), 1000000},
                         {QStringLiteral("output_tokens"), 100000},
                         {QStringLiteral("num_model_requests"), 5},
                         {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        m_server.addRow(QStringLiteral("costs"), utcDay(2026, 11, 2),
                        {{QStringLiteral("amount"),
                          QJsonObject{{QStringLiteral("value"), 3.5},
                                      {QStringLiteral("currency"), QStringLiteral("usd")}}}});
        m_db = openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_store = std::make_shared<MemoryCredentialStore>();
        m_service = std::make_unique<SyncService>(m_store);
        SyncOptions options;
        options.from = QDate(2026, 11, 1);
        options.to = QDate(2026, 11, 3);
        options.retry = fastRetry(2);
        m_service->setSyncOptions(options);
        m_service->setDatabase(m_db.get());
        new QAbstractItemModelTester(m_service->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_service.get());
        m_panel = std::make_unique<ui::ConnectionsPanel>(m_service.get());
        m_panel->resize(1100, 420);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_service.reset();
    }

    void startsEmpty()
    {
        QCOMPARE(m_service->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>("syncNowButton")->isEnabled());
        QVERIFY(!child<QPushButton>("testConnectionButton")->isEnabled());
    }

    void plainHttpToARemoteHostIsRefusedInTheDialog()
    {
        QString error;
        whenDialogOpens([&error](ui::ConnectionDialog *d) {
            setText(d, "connectionBaseUrl", QStringLiteral("http://billing.example.com/v1"));
            pressOk(d);
            error = d->findChild<ui::MessageWidget *>(QStringLiteral("connectionError"))->text();
            d->reject();
        });
        QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
        QVERIFY2(error.contains(QLatin1String("TLS required")), qPrintable(error));
        QCOMPARE(m_service->model()->rowCount(), 0);
    }

    void addConnectionStoresTheKeyInTheCredentialStore()
    {
        const QString url = m_server.baseUrl() + QStringLiteral("/v1");
        const QString key = QString::fromLatin1(m_server.adminKey);
        whenDialogOpens([url, key](ui::ConnectionDialog *d) {
            auto *provider = d->findChild<QComboBox *>(QStringLiteral("connectionProvider"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("connectionApiKey"))->echoMode(),
                     QLineEdit::Password);
            setText(d, "connectionName", QStringLiteral("OpenAI production"));
            setText(d, "connectionBaseUrl", url);
            setText(d, "connectionApiKey", key);
            setText(d, "connectionFilter", QStringLiteral("proj_a, proj_b"));
            pressOk(d);
        });
        QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
        QCOMPARE(m_service->model()->rowCount(), 1);
        const Connection *c = m_service->model()->connectionAt(0);
        QCOMPARE(c->name, QStringLiteral("OpenAI production"));
        QCOMPARE(
            m_service->model()->index(0, itemmodels::ConnectionsModel::Filters).data().toString(),
            QStringLiteral("projects: proj_a, proj_b"));
        auto stored = ConnectionSecrets(m_store.get(), m_service->databaseId()).load(*c);
        QVERIFY(stored.ok() && *stored);
        QCOMPARE((*stored)->apiKey, m_server.adminKey);
        QVERIFY(status().contains(QLatin1String("saved")));
    }

    void dialogTestsWhatIsTypedInBeforeSaving()
    {
        selectFirstRow();
        QString wrong, right;
        whenDialogOpens([&](ui::ConnectionDialog *d) {
            auto *test = d->findChild<QPushButton *>(QStringLiteral("dialogTestButton"));
            auto *verdict = d->findChild<ui::MessageWidget *>(QStringLiteral("connectionVerdict"));
            QVERIFY(test && verdict);
            setText(d, "connectionApiKey", QStringLiteral("sk-admin-typed-but-wrong"));
            test->click();
            QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), tl::test::kSlowMachineMs);
            wrong = verdict->text();
            setText(d, "connectionApiKey", QString()); // empty: the stored key
            test->click();
            QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), tl::test::kSlowMachineMs);
            right = verdict->text();
            d->reject();
        });
        QTest::mouseClick(child<QPushButton>("editConnectionButton"), Qt::LeftButton);
        QVERIFY2(wrong.startsWith(QLatin1String("Bad key")), qPrintable(wrong));
        QVERIFY2(right.contains(QLatin1String("Connection works")), qPrintable(right));
        // The verdicts were the dialog's: the page under it does not keep showing them.
        const QString panelStatus = child<ui::MessageWidget>("syncStatus")->text();
        QVERIFY2(!panelStatus.contains(QLatin1String("Bad key")) && !panelStatus.contains(QLatin1String("Connection works")),
                 qPrintable(panelStatus));
        auto stored = ConnectionSecrets(m_store.get(), m_service->databaseId())
                          .load(*m_service->model()->connectionAt(0));
        QCOMPARE((*stored)->apiKey, m_server.adminKey); // a cancelled dialog changes nothing
    }

    void testConnectionGivesReadableVerdicts()
    {
        selectFirstRow();
        QVERIFY(runTest().contains(QLatin1String("Connection works")));

        editKey(QStringLiteral("sk-admin-typo-in-the-key"));
        selectFirstRow();
        QString verdict = runTest();
        QVERIFY2(verdict.startsWith(QLatin1String("Bad key")), qPrintable(verdict));
        QVERIFY(!verdict.contains(QLatin1String("typo-in-the-key")));

        editKey(QString::fromLatin1(m_server.readOnlyKey));
        selectFirstRow();
        verdict = runTest();
        QVERIFY2(verdict.startsWith(QLatin1String("No admin rights")), qPrintable(verdict));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
        closed.close();
        editKey(QString::fromLatin1(m_server.adminKey), deadUrl);
        selectFirstRow();
        verdict = runTest();
        QVERIFY2(verdict.startsWith(QLatin1String("Network unreachable")), qPrintable(verdict));

        editKey(QString(),
                m_server.baseUrl() + QStringLiteral("/v1")); // empty key field keeps the stored key
        selectFirstRow();
        QVERIFY(runTest().contains(QLatin1String("Connection works")));
    }

    void syncNowShowsProgressAndTheResult()
    {
        selectFirstRow();
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        QSignalSpy progress(m_service.get(), &SyncService::syncProgress);
        QTest::mouseClick(child<QPushButton>("syncNowButton"), Qt::LeftButton);
        QVERIFY(child<QProgressBar>("syncProgress")->isVisible());
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(progress.count() > 0);
        QVERIFY2(status().contains(QLatin1String("Billed 3.50 USD, computed 3.50 USD")),
                 qPrintable(status()));
        QVERIFY(!child<QProgressBar>("syncProgress")->isVisible());
        QCOMPARE(m_service->model()->index(0, itemmodels::ConnectionsModel::Rows).data().toString(),
                 QStringLiteral("2 new · 0 replaced · 0 unchanged"));
        QVERIFY(m_service->model()
                    ->index(0, itemmodels::ConnectionsModel::LastSync)
                    .data()
                    .toString()
                    .contains(QLatin1String("done")));
        if (const QByteArray dir = qgetenv("TOKENLEDGER_SCREENSHOT_DIR"); !dir.isEmpty())
            m_panel->grab().save(QString::fromLocal8Bit(dir) +
                                 QStringLiteral("/connections-panel.png"));

        // Again: nothing changes.
        finished.clear();
        QTest::mouseClick(child<QPushButton>("syncNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QCOMPARE(m_service->model()->index(0, itemmodels::ConnectionsModel::Rows).data().toString(),
                 QStringLiteral("0 new · 0 replaced · 2 unchanged"));

        // What auto-sync runs at each interval: every connection in turn.
        finished.clear();
        m_service->syncAll();
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("OpenAI production"));
        QVERIFY(finished.first().at(1).toBool());
    }

    void cancelStopsAStalledSync()
    {
        for (int i = 0; i < 3; ++i)
            m_server.addFault({Fault::Kind::Stall, 0, {}, {}, false});
        SyncOptions slow;
        slow.from = QDate(2026, 11, 1);
        slow.to = QDate(2026, 11, 3);
        slow.retry = fastRetry(3);
        slow.retry.transferTimeoutMs = 30000;
        m_service->setSyncOptions(slow);
        selectFirstRow();
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        QTest::mouseClick(child<QPushButton>("syncNowButton"), Qt::LeftButton);
        auto *cancel = child<QPushButton>("cancelSyncButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), tl::test::kSlowMachineMs);
        QTest::qWait(100);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY2(status().contains(QLatin1String("Cancelled")), qPrintable(status()));
        QVERIFY(m_service->model()
                    ->index(0, itemmodels::ConnectionsModel::LastSync)
                    .data()
                    .toString()
                    .contains(QLatin1String("cancelled")));
        m_server.clearFaults(); // the stalls the cancelled sync did not reach
    }

    void keyIsNeitherInTheDatabaseNorInTheSettings()
    {
        // The panel writes its auto-sync interval to the settings file; the key never goes there.
        auto *autoSync = child<QSpinBox>("autoSyncMinutes");
        autoSync->setValue(15);
        QCOMPARE(m_service->autoSyncInterval(), 15);
        autoSync->setValue(0);
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = settingsFile.readAll();
        QVERIFY(bytes.contains("autoSyncMinutes"));
        QVERIFY(!bytes.contains(m_server.adminKey));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_db->path() + suffix);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(m_server.adminKey));
        }
    }

    void aMissingKeyIsShownInTheList()
    {
        qunsetenv("ANTHROPIC_ADMIN_KEY");
        Connection c;
        c.provider = QStringLiteral("anthropic");
        c.name = QStringLiteral("Claude without key");
        c.baseUrl = m_server.baseUrl();
        auto id = m_service->saveConnection(c, std::nullopt);
        QVERIFY(id.ok());
        QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
        QVERIFY(m_service->startSync(*id));
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QVERIFY(!finished.first().at(1).toBool());
        const int row = m_service->model()->rowOf(*id);
        const QString error = m_service->model()
                                  ->index(row, itemmodels::ConnectionsModel::LastError)
                                  .data()
                                  .toString();
        QVERIFY2(error.contains(QLatin1String("ANTHROPIC_ADMIN_KEY")), qPrintable(error));
        QVERIFY(m_service->model()
                    ->index(row, itemmodels::ConnectionsModel::LastSync)
                    .data()
                    .toString()
                    .contains(QLatin1String("failed")));
        QVERIFY(m_service->removeConnection(*id).ok());
    }

    void awsConnectionKeepsAllThreeSecretsInTheStore()
    {
        FakeAws aws;
        QVERIFY(aws.start());
        aws.sessionToken = "FwoGZXIvYXdzEFAKEGUITOKEN";
        const QString url = aws.baseUrl();
        whenDialogOpens([&](ui::ConnectionDialog *d) {
            auto *provider = d->findChild<QComboBox *>(QStringLiteral("connectionProvider"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("aws")));
            QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("connectionApiKey"))->isVisibleTo(d));
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("connectionSecretKey"))->echoMode(),
                     QLineEdit::Password);
            setText(d, "connectionName", QStringLiteral("Bedrock"));
            setText(d, "connectionBaseUrl", url);
            setText(d, "connectionAccessKeyId", QString::fromLatin1(aws.accessKeyId));
            setText(d, "connectionSecretKey", QString::fromLatin1(aws.secretAccessKey));
            setText(d, "connectionSessionToken", QString::fromLatin1(aws.sessionToken));
            setText(d, "connectionService", QStringLiteral("Amazon Bedrock"));
            pressOk(d);
        });
        QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
        std::int64_t id = 0;
        for (int row = 0; row < m_service->model()->rowCount(); ++row)
            if (m_service->model()->connectionAt(row)->name == u"Bedrock")
                id = m_service->model()->connectionAt(row)->id;
        QVERIFY(id != 0);
        const Connection c = *m_service->connection(id);
        QCOMPARE(c.provider, QStringLiteral("aws"));
        auto stored = ConnectionSecrets(m_store.get(), m_service->databaseId()).load(c);
        QVERIFY(stored.ok() && *stored);
        const Credentials creds = **stored;
        QCOMPARE(creds.aws.accessKeyId, aws.accessKeyId);
        QCOMPARE(creds.aws.secretAccessKey, aws.secretAccessKey);
        QCOMPARE(creds.aws.sessionToken, aws.sessionToken);
        child<QTableView>("connectionsTable")->selectRow(m_service->model()->rowOf(id));
        const QString verdict = runTest();
        QVERIFY2(verdict.contains(QLatin1String("Connection works")),
                 qPrintable(verdict + u' ' + aws.lastSignatureProblem));
        QFile db(m_db->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains(aws.secretAccessKey) && !bytes.contains(aws.accessKeyId) &&
                !bytes.contains(aws.sessionToken));
        QVERIFY(m_service->removeConnection(id).ok());
    }

    // Issue 22: the Azure and Google rows of the dialog, saved as options, the secret in the
    // store, and "Test connection" signing in against the fakes.
    void cloudConnectionsThroughTheDialog()
    {
        FakeAzure azure;
        QVERIFY(azure.start());
        whenDialogOpens([&](ui::ConnectionDialog *d) {
            auto *provider = d->findChild<QComboBox *>(QStringLiteral("connectionProvider"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("azure")));
            QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("connectionTenant"))->isVisibleTo(d));
            QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("connectionTable"))->isVisibleTo(d));
            QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("connectionFilter"))->isVisibleTo(d));
            setText(d, "connectionName", QStringLiteral("Azure OpenAI"));
            setText(d, "connectionBaseUrl", azure.baseUrl());
            setText(d, "connectionTenant", azure.tenant);
            setText(d, "connectionClientId", azure.clientId);
            setText(d, "connectionScope", azure.scope);
            setText(d, "connectionApiKey", QString::fromLatin1(azure.clientSecret));
            pressOk(d);
        });
        QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
        std::int64_t id = 0;
        for (int row = 0; row < m_service->model()->rowCount(); ++row)
            if (m_service->model()->connectionAt(row)->name == u"Azure OpenAI")
                id = m_service->model()->connectionAt(row)->id;
        QVERIFY(id != 0);
        Connection c = *m_service->connection(id);
        QCOMPARE(c.provider, QStringLiteral("azure"));
        QCOMPARE(c.options.value(QStringLiteral("tenant_id")).toString(), azure.tenant);
        QCOMPARE(c.options.value(QStringLiteral("scope")).toString(), azure.scope);
        auto stored = ConnectionSecrets(m_store.get(), m_service->databaseId()).load(c);
        QVERIFY(stored.ok() && *stored);
        QCOMPARE((*stored)->apiKey, azure.clientSecret);
        child<QTableView>("connectionsTable")->selectRow(m_service->model()->rowOf(id));
        QString verdict = runTest();
        QVERIFY2(verdict.contains(QLatin1String("Connection works")), qPrintable(verdict));
        QCOMPARE(azure.tokensIssued(), 1);
        QVERIFY(m_service->removeConnection(id).ok());

        FakeBigQuery google;
        QVERIFY(google.start());
        whenDialogOpens([&](ui::ConnectionDialog *d) {
            auto *provider = d->findChild<QComboBox *>(QStringLiteral("connectionProvider"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("google")));
            QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("connectionTable"))->isVisibleTo(d));
            QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("connectionTenant"))->isVisibleTo(d));
            setText(d, "connectionName", QStringLiteral("Vertex"));
            setText(d, "connectionBaseUrl", google.baseUrl() + QStringLiteral("/bigquery/v2"));
            setText(d, "connectionProject", google.project);
            setText(d, "connectionTable", google.table);
            setText(d, "connectionApiKey", QString::fromLatin1(google.pastedToken));
            pressOk(d);
        });
        QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
        id = 0;
        for (int row = 0; row < m_service->model()->rowCount(); ++row)
            if (m_service->model()->connectionAt(row)->name == u"Vertex")
                id = m_service->model()->connectionAt(row)->id;
        QVERIFY(id != 0);
        c = *m_service->connection(id);
        QCOMPARE(c.options.value(QStringLiteral("table")).toString(), google.table);
        child<QTableView>("connectionsTable")->selectRow(m_service->model()->rowOf(id));
        verdict = runTest();
        QVERIFY2(verdict.contains(QLatin1String("Connection works")), qPrintable(verdict));
        QFile db(m_db->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains(azure.clientSecret) && !bytes.contains(google.pastedToken));
        QVERIFY(m_service->removeConnection(id).ok());
    }

    void removeForgetsTheKey()
    {
        const QString key = ConnectionSecrets::itemKey(m_service->databaseId(),
                                                       m_service->model()->connectionAt(0)->id);
        selectFirstRow();
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>("removeConnectionButton"), Qt::LeftButton);
        QCOMPARE(m_service->model()->rowCount(), 0);
        auto stored = m_store->read(key);
        QVERIFY(stored.ok() && !*stored);
    }
};

QTEST_MAIN(TestConnectionsPanel)
#include "tst_connections_panel.moc"
