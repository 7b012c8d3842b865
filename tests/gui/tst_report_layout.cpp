// The report renderer without data: tables that run over pages repeat their header, every page
// is numbered "Page X of Y", fills stay apart in greyscale, and pages paint the same on an
// image as in the PDF (same page count, page size by paper). The budget table breaks across
// pages the same way, and its progress bars are drawn in grey levels a printer keeps apart.
#include "budgets/BudgetEvaluator.h"
#include "report/ReportBudgets.h"
#include "report/ReportCharts.h"
#include "report/ReportDocument.h"
#include "report/ReportLayout.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tl;
using namespace tl::reportui;

namespace {
QString pdfText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longTableRepeatsItsHeader();
    void greyLevelsOrHatchesTellSeriesApart();
    void paperSizes();
    void pagesPaintOnImages();
    void chartAxisIsInTheDisplayCurrency();
    void budgetTableBreaksAcrossPages();
    void budgetBarIsLegibleInGreyscale();
    void crowdedTableCutsNoWord();
    void shortSectionsShareAPage();
};

namespace {
// A month of $10 a day for each budget, evaluated on 20 Nov 2026 at noon (UTC).
budgets::BudgetStatus budgetStatus(const QString &name, int amount, QList<int> thresholds = {50, 80, 100})
{
    budgets::Budget b;
    b.name = name;
    b.scope = {{Dimension::Team, name.toLower()}};
    b.amount = Money::fromUnits(amount);
    b.thresholds = std::move(thresholds);
    budgets::LocalDailySeries spend;
    for (QDate d(2026, 10, 1); d < QDate(2026, 11, 21); d = d.addDays(1)) {
        budgets::LocalDaySpend day;
        day.computed = Money::fromUnits(10);
        day.facts = 1;
        spend[d] = day;
    }
    return budgets::evaluateBudget(b, spend, QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()),
                                   QTimeZone::utc());
}
} // namespace

void TestReportLayout::longTableRepeatsItsHeader()
{
    ReportLayout layout(ReportDocument::paperSize(report::Paper::A4), QStringLiteral("Running title"),
                        QStringLiteral("Footer note"));
    layout.beginSection(QStringLiteral("Long table"));
    QList<QStringList> rows;
    for (int i = 1; i <= 150; ++i)
        rows << QStringList{QStringLiteral("row-%1").arg(i), QStringLiteral("$%1.00").arg(i)};
    layout.table({{QStringLiteral("HeaderModel"), 3}, {QStringLiteral("HeaderCost"), 1, true}}, rows);
    const QList<PageRecord> pages = layout.finish();
    QVERIFY(pages.size() >= 4); // title page + at least three pages of rows

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; the PDF's text cannot be read back");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
    QVERIFY(ReportDocument::writePages(pages, ReportDocument::paperSize(report::Paper::A4), QStringLiteral("t"), pdf).ok());
    int seen = 0;
    for (int p = 2; p <= pages.size(); ++p) {
        const QString text = pdfText(pdf, p);
        QVERIFY2(text.contains(QStringLiteral("HeaderModel")) && text.contains(QStringLiteral("HeaderCost")),
                 qPrintable(QStringLiteral("page %1 has no table header").arg(p)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages.size())));
        QVERIFY(text.contains(QStringLiteral("Running title")));
        seen += int(text.count(QStringLiteral("row-")));
    }
    QCOMPARE(seen, 150); // every row once, none lost at a break
    QVERIFY(pdfText(pdf, int(pages.size())).contains(QStringLiteral("row-150")));
}

void TestReportLayout::greyLevelsOrHatchesTellSeriesApart()
{
    // Two series must differ in grey level by a visible step, or carry different hatches.
    QList<SeriesStyle> styles;
    for (int i = 0; i < 6; ++i)
        styles << seriesStyle(i, false);
    styles << seriesStyle(0, true);
    for (int a = 0; a < styles.size(); ++a) {
        for (int b = a + 1; b < styles.size(); ++b) {
            const int grey = std::abs(qGray(styles[a].fill.rgb()) - qGray(styles[b].fill.rgb()));
            QVERIFY2(grey >= 40 || styles[a].hatch != styles[b].hatch,
                     qPrintable(QStringLiteral("series %1 and %2 look alike in greyscale").arg(a).arg(b)));
        }
    }
}

void TestReportLayout::paperSizes()
{
    QCOMPARE(ReportDocument::paperSize(report::Paper::Letter).toSize(), QSize(6120, 7920));
    const QSizeF a4 = ReportDocument::paperSize(report::Paper::A4);
    QVERIFY(std::abs(a4.width() - 5953) < 2 && std::abs(a4.height() - 8419) < 2);
}

