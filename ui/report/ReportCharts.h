#pragma once

#include "money/DisplayCurrency.h"
#include "planning/WhatIfEngine.h"
#include "query/UsageQueries.h"
#include "report/ReportCanvas.h"

#include <QLocale>
#include <QStringList>

namespace tl::reportui {

// How a series is filled: a colour of its own lightness, and a hatch for every other series,
// so that charts stay readable when printed in black and white.
struct SeriesStyle
{
    QColor fill;
    int hatch = -1; // -1 none, else Canvas::hatch style
    QColor hatchColor;
};
SeriesStyle seriesStyle(int index, bool isOther);
void fillSeries(Canvas &c, const QRectF &rect, const SeriesStyle &style);

struct ChartContext
{
    DisplayCurrency currency;
    QLocale locale;
    QString money(Money usd, int decimals = 0) const { return currency.format(usd, locale, decimals); }
    // An amount already in the display currency (axis ticks).
    QString displayAmount(Money converted, int decimals = 0) const
    {
        return converted.toDisplayString(locale, currency.symbol(), decimals);
    }
};

// Spend per day, stacked by series, with a legend that names each series and its total.
// Returns the height used.
double drawStackedBars(Canvas &c, const QRectF &area, const query::TimeSeries &series, const ChartContext &ctx);

struct BarItem
{
    QString label;
    Money value;
    bool isOther = false; // the sum of the smaller items, drawn hatched
};
// One horizontal bar per item, each labelled with its name, amount and share of `total`.
double drawHorizontalBars(Canvas &c, const QRectF &area, const QList<BarItem> &items, Money total,
                          const ChartContext &ctx);

// One bar split into parts, with a labelled legend below. Returns the height used.
double drawSplitBar(Canvas &c, const QRectF &area, const QList<BarItem> &parts, const ChartContext &ctx);

// Baseline, the saving of each active lever, and the scenario cost, as floating bars.
double drawWaterfall(Canvas &c, const QRectF &area, const planning::WhatIfResult &result,
                     const QStringList &leverLabels, const ChartContext &ctx);

// API cost of the moved traffic against the self-hosted cost (a step per instance) over
// monthly tokens, with the break-even point marked.
double drawBreakEven(Canvas &c, const QRectF &area, const planning::SelfHostingResult &result,
                     const ChartContext &ctx);

} // namespace tl::reportui
