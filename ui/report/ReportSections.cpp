#include "report/ReportSections.h"

#include "itemmodels/LeverResultModel.h"
#include "report/ReportBudgets.h"
#include "report/ReportText.h"
#include "savings/Opportunity.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace tl::reportui {

namespace {

constexpr double kDailyChartHeight = pt(250); // spend per day, at the top of the charts


// The translation context of this file's texts.
struct ReportSectionsTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::reportui::ReportSections)
};

const QColor kMuted(95, 95, 95);

QString pct(const QLocale &l, Money part, Money whole)
{
    if (whole.isZero())
        return QStringLiteral("—");
    const double r = 100.0 * part.toDouble() / whole.toDouble();
    return l.toString(std::abs(r) < 0.05 ? 0.0 : r, 'f', 1) + l.percent();
}

QString change(const QLocale &l, Money now, Money before)
{
    if (before.isZero() || before.isNegative())
        return QStringLiteral("—");
    const double r = 100.0 * (now - before).toDouble() / before.toDouble();
    return (r > 0 ? QStringLiteral("+") : QString()) + l.toString(r, 'f', 1) + l.percent();
}

// "one instance", "3 instances": English has no translation file to choose a plural form from.
QString instancesText(std::int64_t n, const QLocale &l)
{
    return n == 1 ? ReportSectionsTr::tr("one instance") : ReportSectionsTr::tr("%1 instances").arg(l.toString(qlonglong(n)));
}

void writeSummary(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const QList<report::KpiLine> kpis = report::kpiLines(ctx.data, ctx.chart.currency);
    const int perRow = 4;
    const double gap = pt(8);
    const double w = (lay.content().width() - gap * (perRow - 1)) / perRow;
    const double h = pt(72);
    for (int i = 0; i < kpis.size(); i += perRow) {
        lay.ensure(h + gap);
        Canvas c = lay.canvas();
        for (int j = i; j < std::min<qsizetype>(i + perRow, kpis.size()); ++j) {
            const QRectF box(lay.content().left() + (j - i) * (w + gap), lay.y(), w, h);
            c.rect(box, QPen(QColor(120, 120, 120), pt(0.6)), QColor(248, 248, 248));
            c.rect(QRectF(box.left(), box.top(), pt(3), box.height()), Qt::NoPen, QColor(31, 58, 96));
            const QRectF inner = box.adjusted(pt(9), pt(6), -pt(6), -pt(5));
            // A title too long for one line (German) wraps in the small print instead of being cut.
            const bool fits = Metrics::width(kpis[j].title, FontRole::Small) <= inner.width();
            const double titleH = fits ? pt(12) : pt(17);
            c.text(QRectF(inner.left(), inner.top(), inner.width(), titleH),
                   int(Qt::AlignLeft | Qt::AlignTop) | (fits ? 0 : int(Qt::TextWordWrap)), kpis[j].title,
                   fits ? FontRole::Small : FontRole::Tiny, kMuted);
            const double valueTop = inner.top() + std::max(titleH, pt(13));
            c.text(QRectF(inner.left(), valueTop, inner.width(), pt(22)), Qt::AlignLeft | Qt::AlignVCenter,
                   kpis[j].value, FontRole::Figure);
            c.text(QRectF(inner.left(), valueTop + pt(23), inner.width(), inner.bottom() - valueTop - pt(23)),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, kpis[j].note, FontRole::Tiny, kMuted);
        }
        lay.advance(h + gap);
    }
    lay.advance(pt(8));
    lay.subheading(ReportSectionsTr::tr("In short"));
    lay.bullets(report::executiveSummary(ctx.data, ctx.chart.currency, ctx.chart.locale));
    const DisplayCurrency &cur = ctx.chart.currency;
    lay.advance(pt(4));
    // Name the sources of the billed amounts: a log's cost (LiteLLM's spend) is its own
    // estimate, a billing API's cost a bill.
    const QString sources = query::provenancePhrase(ctx.data.dashboard.provenance.all);
    QString note = (cur.isUsd() ? ReportSectionsTr::tr("Amounts are in US dollars.")
                                : ReportSectionsTr::tr("Amounts are converted from US dollars at %1.").arg(cur.rateNote(ctx.chart.locale)))
                   + u' '
                   + ReportSectionsTr::tr("Computed costs come from %1.", "from TokenLedger's built-in prices and …")
                         .arg(report::priceSourcesPhrase(ctx.data, ctx.chart.locale));
    note += u' ' + (sources.isEmpty() ? ReportSectionsTr::tr("No source reported a cost of its own in this period.")
                                      : ReportSectionsTr::tr("Billed amounts are %1.", "reported by LiteLLM and billed by OpenAI")
                                            .arg(sources));
    lay.paragraph(note, FontRole::Small, kMuted);
}

