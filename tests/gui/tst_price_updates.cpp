// "Check for updates…" on the Prices page against a local catalog server (issue 16): the
// dialog shows what a check found per catalog — models added, changed with what changed, and
// removed — before anything is stored, applies exactly that, says "not modified" on the next
// check, shows a failed download without changing anything, and the optional start-up check
// runs only when it is switched on and at most once in 20 hours.
#include "FakeCatalogServer.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/PriceUpdateDialog.h"
#include "pages/PricesPage.h"
#include "pricing/PriceCatalog.h"
#include "services/AppServices.h"
#include "services/CatalogUpdateService.h"
#include "services/PricesService.h"
#include "services/Session.h"
#include "widgets/MessageWidget.h"
#include "widgets/NoticeBanner.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tl;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

// The input price of `model` in the imported genai-prices catalog, as a decimal ("" if none).
QString inputPrice(const services::PricesService &prices, const QString &model)
{
    for (const pricing::ModelPrice &p : prices.catalog().entries())
        if (p.catalog == u"genai-prices" && p.model == model)
            return p.prices.input.toDecimalString();
    return {};
}

// The children of a result group ("Added (2)") under the first catalog, by model.
QStringList groupModels(QTreeWidget *tree, const QString &groupPrefix, QStringList *notes = nullptr)
{
    QStringList out;
    QTreeWidgetItem *top = tree->topLevelItem(0);
    for (int i = 0; top && i < top->childCount(); ++i) {
        QTreeWidgetItem *group = top->child(i);
        if (!group->text(0).startsWith(groupPrefix))
            continue;
        for (int j = 0; j < group->childCount(); ++j) {
            out << group->child(j)->text(0);
            if (notes)
                *notes << group->child(j)->text(1);
        }
    }
    return out;
}

} // namespace

class TestPriceUpdates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkPreviewsThenApplies();
    void failedDownloadChangesNothing();
    void startupCheckOnlyWhenSwitchedOnAndDue();

private:
    QTemporaryDir m_dir;
    int m_dbNo = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("updates-%1.db").arg(++m_dbNo)); }
};

void TestPriceUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPriceUpdates::checkPreviewsThenApplies()
{
    test::FakeCatalogServer server;
    QVERIFY(server.start());
    server.document = test::FakeCatalogServer::firstDocument();
    server.etag = "\"v1\"";
    services::Session session;
    QVERIFY(session.open(freshPath()).ok());
    auto app = test::appServices(session);
    ui::MainWindow w(app.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    services::CatalogUpdateService *updates = app->catalogUpdates();
    services::PricesService *prices = app->prices();
    QVERIFY(updates->usesDefaultSources());
    QVERIFY(updates->setSources({server.catalogUrl()}).ok());

    ui::PriceUpdateDialog dialog(updates, w.pricesPage());
    dialog.show();
    auto *sources = dialog.findChild<QPlainTextEdit *>(QStringLiteral("updateSources"));
    auto *check = dialog.findChild<QPushButton *>(QStringLiteral("checkNowButton"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyUpdatesButton"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("updateResults"));
    auto *message = dialog.findChild<ui::MessageWidget *>(QStringLiteral("updateMessage"));
    QVERIFY(sources && check && apply && tree && message);
    QCOMPARE(sources->toPlainText(), server.catalogUrl());
    QVERIFY(!apply->isEnabled());

    // First check: two models would be added; nothing is stored yet.
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!updates->isChecking() && !updates->lastCheck().isEmpty(), test::kSlowMachineMs);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), s("catalog.json (127.0.0.1)"));
    QVERIFY2(tree->topLevelItem(0)->text(1).contains(s("2 added, 0 changed, 0 removed")),
             qPrintable(tree->topLevelItem(0)->text(1)));
    QCOMPARE(groupModels(tree, s("Added")), QStringList({s("acme/acme-large"), s("acme/acme-small")}));
    QCOMPARE(inputPrice(*prices, s("acme-large")), QString());
    QVERIFY(apply->isEnabled());
    QCOMPARE(apply->text(), s("&Apply 2 changes"));

    // Applied: exactly what was shown, and the page offers to re-price.
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(inputPrice(*prices, s("acme-large")), s("2"));
    QCOMPARE(inputPrice(*prices, s("acme-small")), s("0.5"));
    QVERIFY2(message->text().contains(s("genai-prices: 2 added, 0 changed, 0 removed")), qPrintable(message->text()));
    QVERIFY(!apply->isEnabled());
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(s("Applied")));
    auto *reprice = w.pricesPage()->findChild<ui::NoticeBanner *>(QStringLiteral("pricesChangedBanner"));
    QVERIFY(reprice && !reprice->isHidden());

    // The catalog moves on: one price changed (with what changed), one model added, one removed.
    server.document = test::FakeCatalogServer::secondDocument();
    server.etag = "\"v2\"";
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!updates->isChecking() && apply->isEnabled(), test::kSlowMachineMs);
    QStringList notes;
    QCOMPARE(groupModels(tree, s("Changed"), &notes), QStringList{s("acme/acme-large")});
    QCOMPARE(notes, QStringList{s("input 2 → 1.5")});
    QCOMPARE(groupModels(tree, s("Added")), QStringList{s("acme/acme-nano")});
    QCOMPARE(groupModels(tree, s("Removed")), QStringList{s("acme/acme-small")});
    // The page says so too, for when the dialog is closed.
    auto *available = w.pricesPage()->findChild<ui::NoticeBanner *>(QStringLiteral("priceUpdatesBanner"));
    QVERIFY(available && !available->isHidden());
    QVERIFY2(available->text().contains(s("3 models")), qPrintable(available->text()));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(inputPrice(*prices, s("acme-large")), s("1.5"));
    QCOMPARE(inputPrice(*prices, s("acme-small")), QString());
    QVERIFY(available->isHidden());

    // Next time: the server answers 304 to the conditional request.
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!updates->isChecking()
                                 && tree->topLevelItem(0)->text(1) == s("Not modified since the last update."),
                             test::kSlowMachineMs);
    QVERIFY(!apply->isEnabled());
}

