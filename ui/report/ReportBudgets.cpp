#include "report/ReportBudgets.h"

#include "money/DisplayCurrency.h"
#include "report/ReportText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tl::reportui {

namespace {

// The translation context of this file's texts.
struct ReportBudgetsTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::reportui::ReportBudgets)
};

using budgets::BudgetStatus;

const QColor kMuted(95, 95, 95);
const QColor kRule(60, 60, 60);
const QColor kSeparator(200, 200, 200);
const QColor kSpent(31, 58, 96);       // dark: grey ≈ 55
const QColor kOver(150, 28, 28);       // spend beyond 100 %: dark, hatched in white
const QColor kForecast(196, 216, 236); // light: grey ≈ 212, hatched dark
const QColor kTrack(255, 255, 255);

// Per mille of the budget, for drawing (not for figures).
double perMille(Money part, Money whole)
{
    return whole.nanos() > 0 ? 1000.0 * part.toDouble() / whole.toDouble() : 0.0;
}

QString percentText(const QLocale &l, int perMilleValue)
{
    return l.toString(perMilleValue / 10) + l.percent();
}

QString thresholdList(const QLocale &l, const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << l.toString(v);
    return parts.join(QStringLiteral(", ")) + l.percent();
}

// An amount in the budget's own currency, converted at the budget's rate.
QString inBudgetCurrency(const budgets::Budget &b, Money usd, const QLocale &l, int decimals)
{
    return b.toBudgetCurrency(usd).toDisplayString(l, DisplayCurrency::knownSymbol(b.currency), decimals);
}

QString periodName(const BudgetStatus &s, const QLocale &l)
{
    switch (s.budget.period) {
    case budgets::BudgetPeriod::Month:
        return l.toString(s.period.first, QStringLiteral("MMMM yyyy"));
    case budgets::BudgetPeriod::Quarter:
        return ReportBudgetsTr::tr("Q%1 %2").arg((s.period.first.month() - 1) / 3 + 1).arg(s.period.first.year());
    case budgets::BudgetPeriod::Custom: {
        // The year is in the note below ("starts 1 Dec 2026"), unless the period spans two.
        const QString format = s.period.first.year() == s.period.last.year() ? QStringLiteral("d MMM")
                                                                              : QStringLiteral("d MMM yy");
        return ReportBudgetsTr::tr("%1 – %2").arg(l.toString(s.period.first, format), l.toString(s.period.last, format));
    }
    }
    return {};
}

QString periodState(const BudgetStatus &s, const QLocale &l)
{
    switch (s.state) {
    case BudgetStatus::State::NotStarted:
        return ReportBudgetsTr::tr("starts %1").arg(report::dateText(s.period.first, l));
    case BudgetStatus::State::Ended:
        return ReportBudgetsTr::tr("ended %1").arg(report::dateText(s.period.last, l));
    case BudgetStatus::State::Running:
        return s.budget.period == budgets::BudgetPeriod::Custom
                   ? ReportBudgetsTr::tr("day %1 of %2, %3").arg(s.period.first.daysTo(s.today) + 1).arg(s.period.days()).arg(s.period.last.year())
                   : ReportBudgetsTr::tr("day %1 of %2").arg(s.period.first.daysTo(s.today) + 1).arg(s.period.days());
    }
    return {};
}

QString basisText(budgets::SpendBasis basis)
{
    switch (basis) {
    case budgets::SpendBasis::None: return ReportBudgetsTr::tr("no spend yet");
    case budgets::SpendBasis::Computed: return ReportBudgetsTr::tr("computed spend");
    case budgets::SpendBasis::Billed: return ReportBudgetsTr::tr("billed spend");
    case budgets::SpendBasis::Mixed: return ReportBudgetsTr::tr("mixed spend");
    }
    return {};
}

// "billed spend" with its sources: "reported by LiteLLM", "billed by OpenAI, computed otherwise".
QString basisText(const BudgetStatus &s)
{
    const QString sources = query::provenancePhrase(s.provenance);
    if (sources.isEmpty())
        return basisText(s.basis);
    if (s.basis == budgets::SpendBasis::Billed)
        return sources;
    if (s.basis == budgets::SpendBasis::Mixed)
        return ReportBudgetsTr::tr("%1, computed otherwise").arg(sources);
    return basisText(s.basis);
}

QString statusText(const BudgetStatus &s)
{
    if (s.breached)
        return ReportBudgetsTr::tr("breached");
    if (s.forecastOverrun)
        return ReportBudgetsTr::tr("at risk");
    if (s.state == BudgetStatus::State::NotStarted)
        return ReportBudgetsTr::tr("not started");
    return ReportBudgetsTr::tr("on track");
}

