#include "report/ReportCharts.h"

#include "money/AxisScale.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tl::reportui {

namespace {

// The translation context of this file's texts.
struct ReportChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::reportui::ReportCharts)
};

const QColor kAxis(90, 90, 90);
const QColor kGrid(215, 215, 215);
const QColor kInk(30, 30, 30);
const QColor kMuted(95, 95, 95);
constexpr int kSplitStyles[] = {0, 2, 4, 1}; // dark, light, hatched grey, mid

// The money axis: grid lines and labels at round steps from 0 to at least `dataMax` (the same
// steps and label style as the on-screen charts). Returns the axis top, for scaling the bars.
double valueAxis(Canvas &c, const QRectF &plot, double dataMax, const ChartContext &ctx, int maxIntervals = 4)
{
    const AxisScale scale = AxisScale::nice(0, dataMax, maxIntervals);
    for (double v : scale.ticks()) {
        const double y = plot.bottom() - plot.height() * v / scale.max;
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y), QPen(v == 0 ? kAxis : kGrid, pt(v == 0 ? 0.8 : 0.5)));
        c.text(QRectF(plot.left() - pt(60), y - pt(5), pt(56), pt(10)), Qt::AlignRight | Qt::AlignVCenter,
               axisMoneyLabel(v, scale, ctx.locale, ctx.currency.symbol().trimmed()), FontRole::Tiny, kMuted);
    }
    return scale.max;
}

double toDisplay(Money usd, const ChartContext &ctx)
{
    return ctx.currency.convert(usd).toDouble();
}

} // namespace

SeriesStyle seriesStyle(int index, bool isOther)
{
    if (isOther)
        return {QColor(235, 235, 235), 3, QColor(120, 120, 120)};
    static const SeriesStyle styles[] = {
        {QColor(31, 58, 96), -1, {}},           // dark navy
        {QColor(110, 150, 196), -1, {}},        // mid blue
        {QColor(196, 216, 236), -1, {}},        // light blue
        {QColor(58, 58, 58), 0, QColor(255, 255, 255)},   // dark grey, white hatch
        {QColor(150, 150, 150), 1, QColor(20, 20, 20)},   // mid grey, dark hatch
        {QColor(255, 255, 255), 2, QColor(60, 60, 60)},   // white, cross hatch
    };
    return styles[index % 6];
}

void fillSeries(Canvas &c, const QRectF &rect, const SeriesStyle &style)
{
    c.rect(rect, QPen(QColor(40, 40, 40), pt(0.35)), style.fill);
    if (style.hatch >= 0 && rect.width() > pt(1) && rect.height() > pt(1))
        c.hatch(rect, style.hatch, style.hatchColor);
}

double drawStackedBars(Canvas &c, const QRectF &area, const query::TimeSeries &series, const ChartContext &ctx)
{
    const int buckets = series.buckets.size();
    const double legendRowH = Metrics::lineHeight(FontRole::Small) + pt(3);
    const int legendCols = 2;
    const int legendRows = (series.series.size() + legendCols - 1) / legendCols;
    const QRectF plot(area.left() + pt(62), area.top() + pt(6), area.width() - pt(66),
                      area.height() - pt(26) - legendRows * legendRowH - pt(8));
    QList<double> totals(buckets, 0.0);
    for (int s = 0; s < series.series.size(); ++s)
        for (int b = 0; b < buckets; ++b)
            totals[b] += toDisplay(series.values[s][b], ctx);
    const double maxValue = valueAxis(c, plot, totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end()), ctx);
    if (buckets > 0) {
        const double slot = plot.width() / buckets;
        const double barW = std::max(pt(0.8), slot * 0.72);
        for (int b = 0; b < buckets; ++b) {
            double y = plot.bottom();
            const double x = plot.left() + slot * b + (slot - barW) / 2;
            for (int s = 0; s < series.series.size(); ++s) {
                const double h = plot.height() * toDisplay(series.values[s][b], ctx) / maxValue;
                if (h <= 0)
                    continue;
                fillSeries(c, QRectF(x, y - h, barW, h), seriesStyle(s, series.seriesValues.value(s).isEmpty()));
                y -= h;
            }
        }
        // Date labels: about eight, on whole-week steps for daily bars.
        const int step = std::max(1, int(std::ceil(buckets / 8.0)));
        for (int b = 0; b < buckets; b += step) {
            const QDate day = query::dateOfEpochDay(series.buckets[b]);
            const double x = plot.left() + slot * b + slot / 2;
            c.line(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + pt(2.5)), QPen(kAxis, pt(0.5)));
            c.text(QRectF(x - pt(30), plot.bottom() + pt(3), pt(60), pt(10)), Qt::AlignHCenter | Qt::AlignTop,
                   ctx.locale.toString(day, QStringLiteral("d MMM")), FontRole::Tiny, kMuted);
        }
    }
    // Legend: swatch, name and the series' total, largest first (same order as the stack).
    double y = plot.bottom() + pt(18);
    const double colW = area.width() / legendCols;
    for (int s = 0; s < series.series.size(); ++s) {
        const double x = area.left() + pt(4) + colW * (s % legendCols);
        const double ly = y + legendRowH * (s / legendCols);
        Money total;
        for (const Money &m : series.values[s])
            total += m;
        fillSeries(c, QRectF(x, ly + pt(1), pt(14), pt(8)), seriesStyle(s, series.seriesValues.value(s).isEmpty()));
        c.text(QRectF(x + pt(18), ly, colW - pt(90), legendRowH), Qt::AlignLeft | Qt::AlignTop,
               Metrics::elided(series.series[s], FontRole::Small, colW - pt(92)), FontRole::Small, kInk);
        c.text(QRectF(x + colW - pt(92), ly, pt(80), legendRowH), Qt::AlignRight | Qt::AlignTop, ctx.money(total),
               FontRole::SmallBold, kInk);
    }
    return area.height();
}

