// Nothing cut off: the main window with the demo organisation at 1280×800 and 1920×1080, in
// English and German (the app's translations installed as the app installs them), visiting
// every standard page, and the first steps an empty database shows on Dashboard and Explore. A visible label whose text is wider than the label (or, word-wrapped,
// taller than it), a visible header section whose title does not fit, and a push or tool
// button whose text does not fit are reported with page, size, language, object and text.
//
// Also: drilling down from a one-day dashboard period into Explore prints no
// "QString::arg: Argument missing" (a one-day text asked for a day count it does not have).
#include "TestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "services/AppServices.h"
#include "services/DashboardService.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/WhatIfService.h"
#include "pages/DashboardPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
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
#include <QTranslator>

#include <cmath>
#include <memory>

using namespace tl;

namespace {

// Widgets whose text is cut off by design, each with its reason. Keep this list short.
struct Allowed
{
    const char *objectName;
    const char *why;
};
constexpr Allowed kAllowed[] = {
    // (none yet)
    {"", ""},
};

bool allowed(const QWidget *w)
{
    for (const Allowed &a : kAllowed)
        if (*a.objectName && w->objectName() == QLatin1String(a.objectName))
            return true;
    return false;
}

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    // Unnamed widgets are named by their nearest named ancestor.
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("(in %1)").arg(p->objectName());
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString plain(QString text)
{
    // Mnemonics: "&Import" shows as "Import", "&&" as "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// A widget counts when it is shown and has been given room (a collapsed splitter pane is
// not cut off, it is closed).
bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 1 && w->height() > 1;
}

QStringList labelProblems(QLabel *l)
{
    if (!shown(l) || l->text().isEmpty() || !l->pixmap().isNull() || allowed(l))
        return {};
    const QRect cr = l->contentsRect();
    const int margin = 2 * l->margin() + std::max(0, l->indent());
    const bool rich = l->textFormat() == Qt::RichText
                      || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
    QString text = l->text();
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(l->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        text = doc.toPlainText();
        if (l->wordWrap()) {
            doc.setTextWidth(cr.width() - margin);
            if (doc.size().height() > cr.height() + 1)
                return {QStringLiteral("%1: wrapped text needs %2 px of height, has %3: \"%4\"")
                            .arg(describe(l))
                            .arg(int(doc.size().height()))
                            .arg(cr.height())
                            .arg(text)};
            return {};
        }
        const int needed = int(std::ceil(doc.idealWidth()));
        if (needed > cr.width() - margin + 1)
            return {QStringLiteral("%1: needs %2 px, has %3: \"%4\"").arg(describe(l)).arg(needed).arg(cr.width() - margin).arg(text)};
        return {};
    }
    const QFontMetrics fm(l->font());
    if (l->wordWrap()) {
        const QRect need = fm.boundingRect(QRect(0, 0, cr.width() - margin, 100000), Qt::TextWordWrap | int(l->alignment()), text);
        if (need.height() > cr.height() + 1 || need.width() > cr.width() - margin + 1)
            return {QStringLiteral("%1: wrapped text needs %2×%3 px, has %4×%5: \"%6\"")
                        .arg(describe(l))
                        .arg(need.width())
                        .arg(need.height())
                        .arg(cr.width() - margin)
                        .arg(cr.height())
                        .arg(text)};
        return {};
    }
    const int needed = widest(fm, plain(text));
    if (needed > cr.width() - margin)
        return {QStringLiteral("%1: needs %2 px, has %3: \"%4\"").arg(describe(l)).arg(needed).arg(cr.width() - margin).arg(text)};
    return {};
}

QStringList headerProblems(QHeaderView *h)
{
    if (!shown(h) || !h->model() || allowed(h))
        return {};
    QStringList out;
    const QFontMetrics fm(h->font());
    const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    for (int i = 0; i < h->count(); ++i) {
        if (h->isSectionHidden(i) || h->sectionSize(i) <= 0)
            continue;
        const QString text = h->model()->headerData(i, h->orientation(), Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        int room = h->orientation() == Qt::Horizontal ? h->sectionSize(i) : h->width();
        room -= margin;
        if (h->isSortIndicatorShown() && h->sortIndicatorSection() == i)
            room -= h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        const QVariant align = h->model()->headerData(i, h->orientation(), Qt::TextAlignmentRole);
        const int flags = align.isValid() ? align.toInt() : int(h->defaultAlignment());
        if (flags & Qt::TextWordWrap) {
            // Titles that wrap (two-line headers) must fit the header's height, and no word
            // may be wider than the section.
            const QRect need = fm.boundingRect(QRect(0, 0, std::max(1, room), 100000), Qt::TextWordWrap | Qt::AlignCenter, text);
            const int height = h->orientation() == Qt::Horizontal ? h->height() : h->sectionSize(i);
            if (need.width() > room || need.height() > height - 2)
                out << QStringLiteral("%1 section %2: wrapped title needs %3×%4 px, has %5×%6: \"%7\"")
                           .arg(describe(h->parentWidget() ? h->parentWidget() : h))
                           .arg(i)
                           .arg(need.width())
                           .arg(need.height())
                           .arg(room)
                           .arg(height - 2)
                           .arg(text);
            continue;
        }
        const int needed = widest(fm, text);
        const int has = room;
        if (needed > has)
            out << QStringLiteral("%1 section %2: needs %3 px, has %4: \"%5\"")
                       .arg(describe(h->parentWidget() ? h->parentWidget() : h))
                       .arg(i)
                       .arg(needed)
                       .arg(has)
                       .arg(text);
    }
    return out;
}

QStringList buttonProblems(QAbstractButton *b)
{
    if (!shown(b) || b->text().isEmpty() || allowed(b))
        return {};
    int iconExtra = 0;
    if (auto *tool = qobject_cast<QToolButton *>(b)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !b->icon().isNull())
            iconExtra = b->iconSize().width() + 4;
    } else if (!b->icon().isNull()) {
        iconExtra = b->iconSize().width() + 4;
    }
    if (auto *push = qobject_cast<QPushButton *>(b); push && push->menu())
        iconExtra += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, b);
    const QFontMetrics fm(b->font());
    const int needed = widest(fm, plain(b->text())) + iconExtra + 4;
    if (needed > b->width())
        return {QStringLiteral("%1: needs %2 px, has %3: \"%4\"").arg(describe(b)).arg(needed).arg(b->width()).arg(plain(b->text()))};
    return {};
}

QStringList problems(QWidget *window)
{
    QStringList out;
    for (QLabel *l : window->findChildren<QLabel *>())
        out << labelProblems(l);
    for (QHeaderView *h : window->findChildren<QHeaderView *>())
        out << headerProblems(h);
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (qobject_cast<QPushButton *>(b) || qobject_cast<QToolButton *>(b))
            out << buttonProblems(b);
    return out;
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
        const QLocale previous;
        const QLocale locale(language);
        QLocale::setDefault(locale);
        if (language != u"en")
            QVERIFY(installTranslations(*qApp, locale) != QLocale::English);
        const auto restore = qScopeGuard([&] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>())
                QCoreApplication::removeTranslator(t);
            QLocale::setDefault(previous);
        });

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
                    examined += shown(l) && !l->text().isEmpty() ? 1 : 0;
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