void writeCharts(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const report::ReportData &d = ctx.data;
    lay.subheading(d.request.stackBy == Dimension::Provider
                       ? ReportSectionsTr::tr("Spend per day by provider")
                       : ReportSectionsTr::tr("Spend per day by: %1").arg(dimensionLabel(d.request.stackBy)));
    const double chartH = kDailyChartHeight;
    lay.ensure(chartH);
    Canvas c = lay.canvas();
    query::TimeSeries series = d.dashboard.series;
    if (d.request.stackBy == Dimension::Provider) {
        for (int i = 0; i < series.series.size(); ++i)
            if (!series.seriesValues.value(i).isEmpty())
                series.series[i] = report::providerLabel(series.seriesValues[i]);
    }
    drawStackedBars(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), chartH), series, ctx.chart);
    lay.advance(chartH + pt(14));

    lay.subheading(d.request.breakdownBy == Dimension::Team
                       ? ReportSectionsTr::tr("Spend by team")
                       : ReportSectionsTr::tr("Spend by: %1").arg(dimensionLabel(d.request.breakdownBy)));
    QList<BarItem> items;
    for (const query::BreakdownRow &r : d.dashboard.breakdown)
        items << BarItem{r.isOther ? query::UsageQueries::otherSeriesLabel() : (r.value.isEmpty() ? ReportSectionsTr::tr("(none)") : r.value),
                         r.cost, r.isOther};
    const double barsH = pt(17) * items.size();
    lay.ensure(barsH);
    c = lay.canvas();
    lay.advance(drawHorizontalBars(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), barsH), items,
                                   d.totals().cost.total(), ctx.chart)
                + pt(14));

    if (!d.models.isEmpty()) {
        lay.subheading(ReportSectionsTr::tr("Spend by model"));
        QList<BarItem> models;
        for (const query::UsageGroup &g : d.models)
            models << BarItem{g.key.value(0), g.totals.cost.total(), g.key.value(0) == query::UsageQueries::otherSeriesLabel()};
        const double modelsH = pt(17) * models.size();
        lay.ensure(modelsH);
        c = lay.canvas();
        lay.advance(drawHorizontalBars(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), modelsH), models,
                                       d.totals().cost.total(), ctx.chart)
                    + pt(14));
    }

    lay.subheading(ReportSectionsTr::tr("Input vs cached vs output"));
    const CostBreakdown &cost = d.totals().cost;
    const QList<BarItem> parts{{ReportSectionsTr::tr("Uncached input"), cost.uncachedInput},
                               {ReportSectionsTr::tr("Cache reads"), cost.cacheRead},
                               {ReportSectionsTr::tr("Cache writes"), cost.cacheWrite},
                               {ReportSectionsTr::tr("Output"), cost.output}};
    lay.ensure(pt(60));
    c = lay.canvas();
    lay.advance(drawSplitBar(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), pt(60)), parts, ctx.chart)
                + pt(10));
}