void TestReportLayout::pagesPaintOnImages()
{
    report::ReportData data; // an empty report: title page and an empty summary
    data.request.sections = {report::Section::Summary};
    data.request.paper = report::Paper::Letter;
    data.dashboard.period.from = QDate(2026, 11, 1);
    data.dashboard.period.to = QDate(2026, 11, 30);
    data.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    const ReportDocument document(data, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(document.pageCount(), 2);
    const QImage page = document.pageImage(1, 72);
    QCOMPARE(page.size(), QSize(612, 792));
    // Something was drawn: not every pixel is white.
    bool ink = false;
    for (int y = 0; y < page.height() && !ink; y += 2)
        for (int x = 0; x < page.width() && !ink; x += 2)
            ink = page.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(ink);
}

void TestReportLayout::chartAxisIsInTheDisplayCurrency()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; the PDF's text cannot be read back");
    // Two days of 60 + 40 USD; at 2 EUR per USD the highest bar is 200 EUR, a round axis top.
    query::TimeSeries series;
    series.buckets = {20000, 20001};
    series.series = {QStringLiteral("alpha"), QStringLiteral("beta")};
    series.seriesValues = series.series;
    series.values = {{Money::fromUnits(60), Money::fromUnits(30)}, {Money::fromUnits(40), Money::fromUnits(10)}};
    const auto eur = DisplayCurrency::create(QStringLiteral("EUR"), QStringLiteral("€"), QStringLiteral("2"), {});
    QVERIFY(eur);
    ReportLayout layout(ReportDocument::paperSize(report::Paper::A4), QStringLiteral("t"), QStringLiteral("f"));
    layout.beginSection(QStringLiteral("Chart"));
    Canvas c = layout.canvas();
    drawStackedBars(c, QRectF(layout.content().left(), layout.y(), layout.content().width(), pt(250)), series,
                    ChartContext{*eur, QLocale(QLocale::English, QLocale::UnitedStates)});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(ReportDocument::writePages(layout.finish(), ReportDocument::paperSize(report::Paper::A4), QStringLiteral("t"),
                                       pdf)
                .ok());
    const QString text = pdfText(pdf, 2);
    QVERIFY2(text.contains(QStringLiteral("€200")) && text.contains(QStringLiteral("€150")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("€400")));
    // The legend names each series with its total, converted once.
    QVERIFY(text.contains(QStringLiteral("€180"))); // alpha: 90 USD
    QVERIFY(text.contains(QStringLiteral("€100"))); // beta: 50 USD
}