double drawHorizontalBars(Canvas &c, const QRectF &area, const QList<BarItem> &items, Money total,
                          const ChartContext &ctx)
{
    const double rowH = pt(17);
    double widest = 0;
    for (const BarItem &i : items)
        widest = std::max(widest, Metrics::width(i.label, FontRole::Small));
    const double labelW = std::clamp(widest + pt(10), pt(90), area.width() * 0.42);
    const double valueW = pt(110);
    const double barMaxW = area.width() - labelW - valueW - pt(8);
    Money maxValue;
    for (const BarItem &i : items)
        maxValue = std::max(maxValue, i.value);
    double y = area.top();
    for (int n = 0; n < items.size(); ++n) {
        const BarItem &item = items[n];
        c.text(QRectF(area.left(), y, labelW - pt(6), rowH), Qt::AlignRight | Qt::AlignVCenter,
               Metrics::elided(item.label, FontRole::Small, labelW - pt(8)), FontRole::Small, kInk);
        const double w = maxValue.isZero() ? 0 : barMaxW * item.value.toDouble() / maxValue.toDouble();
        fillSeries(c, QRectF(area.left() + labelW, y + pt(3), std::max(w, pt(0.5)), rowH - pt(6)),
                   seriesStyle(0, item.isOther));
        const QString share = total.isZero() ? QString()
                                             : QStringLiteral(" (%1%2)").arg(ctx.locale.toString(
                                                   100.0 * item.value.toDouble() / total.toDouble(), 'f', 1),
                                                   ctx.locale.percent());
        c.text(QRectF(area.left() + labelW + w + pt(5), y, valueW + barMaxW - w, rowH), Qt::AlignLeft | Qt::AlignVCenter,
               ctx.money(item.value) + share, FontRole::Small, kInk);
        y += rowH;
    }
    return y - area.top();
}