void writeDrivers(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const report::ReportData &d = ctx.data;
    const QLocale &l = ctx.chart.locale;
    lay.paragraph(ReportSectionsTr::tr("The pairs of model and %1 that cost the most in the period, compared with the same pairs in "
                     "the previous period (%2 – %3).")
                      .arg(dimensionLabel(d.request.driversBy), report::dateText(d.period().previousFrom, l),
                           report::dateText(d.period().previousTo, l)),
                  FontRole::Small, kMuted);
    const Money total = d.totals().cost.total();
    QList<QStringList> rows;
    int n = 0;
    for (const query::DriverRow &r : d.dashboard.drivers)
        rows << QStringList{QString::number(++n), r.model, r.other.isEmpty() ? ReportSectionsTr::tr("(none)") : r.other,
                            ctx.chart.money(r.cost, 2), pct(l, r.cost, total), ctx.chart.money(r.previousCost, 2),
                            change(l, r.cost, r.previousCost), l.toString(qlonglong(r.requests))};
    lay.table({{QStringLiteral("#"), 0.45, true},
               {ReportSectionsTr::tr("Model"), 3.0},
               {dimensionLabel(d.request.driversBy), 1.4},
               {ReportSectionsTr::tr("Cost"), 1.3, true},
               {ReportSectionsTr::tr("Share"), 0.8, true},
               {ReportSectionsTr::tr("Previous"), 1.3, true},
               {ReportSectionsTr::tr("Change"), 0.9, true},
               {ReportSectionsTr::tr("Requests"), 1.1, true}},
              rows);
}