void TestPriceUpdates::failedDownloadChangesNothing()
{
    test::FakeCatalogServer server;
    QVERIFY(server.start());
    server.document = test::FakeCatalogServer::firstDocument();
    test::Fault f;
    f.status = 503;
    f.times = -1;
    server.addFault(f);
    services::Session session;
    QVERIFY(session.open(freshPath()).ok());
    auto app = test::appServices(session);
    QVERIFY(app->catalogUpdates()->setSources({server.catalogUrl()}).ok());
    const int before = int(app->prices()->catalog().entries().size());
    ui::PriceUpdateDialog dialog(app->catalogUpdates());
    dialog.show();
    dialog.checkNow();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("updateResults"));
    QTRY_VERIFY_WITH_TIMEOUT(!app->catalogUpdates()->isChecking() && tree->topLevelItemCount() == 1,
                             test::kSlowMachineMs);
    const QString verdict = tree->topLevelItem(0)->text(1);
    QVERIFY2(verdict.startsWith(s("Not checked:")) && verdict.contains(s("nothing was changed")), qPrintable(verdict));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyUpdatesButton"))->isEnabled());
    QCOMPARE(int(app->prices()->catalog().entries().size()), before);
}

void TestPriceUpdates::startupCheckOnlyWhenSwitchedOnAndDue()
{
    test::FakeCatalogServer server;
    QVERIFY(server.start());
    server.document = test::FakeCatalogServer::firstDocument();
    services::Session session;
    QVERIFY(session.open(freshPath()).ok());
    auto app = test::appServices(session);
    QVERIFY(app->catalogUpdates()->setSources({server.catalogUrl()}).ok());
    ui::PricesPage page(app->prices(), app->catalogUpdates());
    auto *available = page.findChild<ui::NoticeBanner *>(QStringLiteral("priceUpdatesBanner"));
    QVERIFY(available);

    // Off by default: nothing is downloaded.
    QSettings().remove(QLatin1String(ui::PriceUpdateDialog::kLastStartupCheckKey));
    QSettings().setValue(QLatin1String(ui::PriceUpdateDialog::kCheckOnStartupKey), false);
    page.checkOnStartupIfDue();
    QVERIFY(!app->catalogUpdates()->isChecking());
    QCOMPARE(server.requests().size(), 0);

    // Switched on: checks in the background, and the page says what is waiting.
    QSettings().setValue(QLatin1String(ui::PriceUpdateDialog::kCheckOnStartupKey), true);
    page.checkOnStartupIfDue();
    QTRY_VERIFY_WITH_TIMEOUT(!app->catalogUpdates()->isChecking() && !available->isHidden(), test::kSlowMachineMs);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY2(available->text().contains(s("2 models")), qPrintable(available->text()));
    QCOMPARE(inputPrice(*app->prices(), s("acme-large")), QString()); // nothing applied

    // Within 20 hours of the last start-up check: not again.
    page.checkOnStartupIfDue();
    QVERIFY(!app->catalogUpdates()->isChecking());
    QCOMPARE(server.requests().size(), 1);
}

QTEST_MAIN(TestPriceUpdates)
#include "tst_price_updates.moc"
