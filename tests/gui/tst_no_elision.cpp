// Nothing cut off: the main window with the demo organisation at 1280×800 and 1920×1080, in
// English and German (the app's translations installed as the app installs them), visiting
// every standard page, and the first steps an empty database shows on Dashboard and Explore.
// What counts as cut off (labels, header titles, buttons, check boxes, placeholders, combo
// boxes, and table cells on screen that neither fit nor say their text in their tooltip) is
// in ElisionChecks.h; each is reported with page, size, language, object and text.
//
// Also: drilling down from a one-day dashboard period into Explore prints no
// "QString::arg: Argument missing" (a one-day text asked for a day count it does not have).
#include "LanguageScope.h"
#include "ElisionChecks.h"
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "services/DashboardService.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/WhatIfService.h"
#include "pages/DashboardPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace tl;

namespace {

QStringList problems(QWidget *window)
{
    return test::elisionProblems(window);
}

void settle(services::AppServices &services, int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms
           || ((services.dashboard()->isBusy() || services.savings()->isBusy()) && t.elapsed() < 60'000)) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
}

// Fails the test on "QString::arg: Argument missing" while it is installed.
QtMessageHandler g_previous = nullptr;
QStringList g_argWarnings;
void catchArgWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("QString::arg: Argument missing")))
        g_argWarnings << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestNoElision : public QObject
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
        QVERIFY(session.isDemo());
    }

    // The checks themselves: a label, a header title and a button too narrow for their text
    // are found; the same with room are not.
    void checksFindWhatIsCutOff()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label far too long for its width"), &window);
        label->setObjectName(QStringLiteral("narrowLabel"));
        label->setGeometry(0, 0, 40, 20);
        auto *wrapped = new QLabel(QStringLiteral("A wrapped label with many words in too little height"), &window);
        wrapped->setWordWrap(true);
        wrapped->setGeometry(0, 30, 60, 18);
        auto *button = new QPushButton(QStringLiteral("Import files…"), &window);
        button->setGeometry(0, 60, 30, 24);
        auto *roomy = new QPushButton(QStringLiteral("OK"), &window);
        roomy->setGeometry(0, 90, 120, 24);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Share of total spend"), QStringLiteral("Cost")});
        auto *table = new QTableView(&window);
        table->setModel(&model);
        table->setGeometry(0, 120, 300, 100);
        table->horizontalHeader()->resizeSection(0, 40);
        table->horizontalHeader()->resizeSection(1, 100);
        window.resize(320, 240);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString found = problems(&window).join(u'\n');
        QVERIFY2(found.contains(QLatin1String("narrowLabel")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("too little height")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("Import files")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("Share of total spend")), qPrintable(found));
        QVERIFY2(!found.contains(QLatin1String("\"OK\"")), qPrintable(found));
        QVERIFY2(!found.contains(QLatin1String("\"Cost\"")), qPrintable(found));
        QCOMPARE(problems(&window).size(), 4);
    }

    // The newer checks: a check box, a placeholder, a table cell and a list row too narrow
    // for their text are found; a cut cell whose tooltip says its text is not.
    void checksFindCutOffCellsAndBoxes()
    {
        QWidget window;
        auto *box = new QCheckBox(QStringLiteral("Group by linked account"), &window);
        box->setGeometry(0, 0, 60, 20);
        auto *edit = new QLineEdit(&window);
        edit->setPlaceholderText(QStringLiteral("project that runs the query"));
        edit->setGeometry(0, 30, 60, 24);
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("anthropic/claude-opus-4-20250514")));
        auto *tipped = new QStandardItem(QStringLiteral("openai/gpt-4o-mini-2024-07-18"));
        tipped->setToolTip(QStringLiteral("Model: openai/gpt-4o-mini-2024-07-18"));
        model.setItem(1, 0, tipped);
        model.setItem(0, 1, new QStandardItem(QStringLiteral("$1.00")));
        auto *table = new QTableView(&window);
        table->setModel(&model);
        table->setGeometry(0, 60, 300, 120);
        table->horizontalHeader()->resizeSection(0, 60);
        table->horizontalHeader()->resizeSection(1, 100);
        auto *list = new QListWidget(&window);
        list->addItem(QStringLiteral("Supported file formats"));
        list->setGeometry(0, 190, 60, 60);
        window.resize(320, 260);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList found = problems(&window);
        const QString all = found.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("Group by linked account")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("project that runs the query")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("claude-opus")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("gpt-4o-mini")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("$1.00")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Supported file formats")), qPrintable(all));
        QCOMPARE(found.size(), 4);
    }

    void oneDayDrillDownHasNoMissingArgument()
    {
        services::Session session;
        QVERIFY(session.open(m_path).ok());
        auto services = test::appServices(session);
        ui::MainWindow w(services.get());
        w.resize(1280, 800);
        w.show();
        settle(*services);
        g_argWarnings.clear();
        g_previous = qInstallMessageHandler(catchArgWarnings);
        // A one-day custom period on the dashboard, then a bar of it into Explore.
        const QDate day = services->dashboard()->today().addDays(-2);
        services->dashboard()->setCustomRange(day, day);
        settle(*services);
        Q_EMIT w.dashboardPage()->drillDownRequested(services->dashboard()->drillDownForBar(0, 0));
        settle(*services);
        Q_EMIT w.dashboardPage()->drillDownRequested(services->dashboard()->drillDownForSeries(0));
        settle(*services);
        w.showPage(ui::MainWindow::Dashboard);
        settle(*services);
        qInstallMessageHandler(g_previous);
        QVERIFY2(g_argWarnings.isEmpty(), qPrintable(g_argWarnings.join(u'\n')));
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
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const struct
        {
            ui::MainWindow::Page page;
            const char *name;
        } pages[] = {
            {ui::MainWindow::Dashboard, "Dashboard"}, {ui::MainWindow::Explore, "Explore"},
            {ui::MainWindow::WhatIf, "What-if"},      {ui::MainWindow::Savings, "Savings"},
            {ui::MainWindow::Budgets, "Budgets"},     {ui::MainWindow::Prices, "Prices"},
            {ui::MainWindow::Sources, "Sources"},
        };
        QStringList offenders;
        int examined = 0;
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            w.resize(size);
            for (const auto &p : pages) {
                w.showPage(p.page);
                if (p.page == ui::MainWindow::WhatIf)
                    services->whatIf()->openExample(0);
                if (p.page == ui::MainWindow::Budgets)
                    w.openBudget(1);
                settle(*services);
                for (const QLabel *l : w.findChildren<QLabel *>())
                    examined += test::shown(l) && !l->text().isEmpty() ? 1 : 0;
                // TL_TOUR_DIR: each page as a PNG too, for a look by eye.
                if (const QString tour = qEnvironmentVariable("TL_TOUR_DIR"); !tour.isEmpty())
                    w.grab().save(QStringLiteral("%1/page-%2-%3x%4-%5.png")
                                      .arg(tour, QString::fromLatin1(p.name))
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(language));
                if (qEnvironmentVariableIsSet("TL_ELISION_VERBOSE"))
                    qInfo() << p.name << size << "labels" << examined;
                for (const QString &problem : problems(&w))
                    offenders << QStringLiteral("%1 · %2×%3 · %4 · %5")
                                     .arg(QString::fromLatin1(p.name))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(language, problem);
            }
        }
        // A new user's first look: the empty database's first steps on Dashboard and Explore.
        QVERIFY(session.createEmpty(m_dir.filePath(QStringLiteral("empty-%1.db").arg(language))).ok());
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            w.resize(size);
            for (const auto &p : {pages[0], pages[1]}) {
                w.showPage(p.page);
                settle(*services);
                for (const QString &problem : problems(&w))
                    offenders << QStringLiteral("%1 (empty database) · %2×%3 · %4 · %5")
                                     .arg(QString::fromLatin1(p.name))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(language, problem);
            }
        }
        QVERIFY(examined > 200); // the pages' labels were there to look at
        offenders.removeDuplicates();
        for (const QString &o : std::as_const(offenders))
            qWarning().noquote() << "cut off:" << o;
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("%1 cut-off texts (listed above)").arg(offenders.size())));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestNoElision)
#include "tst_no_elision.moc"