// The two lines of each cell: a main line and a note below it.
struct Cell
{
    QString main;
    QString note;
};

QList<Cell> cells(const BudgetStatus &s, const QLocale &l)
{
    const budgets::Budget &b = s.budget;
    QList<Cell> out;
    out << Cell{periodName(s, l), periodState(s, l)};
    out << Cell{b.amount.toDisplayString(l, DisplayCurrency::knownSymbol(b.currency), 2),
                b.currency != u"USD" ? ReportBudgetsTr::tr("%1 %2/USD").arg(l.toString(b.ratePerUsd.toDouble()), b.currency)
                : b.period == budgets::BudgetPeriod::Custom ? ReportBudgetsTr::tr("custom period")
                                                           : b.periodText()};
    out << Cell{inBudgetCurrency(b, s.actual, l, 2), ReportBudgetsTr::tr("%1 used").arg(percentText(l, s.perMilleUsed()))};
    if (s.state == BudgetStatus::State::Ended)
        out << Cell{inBudgetCurrency(b, s.forecastTotal, l, 2), ReportBudgetsTr::tr("period ended")};
    else if (!s.forecast.available)
        out << Cell{QStringLiteral("—"), ReportBudgetsTr::tr("not enough history")};
    else {
        // A range that rounds to one figure (e.g. the period's last seconds) is not printed.
        const QString low = inBudgetCurrency(b, s.forecastLow, l, 0);
        const QString high = inBudgetCurrency(b, s.forecastHigh, l, 0);
        out << Cell{inBudgetCurrency(b, s.forecastTotal, l, 2), low == high ? QString() : ReportBudgetsTr::tr("%1 – %2").arg(low, high)};
    }
    QList<int> forecastOnly;
    for (int t : s.crossedForecast)
        if (!s.crossedActual.contains(t))
            forecastOnly << t;
    out << Cell{s.crossedActual.isEmpty() ? ReportBudgetsTr::tr("none") : thresholdList(l, s.crossedActual),
                forecastOnly.isEmpty() || !s.forecast.available ? QString()
                                                                : ReportBudgetsTr::tr("forecast %1").arg(thresholdList(l, forecastOnly))};
    if (!s.exhaustionDate.isValid())
        out << Cell{QStringLiteral("—"), ReportBudgetsTr::tr("not this period")};
    else
        out << Cell{report::dateText(s.exhaustionDate, l),
                    s.exhaustionDate <= s.today ? ReportBudgetsTr::tr("ran out") : ReportBudgetsTr::tr("expected")};
    out << Cell{statusText(s), basisText(s)};
    return out;
}

struct Columns
{
    QList<TableColumn> columns;
    QList<double> x; // left edge of each column, and the right edge of the last
};

Columns budgetColumns(const QRectF &content)
{
    Columns c;
    // The budget's name and scope head each block across the full width; these columns follow.
    c.columns = {{ReportBudgetsTr::tr("Period"), 1.3},          {ReportBudgetsTr::tr("Amount"), 1.15, true}, {ReportBudgetsTr::tr("Actual"), 1.15, true},
                 {ReportBudgetsTr::tr("Forecast"), 1.45, true}, {ReportBudgetsTr::tr("Crossed"), 1.3},       {ReportBudgetsTr::tr("Runs out"), 1.1},
                 {ReportBudgetsTr::tr("Status"), 1.05}};
    double total = 0;
    for (const TableColumn &col : c.columns)
        total += col.weight;
    c.x << content.left();
    for (const TableColumn &col : c.columns)
        c.x << c.x.last() + content.width() * col.weight / total;
    return c;
}

constexpr double kPad = pt(4);

// A PDF has no tooltip: headers and notes wrap rather than lose their ends.
double headerHeight(const Columns &cols)
{
    double h = Metrics::lineHeight(FontRole::Small);
    for (int i = 0; i < cols.columns.size(); ++i)
        h = std::max(h, Metrics::wrappedHeight(cols.columns[i].title, FontRole::SmallBold,
                                               cols.x[i + 1] - cols.x[i] - 2 * kPad));
    return h + pt(5);
}