void writeReconciliation(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const report::ReportData &d = ctx.data;
    const QLocale &l = ctx.chart.locale;
    const query::ReconciliationTolerance tolerance;
    const QString sources = query::provenancePhrase(d.dashboard.provenance.all);
    lay.paragraph((sources.isEmpty()
                       ? ReportSectionsTr::tr("Cost computed from %1 against the cost the sources reported, over the "
                                              "records whose source reports a cost.")
                             .arg(report::priceSourcesPhrase(d, l))
                       : ReportSectionsTr::tr("Cost computed from %1 against the cost %2, over the records that "
                                              "carry one.", "%2: the cost reported by LiteLLM and billed by OpenAI")
                             .arg(report::priceSourcesPhrase(d, l), sources))
                      + u' '
                      + ReportSectionsTr::tr("A day is flagged when the difference exceeds both %1 and %2 of the billed amount.")
                            .arg(ctx.chart.money(tolerance.absolute, 2),
                                 l.toString(tolerance.ppmOfBilled / 10'000.0, 'f', 0) + l.percent()),
                  FontRole::Small, kMuted);
    if (d.reconciliation.isEmpty()) {
        lay.paragraph(ReportSectionsTr::tr("No source reported a billed cost in this period."));
        return;
    }
    // A "List price" column (before discounts) only when some source reported one; "Billed" is
    // then the amount after discounts.
    const bool withList = std::any_of(d.reconciliation.cbegin(), d.reconciliation.cend(),
                                      [](const report::ReconciliationLine &r) { return r.listRecords > 0; });
    QList<QStringList> rows;
    Money computed, billed, listed;
    std::int64_t records = 0;
    int flagged = 0;
    for (const report::ReconciliationLine &r : d.reconciliation) {
        QStringList row{report::providerLabel(r.provider), r.model, l.toString(qlonglong(r.records)),
                        ctx.chart.money(r.computed, 2)};
        if (withList)
            row << (r.listRecords > 0 ? ctx.chart.money(r.billedList, 2) : QStringLiteral("—"));
        row << ctx.chart.money(r.billed, 2) << ctx.chart.money(r.difference(), 2) << pct(l, r.difference(), r.billed)
            << QStringLiteral("%1 / %2").arg(r.flaggedDays).arg(r.days);
        rows << row;
        computed += r.computed;
        billed += r.billed;
        listed += r.billedList;
        records += r.records;
        flagged += r.flaggedDays;
    }
    QStringList total{ReportSectionsTr::tr("Total"), QString(), l.toString(qlonglong(records)), ctx.chart.money(computed, 2)};
    if (withList)
        total << ctx.chart.money(listed, 2);
    total << ctx.chart.money(billed, 2) << ctx.chart.money(computed - billed, 2) << pct(l, computed - billed, billed)
          << QString::number(flagged);
    rows << total;
    QList<TableColumn> columns{{ReportSectionsTr::tr("Provider"), 1.05},
                                        {ReportSectionsTr::tr("Model"), withList ? 2.0 : 2.5},
                                        {ReportSectionsTr::tr("Records"), withList ? 1.0 : 1.25, true},
                                        {ReportSectionsTr::tr("Computed"), 1.25, true}};
    if (withList)
        columns << TableColumn{ReportSectionsTr::tr("List price"), 1.25, true};
    columns << TableColumn{ReportSectionsTr::tr("Billed"), 1.25, true}
            << TableColumn{ReportSectionsTr::tr("Difference"), 1.15, true}
            << TableColumn{ReportSectionsTr::tr("Diff."), 0.7, true}
            << TableColumn{ReportSectionsTr::tr("Flagged"), 1.05, true};
    lay.table(columns, rows, {int(rows.size()) - 1});
    const Money unbilled = d.totals().cost.total() - computed;
    if (!unbilled.isZero())
        lay.paragraph(ReportSectionsTr::tr("%1 of the period's %2 computed spend comes from records whose source reports no billed "
                         "cost (for example usage logs); it is not part of this comparison. \"Flagged\" counts the "
                         "days outside the tolerance out of the days compared.")
                          .arg(ctx.chart.money(unbilled, 2), ctx.chart.money(d.totals().cost.total(), 2)),
                      FontRole::Small, kMuted);
}

void writeScenario(SectionContext &ctx, const report::ScenarioOutcome &s)
{
    ReportLayout &lay = ctx.layout;
    const QLocale &l = ctx.chart.locale;
    const QString name = s.scenario.name.isEmpty() ? QFileInfo(s.file).completeBaseName() : s.scenario.name;
    lay.subheading(name);
    if (!s.result) {
        lay.paragraph(ReportSectionsTr::tr("This scenario could not be evaluated: %1").arg(s.error));
        return;
    }
    const planning::WhatIfResult &r = *s.result;
    lay.paragraph(s.baseline.manual
                      ? ReportSectionsTr::tr("Baseline typed in by hand (file %1).").arg(QFileInfo(s.file).fileName())
                      : ReportSectionsTr::tr("Baseline: the report period %1 – %2 (%3 days) scaled to a 30-day month; filters of "
                           "the scenario: %4; file %5.")
                            .arg(report::dateText(s.baseline.from, l),
                                 report::dateText(s.baseline.to, l))
                            .arg(s.baseline.days)
                            .arg(report::filterText(query::UsageFilter{{}, {}, s.scenario.baseline.filters}),
                                 QFileInfo(s.file).fileName()),
                  FontRole::Small, kMuted);
    QStringList assumptions;
    QList<QStringList> rows;
    QStringList labels;
    rows << QStringList{ReportSectionsTr::tr("Baseline monthly cost"), QString(), ctx.chart.money(r.baselineCost, 2), QString()};
    for (const planning::LeverResult &lever : r.levers) {
        const QString title = itemmodels::LeverResultModel::leverTitle(lever.lever);
        labels << title;
        if (!lever.active)
            continue;
        assumptions << QStringLiteral("%1: %2").arg(title, lever.explanation);
        rows << QStringList{title, ctx.chart.money(lever.costBefore, 2), ctx.chart.money(lever.costAfter, 2),
                            ctx.chart.money(lever.savings(), 2)};
    }
    rows << QStringList{ReportSectionsTr::tr("Scenario monthly cost"), QString(), ctx.chart.money(r.scenarioCost, 2),
                        ctx.chart.money(r.totalSavings(), 2)};
    if (!assumptions.isEmpty()) {
        lay.paragraph(ReportSectionsTr::tr("Assumptions"), FontRole::BodyBold);
        lay.bullets(assumptions);
    }
    lay.table({{ReportSectionsTr::tr("Step"), 2.6}, {ReportSectionsTr::tr("Cost before"), 1.2, true}, {ReportSectionsTr::tr("Cost after"), 1.2, true}, {ReportSectionsTr::tr("Savings"), 1.2, true}},
              rows, {int(rows.size()) - 1});
    const double chartH = pt(210);
    lay.ensure(chartH + pt(16));
    lay.paragraph(ReportSectionsTr::tr("Savings waterfall (monthly)"), FontRole::BodyBold);
    Canvas c = lay.canvas();
    drawWaterfall(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), chartH), r, labels, ctx.chart);
    lay.advance(chartH + pt(10));
    if (r.selfHosting) {
        const auto &h = *r.selfHosting;
        lay.ensure(h.instances > 0 ? chartH + pt(40) : pt(40));
        lay.paragraph(ReportSectionsTr::tr("Self-hosting break-even"), FontRole::BodyBold);
        lay.paragraph(h.breakEvenTokensPerMonth
                          ? ReportSectionsTr::tr("%1 cost %2 a month; one instance pays for itself from %3 tokens a month.",
                                                 "%1: one instance / 3 instances")
                                .arg(instancesText(h.instances, l), ctx.chart.money(h.fixedMonthlyCost, 2),
                                     l.toString(qlonglong(h.breakEvenTokensPerMonth->rounded())))
                          : h.instances == 0 ? ReportSectionsTr::tr("No traffic of the chosen models is left to move, so no instance is needed.")
                                             : ReportSectionsTr::tr("%1 cost %2 a month; the moved traffic has no API cost to "
                                                  "compare with.", "%1: one instance / 3 instances")
                                                   .arg(instancesText(h.instances, l), ctx.chart.money(h.fixedMonthlyCost, 2)),
                      FontRole::Small, kMuted);
        if (h.instances > 0 && !h.tokensPerMonth.isZero()) {
            c = lay.canvas();
            drawBreakEven(c, QRectF(lay.content().left(), lay.y(), lay.content().width(), chartH), h, ctx.chart);
            lay.advance(chartH + pt(10));
        }
    }
}

