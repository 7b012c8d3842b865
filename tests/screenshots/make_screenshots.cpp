// tokenledger-screenshots: the pictures of the README and the user guide, made from the demo
// organisation by the real main window at a fixed size. docs/make-screenshots.sh runs it under
// Xvfb; the test suite runs it offscreen (--check) so that it keeps working as the GUI changes.
//
//   tokenledger-screenshots --out DIR [--db DEMO.db] [--size 1280x800] [--lang de] [--suffix -de]
//                           [--check]
//
// Without --db it makes the demo organisation afresh, as the app's first start does; DEMO.db
// (`tokenledger-cli demo`) is copied first, so the file itself is never changed. Writes
// dashboard, explore, whatif, whatif-self-hosting, savings, budgets, prices, report-dialog,
// getting-started (an empty database) and sources-import (a LiteLLM log with two damaged lines
// imported into it) as PNG files.

#include "MainWindow.h"
#include "Translations.h"
#include "demo/DemoStory.h"
#include "dialogs/ReportDialog.h"
#include "pages/SourcesPage.h"
#include "providers/CredentialStore.h"
#include "money/DisplayCurrency.h"
#include "services/AppServices.h"
#include "services/DashboardService.h"
#include "services/ImportService.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/WhatIfService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

using namespace tl;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Lets the window settle: background refreshes finish, charts lay out, animations end.
void settle(services::DashboardService *dashboard, int ms = 700)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms || (dashboard->isBusy() && t.elapsed() < 20'000)) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

class Shooter
{
public:
    Shooter(QDir out, QString suffix, QSize size, bool check)
        : m_out(std::move(out)), m_suffix(std::move(suffix)), m_size(size), m_check(check)
    {
    }

    // `windowSized`: the picture must have the size asked for (the main window); dialogs
    // have their own.
    bool shoot(QWidget *window, const QString &name, bool windowSized = true)
    {
        const QPixmap picture = window->grab();
        const QString path = m_out.filePath(name + m_suffix + QStringLiteral(".png"));
        if (picture.isNull() || !picture.save(path)) {
            say(QStringLiteral("Cannot write %1").arg(path));
            return false;
        }
        if (m_check && !looksRight(picture.toImage(), path, windowSized))
            return false;
        say(QStringLiteral("%1  %2×%3").arg(path).arg(picture.width()).arg(picture.height()));
        ++m_count;
        return true;
    }

    int count() const { return m_count; }

private:
    // The window at the size asked for, and a real picture: many distinct colours, not a
    // blank or single-colour surface.
    bool looksRight(const QImage &image, const QString &path, bool windowSized) const
    {
        if (windowSized && image.size() != m_size) {
            say(QStringLiteral("%1: %2×%3, expected %4×%5")
                    .arg(path)
                    .arg(image.width())
                    .arg(image.height())
                    .arg(m_size.width())
                    .arg(m_size.height()));
            return false;
        }
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        if (colours.size() < 12) {
            say(QStringLiteral("%1: only %2 colours, the window looks empty").arg(path).arg(colours.size()));
            return false;
        }
        return true;
    }

    QDir m_out;
    QString m_suffix;
    QSize m_size;
    bool m_check;
    int m_count = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("TokenLedger"));
    // Settings of its own, so that neither a user's last scenario nor their window layout
    // shows up in the pictures; cleared on every run.
    app.setOrganizationName(QStringLiteral("TokenLedger-screenshots"));
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes the README's and user guide's screenshots from the demo."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Demo database (copied, not changed)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size (default 1280x800)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language, e.g. de (default: English)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption suffixOption(QStringLiteral("suffix"), QStringLiteral("Appended to each file name."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Fail unless every picture has the size asked for and content."));
    const QCommandLineOption currencyOption(QStringLiteral("currency"),
                                            QStringLiteral("Display currency and its rate per USD, e.g. EUR:0.92."),
                                            QStringLiteral("CODE:RATE"));
    parser.addOptions({dbOption, outOption, sizeOption, langOption, suffixOption, checkOption, currencyOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        say(QStringLiteral("--out is required"));
        return 2;
    }
    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.width() < 640 || size.height() < 480) {
        say(QStringLiteral("--size must be at least 640x480, like 1280x800"));
        return 2;
    }
    if (parser.isSet(langOption)) {
        const QLocale locale(parser.value(langOption));
        QLocale::setDefault(locale);
        installTranslations(app, locale);
    }

    QTemporaryDir work;
    const QString dbPath = work.filePath(QStringLiteral("demo.db"));
    if (parser.isSet(dbOption) && !QFile::copy(parser.value(dbOption), dbPath)) {
        say(QStringLiteral("Cannot copy %1").arg(parser.value(dbOption)));
        return 1;
    }
    QDir out(parser.value(outOption));
    if (!out.exists() && !QDir().mkpath(out.absolutePath())) {
        say(QStringLiteral("Cannot create %1").arg(out.path()));
        return 1;
    }

    services::Session session;
    if (Status s = session.openWithDemoOnFirstStart(dbPath); !s) {
        say(s.errorMessage());
        return 1;
    }
    if (!session.isDemo()) {
        say(QStringLiteral("%1 does not hold the demo organisation; make it with `tokenledger-cli --db FILE demo`")
                .arg(parser.value(dbOption)));
        return 1;
    }
    services::AppServices services(session, std::make_shared<providers::MemoryCredentialStore>());
    ui::MainWindow window(&services);
    window.resize(size);
    window.show();
    services::DashboardService *dashboard = services.dashboard();
    if (parser.isSet(currencyOption)) {
        const QStringList parts = parser.value(currencyOption).split(u':');
        QString why;
        const auto currency = DisplayCurrency::create(parts.value(0), {}, parts.value(1), QDate::currentDate(), &why);
        if (!currency) {
            say(QStringLiteral("--currency: %1").arg(why));
            return 1;
        }
        dashboard->setDisplayCurrency(*currency);
    }
    settle(dashboard, 1500);

    Shooter shooter(out, parser.value(suffixOption), size, parser.isSet(checkOption));
    const struct
    {
        ui::MainWindow::Page page;
        const char *name;
    } pages[] = {
        {ui::MainWindow::Dashboard, "dashboard"}, {ui::MainWindow::Explore, "explore"},
        {ui::MainWindow::WhatIf, "whatif"},       {ui::MainWindow::Savings, "savings"},
        {ui::MainWindow::Budgets, "budgets"},     {ui::MainWindow::Prices, "prices"},
    };
    bool ok = true;
    for (const auto &p : pages) {
        window.showPage(p.page);
        if (p.page == ui::MainWindow::WhatIf)
            services.whatIf()->openExample(0);
        if (p.page == ui::MainWindow::Savings) {
            // The finder runs on a worker; wait for its list.
            QElapsedTimer t;
            t.start();
            while ((services.savings()->isBusy() || t.elapsed() < 300) && t.elapsed() < 60'000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        if (p.page == ui::MainWindow::Budgets)
            window.openBudget(1); // the organisation's budget, with its burn-up chart
        settle(dashboard);
        ok = shooter.shoot(&window, QString::fromLatin1(p.name)) && ok;
    }
    {
        // File ▸ Export report…, as the dashboard's period fills it in.
        // With the savings plan saved as a file, as a user who kept it would have it.
        const QString plan = work.filePath(QStringLiteral("Northwind savings plan.json"));
        QFile planFile(plan);
        const QList<planning::Scenario> examples = demo::DemoStory::storedScenarios(*session.database());
        if (examples.isEmpty() || !planFile.open(QIODevice::WriteOnly) || planFile.write(examples.first().toJson()) < 0) {
            say(QStringLiteral("Cannot write %1").arg(plan));
            return 1;
        }
        planFile.close();
        ui::ReportDialog report(dbPath, &window);
        report.setToday(dashboard->today());
        report.setPeriod(dashboard->period().from, dashboard->period().to);
        report.addScenarioFile(plan, true);
        report.show();
        QEventLoop waitForPreview;
        QObject::connect(&report, &ui::ReportDialog::previewReady, &waitForPreview, &QEventLoop::quit);
        QTimer::singleShot(60'000, &waitForPreview, &QEventLoop::quit);
        report.preview();
        waitForPreview.exec();
        settle(dashboard);
        ok = shooter.shoot(&report, QStringLiteral("report-dialog"), false) && ok;
    }

    window.showPage(ui::MainWindow::WhatIf);
    services.whatIf()->openExample(1);
    // The break-even chart is this scenario's point: give it the room a user would drag to.
    if (auto *charts = window.findChild<QSplitter *>(QStringLiteral("whatIfChartSplitter")))
        charts->setSizes({1, 1});
    settle(dashboard);
    ok = shooter.shoot(&window, QStringLiteral("whatif-self-hosting")) && ok;

    // A new user's first look at an empty database.
    if (Status s = session.createEmpty(work.filePath(QStringLiteral("empty.db"))); !s) {
        say(s.errorMessage());
        return 1;
    }
    window.showPage(ui::MainWindow::Dashboard);
    settle(dashboard);
    ok = shooter.shoot(&window, QStringLiteral("getting-started")) && ok;

    // The Sources page after importing a LiteLLM spend log of yesterday with two damaged lines:
    // the history and the problems it names.
    const QString logPath = work.filePath(QStringLiteral("litellm-spend.jsonl"));
    {
        QFile log(logPath);
        if (!log.open(QIODevice::WriteOnly)) {
            say(QStringLiteral("Cannot write %1").arg(logPath));
            return 1;
        }
        const QDateTime day(QDate::currentDate().addDays(-1), QTime(8, 0), QTimeZone::utc());
        const char *models[][2] = {{"gpt-4o-mini", "openai"}, {"anthropic/claude-sonnet-4-20250514", "anthropic"},
                                   {"gpt-4.1", "openai"}};
        const char *users[] = {"ana", "bob", "chen", "dara"};
        for (int i = 0; i < 240; ++i) {
            const int prompt = 400 + (i * 37) % 2600;
            const int completion = 40 + (i * 53) % 600;
            QByteArray line = QStringLiteral(
                "{\"request_id\":\"chatcmpl-%1\",\"call_type\":\"acompletion\",\"api_key\":\"hashed-key-%2\","
                "\"spend\":0,\"total_tokens\":%3,\"prompt_tokens\":%4,\"completion_tokens\":%5,"
                "\"startTime\":\"%6\",\"model\":\"%7\",\"custom_llm_provider\":\"%8\",\"user\":\"%9\","
                "\"team_id\":\"support\",\"request_tags\":[\"use_case:helpdesk\"]}")
                                  .arg(i, 4, 10, QLatin1Char('0'))
                                  .arg(i % 3)
                                  .arg(prompt + completion)
                                  .arg(prompt)
                                  .arg(completion)
                                  .arg(day.addSecs(i * 211).toString(Qt::ISODate), QString::fromLatin1(models[i % 3][0]),
                                       QString::fromLatin1(models[i % 3][1]), QString::fromLatin1(users[i % 4]))
                                  .toUtf8();
            if (i == 117) // a line cut off mid-write, as when a log rotates
                line = line.left(line.size() / 2);
            if (i == 181) // a value the proxy wrote as text
                line.replace("\"prompt_tokens\":", "\"prompt_tokens\":\"n/a\",\"x\":");
            log.write(line + '\n');
        }
    }
    window.showPage(ui::MainWindow::Sources);
    QEventLoop waitForImport;
    QObject::connect(services.imports(), &services::ImportService::importFinished, &waitForImport, &QEventLoop::quit);
    QTimer::singleShot(60'000, &waitForImport, &QEventLoop::quit);
    window.sourcesPage()->importFiles({logPath});
    waitForImport.exec();
    settle(dashboard);
    ok = shooter.shoot(&window, QStringLiteral("sources-import")) && ok;

    if (!ok)
        return 1;
    say(QStringLiteral("%1 screenshots in %2").arg(shooter.count()).arg(out.absolutePath()));
    return 0;
}