double drawSplitBar(Canvas &c, const QRectF &area, const QList<BarItem> &parts, const ChartContext &ctx)
{
    Money total;
    for (const BarItem &p : parts)
        total += p.value;
    const QRectF bar(area.left(), area.top(), area.width(), pt(22));
    double x = bar.left();
    for (int i = 0; i < parts.size(); ++i) {
        const double w = total.isZero() ? 0 : bar.width() * parts[i].value.toDouble() / total.toDouble();
        if (w > 0)
            fillSeries(c, QRectF(x, bar.top(), w, bar.height()), seriesStyle(kSplitStyles[i % 4], false));
        x += w;
    }
    // Legend with amounts and shares, one column per part.
    const double colW = area.width() / std::max<qsizetype>(1, parts.size());
    const double y = bar.bottom() + pt(7);
    for (int i = 0; i < parts.size(); ++i) {
        const double lx = area.left() + colW * i;
        fillSeries(c, QRectF(lx, y + pt(1), pt(12), pt(8)), seriesStyle(kSplitStyles[i % 4], false));
        c.text(QRectF(lx + pt(16), y, colW - pt(18), pt(11)), Qt::AlignLeft | Qt::AlignTop, parts[i].label,
               FontRole::Small, kInk);
        const QString share = total.isZero() ? QString()
                                             : ctx.locale.toString(100.0 * parts[i].value.toDouble() / total.toDouble(),
                                                                   'f', 1) + ctx.locale.percent();
        c.text(QRectF(lx + pt(16), y + pt(11), colW - pt(18), pt(11)), Qt::AlignLeft | Qt::AlignTop,
               ctx.money(parts[i].value) + QStringLiteral(" · ") + share, FontRole::SmallBold, kInk);
    }
    return bar.height() + pt(7) + pt(24);
}

double drawWaterfall(Canvas &c, const QRectF &area, const planning::WhatIfResult &r, const QStringList &leverLabels,
                     const ChartContext &ctx)
{
    struct Step
    {
        QString label;
        double from;
        double to;
        bool total;
        Money amount;
    };
    QList<Step> steps;
    steps << Step{ReportChartsTr::tr("Baseline"), 0, toDisplay(r.baselineCost, ctx), true, r.baselineCost};
    for (int i = 0; i < r.levers.size(); ++i) {
        const planning::LeverResult &l = r.levers[i];
        if (!l.active)
            continue;
        steps << Step{leverLabels.value(i), toDisplay(l.costBefore, ctx), toDisplay(l.costAfter, ctx), false, l.savings()};
    }
    steps << Step{ReportChartsTr::tr("Scenario"), 0, toDisplay(r.scenarioCost, ctx), true, r.scenarioCost};
    double maxValue = 0;
    for (const Step &s : steps)
        maxValue = std::max({maxValue, s.from, s.to});
    const QRectF plot(area.left() + pt(62), area.top() + pt(14), area.width() - pt(66), area.height() - pt(44));
    maxValue = valueAxis(c, plot, maxValue, ctx);
    const double slot = plot.width() / steps.size();
    const double barW = slot * 0.62;
    for (int i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        const double x = plot.left() + slot * i + (slot - barW) / 2;
        const double y1 = plot.bottom() - plot.height() * std::max(s.from, s.to) / maxValue;
        const double y2 = plot.bottom() - plot.height() * std::min(s.from, s.to) / maxValue;
        const QRectF bar(x, y1, barW, std::max(pt(0.6), y2 - y1));
        if (s.total)
            fillSeries(c, bar, seriesStyle(0, false));
        else if (s.amount.isNegative()) // a lever that costs more: dark with a cross hatch
            fillSeries(c, bar, SeriesStyle{QColor(70, 70, 70), 2, QColor(255, 255, 255)});
        else
            fillSeries(c, bar, seriesStyle(2, false));
        if (i + 1 < steps.size()) {
            const double yTo = plot.bottom() - plot.height() * s.to / maxValue;
            c.line(QPointF(x + barW, yTo), QPointF(x + slot, yTo), QPen(kAxis, pt(0.5), Qt::DashLine));
        }
        const QString value = s.total ? ctx.money(s.amount) : QStringLiteral("−") + ctx.money(s.amount);
        c.text(QRectF(x - pt(20), y1 - pt(11), barW + pt(40), pt(10)), Qt::AlignHCenter | Qt::AlignBottom,
               s.total || !s.amount.isNegative() ? value : QStringLiteral("+") + ctx.money(-s.amount),
               FontRole::Tiny, kInk);
        c.text(QRectF(plot.left() + slot * i + pt(1), plot.bottom() + pt(3), slot - pt(2), pt(24)),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.label, FontRole::Tiny, kInk);
    }
    return area.height();
}