void writeSavings(SectionContext &ctx)
{
    ReportLayout &lay = ctx.layout;
    const auto &found = ctx.data.savings;
    if (!found || found->workloads.isEmpty()) {
        lay.paragraph(ReportSectionsTr::tr("The savings finder found no opportunity in this period's traffic."));
        if (found)
            lay.bullets(found->notes);
        return;
    }
    const qsizetype workloads = found->workloads.size();
    lay.paragraph((workloads == 1
                       ? ReportSectionsTr::tr("%1 a month could be saved in one workload (a use-case tag set on one model), "
                                              "of %2 a month it costs at current list prices.")
                             .arg(ctx.chart.money(found->total, 2), ctx.chart.money(found->monthlyCost, 2))
                       : ReportSectionsTr::tr("%1 a month could be saved in %3 workloads (a use-case tag set on one model), "
                                              "of %2 a month they cost together at current list prices.")
                             .arg(ctx.chart.money(found->total, 2), ctx.chart.money(found->monthlyCost, 2),
                                  ctx.chart.locale.toString(qlonglong(workloads)))));
    constexpr int kTopWorkloads = 12;
    QList<QStringList> rows;
    QList<int> strong;
    for (int w = 0; w < found->workloads.size() && w < kTopWorkloads; ++w) {
        const savings::WorkloadSavings &ws = found->workloads[w];
        const QString workload = QStringLiteral("%1 (%2)").arg(ws.workload.group, ws.workload.model.model);
        for (int i = 0; i < ws.opportunities.size(); ++i) {
            const savings::Opportunity &o = ws.opportunities[i];
            rows << QStringList{i == 0 ? workload : QString(), savings::strategyLabel(o.strategy), o.action,
                                ctx.chart.money(o.monthlySaving, 2), savings::confidenceLabel(o.confidence)};
        }
        if (ws.opportunities.size() > 1) {
            strong << int(rows.size());
            rows << QStringList{QString(), ReportSectionsTr::tr("Together"),
                                ReportSectionsTr::tr("all of the above, in the planner's lever order"),
                                ctx.chart.money(ws.combinedSaving, 2), QString()};
        }
    }
    strong << int(rows.size());
    rows << QStringList{ReportSectionsTr::tr("Total"), QString(), QString(), ctx.chart.money(found->total, 2), QString()};
    lay.table({{ReportSectionsTr::tr("Workload"), 2.2},
               {ReportSectionsTr::tr("Strategy"), 1.1},
               {ReportSectionsTr::tr("What to do"), 2.8},
               {ReportSectionsTr::tr("Saving a month"), 1.1, true},
               {ReportSectionsTr::tr("Confidence"), 0.9}},
              rows, strong);
    lay.paragraph(ReportSectionsTr::tr("Each saving is the what-if engine's figure for a scenario limited to that workload; "
                                       "a workload with several opportunities counts once in the total, by its Together "
                                       "row. The Savings page and \"tokenledger-cli savings\" show the evidence and "
                                       "assumptions behind each line."),
                  FontRole::Small, kMuted);
    lay.bullets(found->notes);
}

