// Nothing cut off in the dialogs: each dialog of ui/dialogs (and the About box) shown at its
// natural size over the main window with the demo organisation, the window at 1280×800 and
// 1920×1080, in English and German with the app's translations. A dialog gets the size Qt
// gives a window on show (its size hint, at most two thirds of the screen — here the main
// window's size stands for the screen — and at least its minimum size). The checks are those
// of ElisionChecks.h; each problem is reported with dialog, size, language, object and text.
//
// With TL_TOUR_DIR set, each dialog is also saved as <dir>/<dialog>-<W>x<H>-<en|de>.png: the
// main window with the dialog centred over it, as a user sees it.
#include "LanguageScope.h"
#include "ElisionChecks.h"
#include "FakeCatalogServer.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/BudgetDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/CsvMappingDialog.h"
#include "dialogs/CurrencyDialog.h"
#include "dialogs/DiscountDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/PriceOverrideDialog.h"
#include "dialogs/PriceUpdateDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/ScenarioCompareDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "itemmodels/PriceTableModel.h"
#include "services/AppServices.h"
#include "services/BudgetService.h"
#include "services/CatalogUpdateService.h"
#include "services/DashboardService.h"
#include "services/ImportService.h"
#include "services/PricesService.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/WhatIfService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

using namespace tl;

namespace {

QString dataFile(const char *relative)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

void settle(services::AppServices &services, int ms = 200)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms
           || ((services.dashboard()->isBusy() || services.savings()->isBusy()) && t.elapsed() < 60'000)) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
}

// The size Qt gives a window that shows without having been resized (QWidget::adjustSize):
// its size hint, at most two thirds of the screen; resize() keeps it at least at the minimum.
// A dialog that sized itself keeps its size.
void showAtNaturalSize(QWidget *dialog, QWidget *over)
{
    const QSize screen = over->size();
    dialog->ensurePolished();
    const QSize hint = dialog->testAttribute(Qt::WA_Resized)
                           ? dialog->size()
                           : dialog->sizeHint().boundedTo(QSize(screen.width() * 2 / 3, screen.height() * 2 / 3));
    dialog->resize(hint);
    dialog->move(over->mapToGlobal(QPoint((over->width() - dialog->width()) / 2, (over->height() - dialog->height()) / 2)));
    dialog->show();
    dialog->resize(hint); // show() on a platform without a window manager may adjust it again
}

// The main window with the dialog centred over it, framed as a window manager would.
void saveTour(QWidget *window, QWidget *dialog, const QString &name, const QString &language)
{
    const QString dir = qEnvironmentVariable("TL_TOUR_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QPixmap shot = window->grab();
    {
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPoint at = window->mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0)));
        const QRect frame(at - QPoint(1, 25), dialog->size() + QSize(2, 26));
        p.fillRect(frame, QColor(0x3a, 0x3f, 0x47));
        p.setPen(Qt::white);
        p.drawText(frame.adjusted(8, 0, -8, 0).topLeft() + QPoint(0, 17), dialog->windowTitle());
        p.drawPixmap(at, dialog->grab());
    }
    const QString file = QStringLiteral("%1/%2-%3x%4-%5.png").arg(dir, name).arg(window->width()).arg(window->height()).arg(language);
    QVERIFY2(shot.save(file), qPrintable(file));
}

} // namespace

class TestNoElisionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        services::Session session;
        QVERIFY(session.openWithDemoOnFirstStart(m_path).ok());
        QVERIFY(m_server.start());
        m_server.document = test::FakeCatalogServer::firstDocument();
    }

    void nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void nothingIsCutOff()
    {
        QFETCH(QString, language);
        const test::LanguageScope scope{QLocale(language)};
        if (language != u"en")
            QVERIFY(scope.installed() != QLocale::English);

        services::Session session;
        QVERIFY(session.open(m_path).ok());
        auto services = test::appServices(session);
        ui::MainWindow w(services.get());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle(*services, 400);
        QVERIFY(services->catalogUpdates()->setSources({m_server.catalogUrl()}).ok());

        const auto values = [s = services.get()](Dimension d) { return s->budgets()->dimensionValues(d); };
        const auto connection = [&](const char *provider) {
            return [&, provider]() -> QWidget * {
                auto *d = new ui::ConnectionDialog(std::nullopt, false, services->sync(), &w);
                auto *combo = d->findChild<QComboBox *>(QStringLiteral("connectionProvider"));
                combo->setCurrentIndex(combo->findData(QString::fromLatin1(provider)));
                return d;
            };
        };
        QVERIFY(!services->budgets()->statuses().isEmpty());
        QVERIFY(services->prices()->priceTable()->rowCount() > 0);

        const struct
        {
            const char *name;
            std::function<QWidget *()> make;
            std::function<void(QWidget *)> afterShow = {};
        } dialogs[] = {
            {"connection-openai", connection("openai")},
            {"connection-anthropic", connection("anthropic")},
            {"connection-aws", connection("aws")},
            {"connection-azure", connection("azure")},
            {"connection-google", connection("google")},
            {"budget-new",
             [&]() -> QWidget * {
                 return new ui::BudgetDialog(budgets::Budget{}, true, values, DisplayCurrency::load(QSettings()), &w);
             }},
            {"budget-edit",
             [&]() -> QWidget * {
                 return new ui::BudgetDialog(services->budgets()->statuses().first().budget, false, values,
                                             DisplayCurrency::load(QSettings()), &w);
             }},
            {"csv-mapping",
             [&]() -> QWidget * { return new ui::CsvMappingDialog(services->imports(), dataFile("ingest/generic.csv"), &w); }},
            {"currency",
             [&]() -> QWidget * { return new ui::CurrencyDialog(services->dashboard()->displayCurrency(), &w); }},
            {"discount-new",
             [&]() -> QWidget * {
                 QMap<QString, QStringList> models;
                 for (const QString &provider : services->prices()->providers())
                     models.insert(provider, services->prices()->modelsOf(provider));
                 return new ui::DiscountDialog(models, std::nullopt, &w);
             }},
            {"discount-edit",
             [&]() -> QWidget * {
                 const pricing::Discount d{QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"),
                                           QStringLiteral("12.5"), QStringLiteral("Enterprise agreement 2026")};
                 return new ui::DiscountDialog({}, d, &w);
             }},
            {"price-override",
             [&]() -> QWidget * { return new ui::PriceOverrideDialog(*services->prices()->priceTable()->priceAt(0), &w); }},
            {"price-update", [&]() -> QWidget * { return new ui::PriceUpdateDialog(services->catalogUpdates(), &w); },
             [&](QWidget *d) {
                 static_cast<ui::PriceUpdateDialog *>(d)->checkNow();
                 QTRY_VERIFY_WITH_TIMEOUT(!services->catalogUpdates()->isChecking(), test::kSlowMachineMs);
             }},
            {"report",
             [&]() -> QWidget * {
                 auto *d = new ui::ReportDialog(session.path(), &w);
                 d->setToday(services->dashboard()->today());
                 d->setPeriod(services->dashboard()->period().from, services->dashboard()->period().to);
                 d->setFilter(services->dashboard()->filter());
                 d->setCurrency(services->dashboard()->displayCurrency());
                 d->setOrganisation(session.organisationName());
                 d->addScenarioFile(dataFile("scenarios/full.json"), false);
                 return d;
             },
             [&](QWidget *d) {
                 auto *report = static_cast<ui::ReportDialog *>(d);
                 QSignalSpy ready(report, &ui::ReportDialog::previewReady);
                 report->preview();
                 QVERIFY(ready.wait(120'000));
             }},
            {"scenario-compare",
             [&]() -> QWidget * {
                 services->whatIf()->compare({dataFile("scenarios/full.json"), dataFile("scenarios/manual.json")});
                 return new ui::ScenarioCompareDialog(services->whatIf()->comparison(), &w);
             }},
            {"shortcuts", [&]() -> QWidget * { return new ui::ShortcutsDialog(w.menuBar(), &w); }},
            {"help", [&]() -> QWidget * { return new ui::HelpDialog(&w); }},
        };

        QStringList offenders;
        int examined = 0;
        const auto inspect = [&](QWidget *d, const QString &name) {
            settle(*services);
            examined += test::visibleTexts(d);
            for (const QString &problem : test::elisionProblems(d))
                offenders << QStringLiteral("%1 · %2×%3 · %4 · %5").arg(name).arg(w.width()).arg(w.height()).arg(language, problem);
            saveTour(&w, d, name, language);
        };
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            w.resize(size);
            settle(*services);
            for (const auto &spec : dialogs) {
                std::unique_ptr<QWidget> d(spec.make());
                showAtNaturalSize(d.get(), &w);
                QVERIFY(QTest::qWaitForWindowExposed(d.get()));
                if (spec.afterShow)
                    spec.afterShow(d.get());
                inspect(d.get(), QString::fromLatin1(spec.name));
            }
            // The About box is a QMessageBox the main window opens modally.
            QAction *about = nullptr;
            for (QAction *a : w.findChildren<QAction *>())
                if (a->text() == QCoreApplication::translate("tl::ui::MainWindow", "&About TokenLedger"))
                    about = a;
            QVERIFY(about);
            bool seen = false;
            QTimer::singleShot(100, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box) {
                    seen = true;
                    box->move(w.mapToGlobal(QPoint((w.width() - box->width()) / 2, (w.height() - box->height()) / 2)));
                    inspect(box, QStringLiteral("about"));
                    box->accept();
                }
            });
            about->trigger();
            QVERIFY(seen);
        }
        QVERIFY2(examined > 300, qPrintable(QString::number(examined))); // the dialogs' texts were there to look at
        offenders.removeDuplicates();
        for (const QString &o : std::as_const(offenders))
            qWarning().noquote() << "cut off:" << o;
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("%1 cut-off texts (listed above)").arg(offenders.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::FakeCatalogServer m_server;
};

QTEST_MAIN(TestNoElisionDialogs)
#include "tst_no_elision_dialogs.moc"