void TestReportLayout::budgetTableBreaksAcrossPages()
{
    report::ReportData data;
    data.request.sections = {report::Section::Budgets};
    data.dashboard.period.from = QDate(2026, 11, 1);
    data.dashboard.period.to = QDate(2026, 11, 20);
    data.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    data.budgets.asOf = data.generatedAt;
    data.budgets.zone = QTimeZone::utc();
    for (int i = 1; i <= 40; ++i)
        data.budgets.statuses << budgetStatus(QStringLiteral("Budget-%1").arg(i, 2, 10, QLatin1Char('0')), 100 * i);
    const ReportDocument document(data, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(document.pageCount() >= 4); // title page + three pages of budgets

    // Without a budget switched on, the section takes no page at all.
    report::ReportData none = data;
    none.budgets.statuses.clear();
    QCOMPARE(ReportDocument(none, QLocale(QLocale::English, QLocale::UnitedStates)).pageCount(), 1);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; the PDF's text cannot be read back");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("budgets.pdf"));
    QVERIFY(document.writePdf(pdf).ok());
    int seen = 0;
    for (int p = 2; p <= document.pageCount(); ++p) {
        const QString text = pdfText(pdf, p);
        QVERIFY2(text.contains(QStringLiteral("Runs out")) && text.contains(QStringLiteral("Forecast")),
                 qPrintable(QStringLiteral("page %1 has no table header").arg(p)));
        // Table rows only: the summary sentence above the table names budgets in quotes.
        seen += int(text.count(QRegularExpression(QStringLiteral("(?<!\")Budget-\\d\\d(?!\")"))));
    }
    QCOMPARE(seen, 40); // every budget once, none lost at a break
    // $10 a day: $200 spent by 20 Nov; the forecast adds the rest of the 20th (half a day) and
    // ten more days: $305. Budgets of $100 and $200 are used up, $300 is forecast to be.
    const QString first = pdfText(pdf, 2);
    QVERIFY2(first.contains(QStringLiteral("Budget status")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("$200.00")) && first.contains(QStringLiteral("$305.00")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("As of 20 Nov 2026, 37 of 40 budgets are on track")), qPrintable(first));
}

void TestReportLayout::budgetBarIsLegibleInGreyscale()
{
    // Spent 200 of 150 (133 %), forecast 300: the bar needs the dark spend, the hatched part
    // beyond 100 % and the forecast, each a different grey (or pattern) when printed.
    const budgets::BudgetStatus s = budgetStatus(QStringLiteral("Over"), 150);
    QVERIFY(s.breached);
    ReportLayout layout(ReportDocument::paperSize(report::Paper::A4), QStringLiteral("t"), QStringLiteral("f"));
    layout.beginSection(QStringLiteral("Bar"));
    Canvas c = layout.canvas();
    const QRectF area(layout.content().left(), layout.y(), layout.content().width(), pt(20));
    const double used = drawBudgetBar(c, area, s, ChartContext{DisplayCurrency(), QLocale::c()});
    QVERIFY(used > area.height());
    const QList<PageRecord> pages = layout.finish();
    QImage image(ReportDocument::paperSize(report::Paper::A4).toSize() / 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(0.1, 0.1);
        pages[1].paint(painter, FontBook(72));
    }
    // Mean grey of a 8 × 4 pixel patch (hatch lines included) in the middle of the bar.
    const auto greyAt = [&](double x) {
        int sum = 0;
        for (int dx = 0; dx < 8; ++dx)
            for (int dy = 0; dy < 4; ++dy)
                sum += qGray(image.pixel(int(x / 10) + dx - 4, int((area.top() + pt(3)) / 10) + dy));
        return sum / 32;
    };
    const auto atPerMille = [&](double perMille) { return area.left() + area.width() * perMille / 2000.0; };
    const int spent = greyAt(atPerMille(500));     // 25 % of the bar (0 … 200 %)
    const int forecast = greyAt(atPerMille(1700)); // between spend (133 %) and forecast (203 %)
    const int empty = greyAt(area.right() + pt(20));
    QVERIFY2(spent < 100, qPrintable(QString::number(spent)));
    QVERIFY2(forecast > spent + 60 && forecast < empty, qPrintable(QStringLiteral("%1 %2").arg(forecast).arg(empty)));
}

QTEST_MAIN(TestReportLayout)
void TestReportLayout::crowdedTableCutsNoWord()
{
    // More text than the page is wide: the text columns wrap, no word or header is cut.
    ReportLayout layout(ReportDocument::paperSize(report::Paper::A4), QStringLiteral("Running title"),
                        QStringLiteral("Footer note"));
    layout.beginSection(QStringLiteral("Crowded"));
    const QList<QStringList> rows = {
        {QStringLiteral("use_case:email-classification (claude-sonnet-4-20250514)"), QStringLiteral("Prompt caching"),
         QStringLiteral("Route 100.0 % of the requests to anthropic/claude-3-haiku-20240307"), QStringLiteral("$462.38"),
         QStringLiteral("medium")},
        {QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0"), QStringLiteral("Batch"),
         QStringLiteral("Send the requests through the batch API"), QStringLiteral("$1,014.01"), QStringLiteral("high")}};
    layout.table({{QStringLiteral("Workload"), 2.2},
                  {QStringLiteral("Strategy"), 1.0},
                  {QStringLiteral("What to do"), 2.6},
                  {QStringLiteral("Saving a month"), 1.0, true},
                  {QStringLiteral("Confidence"), 0.6}},
                 rows);
    const QList<PageRecord> pages = layout.finish();
    QCOMPARE(pages.size(), 2);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; the PDF's text cannot be read back");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("crowded.pdf"));
    QVERIFY(ReportDocument::writePages(pages, ReportDocument::paperSize(report::Paper::A4), QStringLiteral("t"), pdf).ok());
    // (pdftotext gives the font's ligatures as such, and the break hints as zero-width spaces)
    QString text = pdfText(pdf, 2)
                       .replace(QChar(0xFB01), QStringLiteral("fi"))
                       .replace(QChar(0xFB02), QStringLiteral("fl"))
                       .remove(QChar(0x200B));
    QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text)); // nothing elided
    for (const char *word : {"Confidence", "Saving a month", "medium", "$1,014.01", "use_case:email-", "classification",
                             "claude-sonnet-4-20250514", "Prompt", "caching"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), qPrintable(QStringLiteral("%1 missing in:\n%2").arg(QString::fromUtf8(word), text)));
}

void TestReportLayout::shortSectionsShareAPage()
{
    ReportLayout layout(ReportDocument::paperSize(report::Paper::A4), QStringLiteral("Running title"),
                        QStringLiteral("Footer note"));
    layout.beginSection(QStringLiteral("First"));
    layout.paragraph(QStringLiteral("A short section."));
    layout.beginSection(QStringLiteral("Second"));
    layout.paragraph(QStringLiteral("Another short one."));
    QCOMPARE(layout.sectionPages().size(), 2);
    QCOMPARE(layout.sectionPages()[0].second, 1);
    QCOMPARE(layout.sectionPages()[1].second, 1); // follows on the same page
    // A section whose first block does not fit in what is left starts the next page.
    layout.advance(layout.remaining() - pt(120));
    layout.beginSection(QStringLiteral("Third"), pt(200));
    QCOMPARE(layout.sectionPages()[2].second, 2);
    const QList<PageRecord> pages = layout.finish();
    QCOMPARE(pages.size(), 3);
}

#include "tst_report_layout.moc"