void writeScenarios(SectionContext &ctx)
{
    if (ctx.data.scenarios.isEmpty()) {
        ctx.layout.paragraph(ReportSectionsTr::tr("No scenario was chosen for this report."));
        return;
    }
    for (int i = 0; i < ctx.data.scenarios.size(); ++i) {
        if (i > 0) {
            // The next scenario follows when half a page is left for its figures and chart.
            ctx.layout.advance(pt(16));
            ctx.layout.ensure(ctx.layout.content().height() / 2);
        }
        writeScenario(ctx, ctx.data.scenarios[i]);
    }
}

} // namespace

const QList<SectionWriter> &sectionWriters()
{
    static const QList<SectionWriter> writers = {
        {report::Section::Summary, &writeSummary, pt(200)},
        {report::Section::Charts, &writeCharts, kDailyChartHeight + pt(40)},
        {report::Section::TopDrivers, &writeDrivers},
        {report::Section::Reconciliation, &writeReconciliation},
        {report::Section::Budgets, &writeBudgets, pt(330)}, // its introduction and a budget
        {report::Section::Savings, &writeSavings, pt(150)},
        {report::Section::Scenarios, &writeScenarios, pt(300)},
    };
    return writers;
}

void writeTitlePage(SectionContext &ctx)
{
    const report::ReportData &d = ctx.data;
    const QLocale &l = ctx.chart.locale;
    Canvas c = ctx.layout.titleCanvas();
    const QRectF area = ctx.layout.content();
    double y = area.top() + pt(70);
    c.rect(QRectF(area.left(), y - pt(16), pt(60), pt(5)), Qt::NoPen, QColor(31, 58, 96));
    c.text(QRectF(area.left(), y, area.width(), pt(36)), Qt::AlignLeft | Qt::AlignTop, ReportSectionsTr::tr("LLM spend report"),
           FontRole::Title);
    y += pt(40);
    c.text(QRectF(area.left(), y, area.width(), pt(20)), Qt::AlignLeft | Qt::AlignTop,
           d.organisation.isEmpty() ? ReportSectionsTr::tr("Organisation not named") : d.organisation, FontRole::Subtitle);
    y += pt(26);
    c.text(QRectF(area.left(), y, area.width(), pt(16)), Qt::AlignLeft | Qt::AlignTop,
           report::periodText(d.period(), l), FontRole::Subheading, kMuted);
    y += pt(60);

    // Headline figure.
    const Money spend = d.totals().cost.total();
    c.text(QRectF(area.left(), y, area.width(), pt(12)), Qt::AlignLeft | Qt::AlignTop, ReportSectionsTr::tr("Spend in period"),
           FontRole::Small, kMuted);
    c.text(QRectF(area.left(), y + pt(12), area.width(), pt(30)), Qt::AlignLeft | Qt::AlignTop,
           ctx.chart.money(spend, 2), FontRole::Title);
    const Money before = d.dashboard.previous.cost.total();
    if (!before.isZero())
        c.text(QRectF(area.left(), y + pt(46), area.width(), pt(12)), Qt::AlignLeft | Qt::AlignTop,
               ReportSectionsTr::tr("%1 against %2 in the previous period").arg(change(l, spend, before), ctx.chart.money(before, 2)),
               FontRole::Body, kMuted);
    y += pt(76);

    const DisplayCurrency &cur = ctx.chart.currency;
    const QList<QPair<QString, QString>> facts = {
        {ReportSectionsTr::tr("Period"), ReportSectionsTr::tr("%1 to %2, UTC days, both included")
                           .arg(report::dateText(d.period().from, l), report::dateText(d.period().to, l))},
        {ReportSectionsTr::tr("Compared with"), ReportSectionsTr::tr("%1 to %2")
                                  .arg(report::dateText(d.period().previousFrom, l),
                                       report::dateText(d.period().previousTo, l))},
        {ReportSectionsTr::tr("Filters"), report::filterText(d.request.filter)},
        {ReportSectionsTr::tr("Currency"), cur.isUsd() ? ReportSectionsTr::tr("US dollar (USD)")
                                     : ReportSectionsTr::tr("%1, converted from USD at %2 per USD (rate of %3)")
                                           .arg(cur.code(), cur.rateText(l),
                                                cur.rateDate().isValid() ? report::dateText(cur.rateDate(), l)
                                                                         : ReportSectionsTr::tr("no date"))},
        {ReportSectionsTr::tr("Generated"), report::dateText(d.generatedAt.toUTC().date(), l) + u' '
                              + d.generatedAt.toUTC().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC")},
    };
    for (const auto &f : facts) {
        c.text(QRectF(area.left(), y, pt(100), pt(14)), Qt::AlignLeft | Qt::AlignTop, f.first, FontRole::SmallBold);
        const double h = Metrics::wrappedHeight(f.second, FontRole::Small, area.width() - pt(110));
        c.text(QRectF(area.left() + pt(110), y, area.width() - pt(110), h + pt(2)), Qt::AlignLeft | Qt::TextWordWrap,
               f.second, FontRole::Small);
        y += std::max(pt(14), h + pt(5));
    }
    y += pt(30);
    c.text(QRectF(area.left(), y, area.width(), pt(14)), Qt::AlignLeft | Qt::AlignTop, ReportSectionsTr::tr("Contents"),
           FontRole::Subheading);
    y += pt(20);
    for (const auto &s : ctx.layout.sectionPages()) {
        c.text(QRectF(area.left(), y, area.width() - pt(60), pt(13)), Qt::AlignLeft | Qt::AlignTop, s.first, FontRole::Body);
        c.text(QRectF(area.right() - pt(60), y, pt(60), pt(13)), Qt::AlignRight | Qt::AlignTop,
               QString::number(s.second + 1), FontRole::Body);
        c.line(QPointF(area.left(), y + pt(14)), QPointF(area.right(), y + pt(14)), QPen(QColor(210, 210, 210), pt(0.4)));
        y += pt(18);
    }
}

} // namespace tl::reportui