void drawHeader(ReportLayout &lay, const Columns &cols)
{
    const double rowH = headerHeight(cols);
    Canvas c = lay.canvas();
    for (int i = 0; i < cols.columns.size(); ++i) {
        const double w = cols.x[i + 1] - cols.x[i] - 2 * kPad;
        c.text(QRectF(cols.x[i] + kPad, lay.y(), w, rowH),
               (cols.columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom | Qt::TextWordWrap,
               cols.columns[i].title, FontRole::SmallBold);
    }
    lay.advance(rowH);
    c.line(QPointF(lay.content().left(), lay.y()), QPointF(lay.content().right(), lay.y()), QPen(kRule, pt(0.9)));
    lay.advance(pt(4));
}

double mainLineHeight()
{
    return Metrics::lineHeight(FontRole::Small) + pt(1);
}

double noteLineHeight()
{
    return Metrics::lineHeight(FontRole::Tiny) + pt(1);
}

constexpr double kBarHeight = pt(8);

double barBlockHeight()
{
    return pt(3) + kBarHeight + Metrics::lineHeight(FontRole::Tiny) + pt(2);
}

double titleLineHeight()
{
    return Metrics::lineHeight(FontRole::BodyBold) + pt(1);
}

// The notes under the figures, as tall as the longest one wrapped in its column.
double notesHeight(const Columns &cols, const QList<Cell> &row)
{
    double h = noteLineHeight();
    for (int i = 0; i < cols.columns.size(); ++i) {
        if (!row.value(i).note.isEmpty())
            h = std::max(h, Metrics::wrappedHeight(row.value(i).note, FontRole::Tiny, cols.x[i + 1] - cols.x[i] - 2 * kPad)
                                + pt(1));
    }
    return h;
}

double blockHeight(const Columns &cols, const QList<Cell> &row)
{
    return titleLineHeight() + mainLineHeight() + notesHeight(cols, row) + barBlockHeight() + pt(7);
}

void drawBlock(ReportLayout &lay, const Columns &cols, const BudgetStatus &s, const SectionContext &ctx)
{
    const QLocale &l = ctx.chart.locale;
    Canvas c = lay.canvas();
    const QList<Cell> row = cells(s, l);
    const double blockTop = lay.y();
    // Title line: the name, then the scope in grey.
    const QRectF titleRect(lay.content().left() + kPad, blockTop, lay.content().width() - 2 * kPad,
                           titleLineHeight());
    const QString name = Metrics::elided(s.budget.name, FontRole::BodyBold, titleRect.width() * 0.6);
    const double nameW = Metrics::width(name, FontRole::BodyBold) + pt(8);
    c.text(titleRect, Qt::AlignLeft | Qt::AlignVCenter, name, FontRole::BodyBold);
    c.text(titleRect.adjusted(nameW, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
           Metrics::elided(s.budget.scopeText(), FontRole::Small, titleRect.width() - nameW), FontRole::Small, kMuted);
    const double top = blockTop + titleLineHeight();
    const double notesH = notesHeight(cols, row);
    for (int i = 0; i < cols.columns.size(); ++i) {
        const double w = cols.x[i + 1] - cols.x[i] - 2 * kPad;
        const int align = int(cols.columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | int(Qt::AlignVCenter);
        const bool strong = i == cols.columns.size() - 1 && !report::BudgetSection::onTrack(s);
        const FontRole mainRole = strong ? FontRole::SmallBold : FontRole::Small;
        c.text(QRectF(cols.x[i] + kPad, top, w, mainLineHeight()), align,
               Metrics::elided(row.value(i).main, mainRole, w), mainRole);
        if (!row.value(i).note.isEmpty())
            c.text(QRectF(cols.x[i] + kPad, top + mainLineHeight(), w, notesH),
                   (align & ~int(Qt::AlignVCenter)) | int(Qt::AlignTop) | int(Qt::TextWordWrap), row.value(i).note,
                   FontRole::Tiny, kMuted);
    }
    double y = top + mainLineHeight() + notesH + pt(3);
    const QRectF barArea(lay.content().left() + kPad, y, lay.content().width() - 2 * kPad, kBarHeight);
    y += drawBudgetBar(c, barArea, s, ctx.chart);
    lay.advance(y - blockTop + pt(4));
    c.line(QPointF(lay.content().left(), lay.y()), QPointF(lay.content().right(), lay.y()),
           QPen(kSeparator, pt(0.5)));
    lay.advance(pt(3));
}

void drawLegend(ReportLayout &lay)
{
    const double h = Metrics::lineHeight(FontRole::Tiny) + pt(4);
    lay.ensure(h + pt(4));
    Canvas c = lay.canvas();
    double x = lay.content().left() + kPad;
    const double y = lay.y();
    const double sw = pt(14);
    const double sh = pt(7);
    const double sy = y + (h - sh) / 2;
    const auto label = [&](const QString &text) {
        const double w = Metrics::width(text, FontRole::Tiny) + pt(2);
        c.text(QRectF(x, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, text, FontRole::Tiny, kMuted);
        x += w + pt(12);
    };
    c.rect(QRectF(x, sy, sw, sh), QPen(kRule, pt(0.35)), kSpent);
    x += sw + pt(4);
    label(ReportBudgetsTr::tr("Spent"));
    c.rect(QRectF(x, sy, sw, sh), QPen(kRule, pt(0.35)), kOver);
    c.hatch(QRectF(x, sy, sw, sh), 1, QColor(255, 255, 255), pt(3.5));
    x += sw + pt(4);
    label(ReportBudgetsTr::tr("Spent beyond the budget"));
    c.rect(QRectF(x, sy, sw, sh), QPen(kRule, pt(0.35)), kForecast);
    c.hatch(QRectF(x, sy, sw, sh), 0, QColor(90, 90, 90), pt(2.4));
    x += sw + pt(4);
    label(ReportBudgetsTr::tr("Forecast to the period's end"));
    const double my = sy + sh / 2;
    c.line(QPointF(x, my), QPointF(x + sw, my), QPen(Qt::black, pt(0.8)));
    c.line(QPointF(x, sy), QPointF(x, sy + sh), QPen(Qt::black, pt(0.8)));
    c.line(QPointF(x + sw, sy), QPointF(x + sw, sy + sh), QPen(Qt::black, pt(0.8)));
    x += sw + pt(4);
    label(ReportBudgetsTr::tr("Forecast range"));
    c.line(QPointF(x + sw / 2, sy - pt(1.5)), QPointF(x + sw / 2, sy + sh + pt(1.5)), QPen(Qt::black, pt(1.6)));
    x += sw + pt(4);
    label(ReportBudgetsTr::tr("Thresholds (100% heavy)"));
    lay.advance(h + pt(6));
}

} // namespace

double drawBudgetBar(Canvas &c, const QRectF &area, const BudgetStatus &s, const ChartContext &ctx)
{
    const double used = perMille(s.actual, s.amountUsd);
    const double forecast = s.forecast.available ? perMille(s.forecastTotal, s.amountUsd) : used;
    const double high = s.forecast.available ? perMille(s.forecastHigh, s.amountUsd) : used;
    const double scale = std::clamp(std::max({1000.0, used, high}), 1000.0, 2000.0);
    const auto xOf = [&](double perMilleValue) {
        return area.left() + area.width() * std::clamp(perMilleValue, 0.0, scale) / scale;
    };
    const QPen outline(QColor(120, 120, 120), pt(0.4));
    c.rect(area, outline, kTrack);
    // Forecast first (from 0, under the spend), then spend, then the part of it beyond 100 %.
    if (forecast > used) {
        const QRectF f(QPointF(xOf(used), area.top()), QPointF(xOf(forecast), area.bottom()));
        if (f.width() > pt(0.3)) {
            c.rect(f, Qt::NoPen, kForecast);
            c.hatch(f, 0, QColor(90, 90, 90), pt(2.4));
        }
    }
    const double spentEnd = xOf(std::min(used, 1000.0));
    if (spentEnd > area.left())
        c.rect(QRectF(QPointF(area.left(), area.top()), QPointF(spentEnd, area.bottom())), Qt::NoPen, kSpent);
    if (used > 1000.0) {
        const QRectF over(QPointF(xOf(1000.0), area.top()), QPointF(xOf(used), area.bottom()));
        c.rect(over, Qt::NoPen, kOver);
        c.hatch(over, 1, QColor(255, 255, 255), pt(3.5));
    }
    c.rect(area, outline, Qt::NoBrush);
    // The forecast's range: a whisker through the middle of the bar.
    if (s.forecast.available && s.state != BudgetStatus::State::Ended) {
        const double lo = xOf(perMille(s.forecastLow, s.amountUsd));
        const double hi = xOf(high);
        if (hi - lo > pt(1)) {
            const double my = area.center().y();
            const QPen whisker(Qt::black, pt(0.8));
            c.line(QPointF(lo, my), QPointF(hi, my), whisker);
            c.line(QPointF(lo, my - pt(2.2)), QPointF(lo, my + pt(2.2)), whisker);
            c.line(QPointF(hi, my - pt(2.2)), QPointF(hi, my + pt(2.2)), whisker);
        }
    }
    // Threshold ticks, labelled below; labels that would collide with the previous one are left
    // out (100 % is always labelled).
    QList<int> marks = s.budget.thresholds;
    if (!marks.contains(100))
        marks << 100;
    std::sort(marks.begin(), marks.end());
    const double labelTop = area.bottom() + pt(1.5);
    const double labelH = Metrics::lineHeight(FontRole::Tiny);
    QList<QPair<double, QString>> labels;
    for (int t : marks) {
        if (t * 10.0 > scale)
            continue;
        const double x = xOf(t * 10.0);
        const bool full = t == 100;
        const bool isThreshold = s.budget.thresholds.contains(t);
        c.line(QPointF(x, area.top() - pt(3)), QPointF(x, area.bottom() + pt(1.5)),
               QPen(Qt::black, full ? pt(1.6) : pt(0.7)));
        // Over the dark spend a black tick would vanish: white there.
        if (x < xOf(used) - pt(0.5))
            c.line(QPointF(x, area.top() + pt(0.4)), QPointF(x, area.bottom() - pt(0.4)),
                   QPen(Qt::white, full ? pt(1.2) : pt(0.7)));
        if (full || isThreshold)
            labels << qMakePair(x, ctx.locale.toString(t) + ctx.locale.percent());
    }
    double lastRight = -1e9;
    for (int i = 0; i < labels.size(); ++i) {
        const double w = Metrics::width(labels[i].second, FontRole::Tiny) + pt(2);
        double left = labels[i].first - w / 2;
        left = std::clamp(left, area.left(), area.right() - w);
        const bool isFull = labels[i].second.startsWith(ctx.locale.toString(100));
        if (left < lastRight + pt(2) && !isFull)
            continue;
        c.text(QRectF(left, labelTop, w, labelH), Qt::AlignHCenter | Qt::AlignTop, labels[i].second, FontRole::Tiny,
               isFull ? Qt::black : kMuted);
        lastRight = left + w;
    }
    // Beyond the scale: say how far.
    if (used > scale || high > scale) {
        const QString far = ctx.locale.toString(qRound(std::max(used, high) / 10)) + ctx.locale.percent() + u' '
                            + QChar(0x2192);
        const double w = Metrics::width(far, FontRole::Tiny) + pt(2);
        c.text(QRectF(area.right() - w, labelTop, w, labelH), Qt::AlignRight | Qt::AlignTop, far, FontRole::Tiny);
    }
    return area.height() + pt(1.5) + labelH;
}

void writeBudgets(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const report::BudgetSection &b = ctx.data.budgets;
    const QLocale &l = ctx.chart.locale;
    const QDateTime local = b.asOf.toTimeZone(b.zone);
    const QString zone = QString::fromUtf8(b.zone.id());
    const QString when = b.atPeriodEnd
                             ? ReportBudgetsTr::tr("at the end of %1 (%2), the report's last day").arg(report::dateText(local.date(), l), zone)
                             : ReportBudgetsTr::tr("on %1 at %2 (%3), when the report was generated")
                                   .arg(report::dateText(local.date(), l), local.toString(QStringLiteral("HH:mm")), zone);
    lay.paragraph(ReportBudgetsTr::tr("The budgets evaluated %1, as on the Budgets page and by \"tokenledger-cli budgets check\". "
                     "Each keeps its own scope, calendar period and currency; the report's filters do not apply. "
                     "Actual spend is the cost a source reported or billed where it has one and computed from the "
                     "price catalog otherwise (noted under the status, with the sources named). The forecast runs to the end of the "
                     "budget's period, its range below it; under the thresholds crossed, those the forecast "
                     "crosses too.")
                      .arg(when),
                  FontRole::Small, kMuted);
    if (b.statuses.isEmpty()) {
        lay.paragraph(ReportBudgetsTr::tr("No budget is switched on."));
        return;
    }
    const QStringList summary = report::budgetSummary(b, l);
    if (!summary.isEmpty())
        lay.paragraph(summary.first());
    lay.advance(pt(4));

    const Columns cols = budgetColumns(lay.content());
    const double firstBlock = b.statuses.isEmpty() ? 0.0 : blockHeight(cols, cells(b.statuses.first(), l));
    lay.ensure(headerHeight(cols) + 2 * firstBlock);
    drawHeader(lay, cols);
    for (const BudgetStatus &s : b.statuses) {
        if (lay.y() + blockHeight(cols, cells(s, l)) > lay.content().bottom()) {
            lay.newPage();
            drawHeader(lay, cols);
        }
        drawBlock(lay, cols, s, ctx);
    }
    lay.advance(pt(4));
    drawLegend(lay);
    if (b.disabled > 0)
        lay.paragraph(ReportBudgetsTr::tr("Switched-off budgets, not shown: %1.").arg(b.disabled), FontRole::Small, kMuted);
}

} // namespace tl::reportui