double drawBreakEven(Canvas &c, const QRectF &area, const planning::SelfHostingResult &h, const ChartContext &ctx)
{
    const double moved = h.tokensPerMonth.toDouble();
    const double breakEven = h.breakEvenTokensPerMonth ? h.breakEvenTokensPerMonth->toDouble() : 0;
    const AxisScale xScale = AxisScale::nice(0, std::max({moved, breakEven, 1.0}) * 1.2 / 1e6, 4);
    const double xMax = xScale.max * 1e6;
    const double apiPerToken = moved > 0 ? toDisplay(h.apiCostOfMovedTraffic, ctx) / moved : 0;
    const double capacity = std::max(1.0, h.capacityPerInstance.toDouble());
    const double perInstance = h.instances > 0 ? toDisplay(h.fixedMonthlyCost, ctx) / h.instances : 0;
    const auto selfHosted = [&](double tokens) { return perInstance * std::max(1.0, std::ceil(tokens / capacity)); };
    const QRectF plot(area.left() + pt(62), area.top() + pt(8), area.width() - pt(66), area.height() - pt(48));
    const double yMax = valueAxis(c, plot, std::max(apiPerToken * xMax, selfHosted(xMax)), ctx);
    const auto px = [&](double tokens) { return plot.left() + plot.width() * tokens / xMax; };
    const auto py = [&](double cost) { return plot.bottom() - plot.height() * std::min(cost, yMax) / yMax; };
    for (double millions : xScale.ticks())
        c.text(QRectF(px(millions * 1e6) - pt(40), plot.bottom() + pt(3), pt(80), pt(10)), Qt::AlignHCenter | Qt::AlignTop,
               axisNumberLabel(millions, xScale, ctx.locale) + ReportChartsTr::tr(" M"), FontRole::Tiny, kMuted);
    c.text(QRectF(plot.left(), plot.bottom() + pt(13), plot.width(), pt(10)), Qt::AlignHCenter | Qt::AlignTop,
           ReportChartsTr::tr("tokens per month (millions)"), FontRole::Tiny, kMuted);
    // API: a straight line through the moved traffic's cost.
    c.line(QPointF(px(0), py(0)), QPointF(px(xMax), py(apiPerToken * xMax)), QPen(QColor(31, 58, 96), pt(1.6)));
    // Self-hosted: one step per instance.
    QPolygonF steps;
    for (double t = 0; t < xMax;) {
        const double next = std::min(xMax, (std::floor(t / capacity) + 1) * capacity);
        steps << QPointF(px(t), py(selfHosted(t + 1))) << QPointF(px(next), py(selfHosted(t + 1)));
        t = next;
    }
    c.polyline(steps, QPen(kInk, pt(1.4), Qt::DashLine));
    c.line(QPointF(px(moved), plot.top()), QPointF(px(moved), plot.bottom()), QPen(kMuted, pt(0.6), Qt::DotLine));
    c.text(QRectF(px(moved) + pt(3), plot.top(), pt(120), pt(10)), Qt::AlignLeft | Qt::AlignTop,
           ReportChartsTr::tr("moved traffic"), FontRole::Tiny, kMuted);
    if (h.breakEvenTokensPerMonth) {
        const QPointF at(px(breakEven), py(apiPerToken * breakEven));
        QPainterPath dot;
        dot.addEllipse(at, pt(3), pt(3));
        c.path(dot, QPen(kInk, pt(0.8)), Qt::white);
        c.text(QRectF(at.x() + pt(6), at.y() + pt(4), pt(200), pt(10)), Qt::AlignLeft | Qt::AlignTop,
               ReportChartsTr::tr("break-even: %1 M tokens").arg(ctx.locale.toString(breakEven / 1e6, 'f', 1)), FontRole::Tiny, kInk);
    }
    // Direct legend.
    const double ly = plot.bottom() + pt(28);
    c.line(QPointF(plot.left(), ly + pt(4)), QPointF(plot.left() + pt(18), ly + pt(4)), QPen(QColor(31, 58, 96), pt(1.6)));
    c.text(QRectF(plot.left() + pt(22), ly, pt(160), pt(10)), Qt::AlignLeft | Qt::AlignTop, ReportChartsTr::tr("API cost"),
           FontRole::Tiny, kInk);
    c.line(QPointF(plot.left() + pt(120), ly + pt(4)), QPointF(plot.left() + pt(138), ly + pt(4)),
           QPen(kInk, pt(1.4), Qt::DashLine));
    c.text(QRectF(plot.left() + pt(142), ly, pt(200), pt(10)), Qt::AlignLeft | Qt::AlignTop,
           ReportChartsTr::tr("self-hosted cost (per instance)"), FontRole::Tiny, kInk);
    return area.height();
}

} // namespace tl::reportui
