#include "report/ReportCsv.h"

#include "text/CsvWriter.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFileInfo>

namespace tl::report {

namespace {

QString d(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString usd(Money m)
{
    return m.toDecimalString(2);
}

QString num(std::int64_t n)
{
    return QString::number(n);
}

QString share(Money part, Money whole)
{
    return whole.isZero() ? QString() : QString::number(part.toDouble() / whole.toDouble(), 'f', 4);
}

SectionTable titleTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("title"), {{QStringLiteral("field"), QStringLiteral("value")}}};
    const DisplayCurrency &c = data.request.currency;
    t.rows << QStringList{QStringLiteral("organisation"), data.organisation}
           << QStringList{QStringLiteral("from"), d(data.period().from)}
           << QStringList{QStringLiteral("to"), d(data.period().to)}
           << QStringList{QStringLiteral("days"), num(data.period().days())}
           << QStringList{QStringLiteral("previous_from"), d(data.period().previousFrom)}
           << QStringList{QStringLiteral("previous_to"), d(data.period().previousTo)}
           << QStringList{QStringLiteral("filters"), filterText(data.request.filter)}
           << QStringList{QStringLiteral("currency"), c.code()}
           << QStringList{QStringLiteral("rate_per_usd"), c.ratePerUsd().toDecimalString()}
           << QStringList{QStringLiteral("rate_date"), d(c.rateDate())};
    return t;
}

SectionTable kpiTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("kpis"), {{QStringLiteral("kpi"), QStringLiteral("exact")}}};
    const query::UsageTotals &c = data.totals();
    for (const KpiLine &k : kpiLines(data, DisplayCurrency()))
        t.rows << QStringList{k.title, k.exact};
    t.rows << QStringList{QStringLiteral("requests"), num(c.tokens.requests)}
           << QStringList{QStringLiteral("input_tokens"), num(c.tokens.uncachedInput)}
           << QStringList{QStringLiteral("cache_read_tokens"), num(c.tokens.cacheRead)}
           << QStringList{QStringLiteral("cache_write_tokens"), num(c.tokens.cacheWrite())}
           << QStringList{QStringLiteral("output_tokens"), num(c.tokens.output)}
           << QStringList{QStringLiteral("cost"), c.cost.total().toDecimalString()}
           << QStringList{QStringLiteral("billed_cost"), c.billed.toDecimalString()}
           << QStringList{QStringLiteral("previous_cost"), data.dashboard.previous.cost.total().toDecimalString()};
    return t;
}

SectionTable summaryTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("summary"), {{QStringLiteral("sentence")}}};
    for (const QString &s : executiveSummary(data, DisplayCurrency(), QLocale::c()))
        t.rows << QStringList{s};
    return t;
}

SectionTable spendTable(const ReportData &data)
{
    const query::TimeSeries &s = data.dashboard.series;
    QStringList header{QStringLiteral("day")};
    header << s.series << QStringLiteral("total");
    SectionTable t{QStringLiteral("spend-over-time"), {header}};
    for (int b = 0; b < s.buckets.size(); ++b) {
        QStringList row{d(query::dateOfEpochDay(s.buckets[b]))};
        Money total;
        for (int i = 0; i < s.series.size(); ++i) {
            row << usd(s.values[i][b]);
            total += s.values[i][b];
        }
        row << usd(total);
        t.rows << row;
    }
    return t;
}

SectionTable breakdownTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("breakdown"),
                   {{dimensionName(data.request.breakdownBy), QStringLiteral("cost"), QStringLiteral("requests"),
                     QStringLiteral("share"), QStringLiteral("members")}}};
    const Money total = data.totals().cost.total();
    for (const query::BreakdownRow &r : data.dashboard.breakdown)
        t.rows << QStringList{r.value, usd(r.cost), num(r.requests), share(r.cost, total), r.members.join(u';')};
    return t;
}

SectionTable modelTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("models"),
                   {{QStringLiteral("model"), QStringLiteral("cost"), QStringLiteral("requests"), QStringLiteral("share")}}};
    const Money total = data.totals().cost.total();
    for (const query::UsageGroup &g : data.models)
        t.rows << QStringList{g.key.value(0), usd(g.totals.cost.total()), num(g.totals.tokens.requests),
                              share(g.totals.cost.total(), total)};
    return t;
}

SectionTable costSplitTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("cost-split"), {{QStringLiteral("part"), QStringLiteral("cost"), QStringLiteral("share")}}};
    const CostBreakdown &c = data.totals().cost;
    const Money total = c.total();
    t.rows << QStringList{QStringLiteral("uncached_input"), usd(c.uncachedInput), share(c.uncachedInput, total)}
           << QStringList{QStringLiteral("cache_read"), usd(c.cacheRead), share(c.cacheRead, total)}
           << QStringList{QStringLiteral("cache_write"), usd(c.cacheWrite), share(c.cacheWrite, total)}
           << QStringList{QStringLiteral("output"), usd(c.output), share(c.output, total)};
    return t;
}

SectionTable driversTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("top-drivers"),
                   {{QStringLiteral("model"), dimensionName(data.request.driversBy), QStringLiteral("cost"),
                     QStringLiteral("previous_cost"), QStringLiteral("requests"), QStringLiteral("share")}}};
    const Money total = data.totals().cost.total();
    for (const query::DriverRow &r : data.dashboard.drivers)
        t.rows << QStringList{r.model, r.other, usd(r.cost), usd(r.previousCost), num(r.requests), share(r.cost, total)};
    return t;
}

SectionTable reconciliationTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("reconciliation"),
                   {{QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("records"),
                     QStringLiteral("computed"), QStringLiteral("billed"), QStringLiteral("difference"),
                     QStringLiteral("days"), QStringLiteral("flagged_days"), QStringLiteral("list_price")}}};
    // list_price: the list-price amount before discounts, where the source reports one (empty
    // otherwise); "billed" is then the amount after discounts.
    for (const ReconciliationLine &l : data.reconciliation)
        t.rows << QStringList{l.provider, l.model, num(l.records), usd(l.computed), usd(l.billed),
                              usd(l.difference()), num(l.days), num(l.flaggedDays),
                              l.listRecords > 0 ? usd(l.billedList) : QString()};
    return t;
}

SectionTable scenarioTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("scenarios"),
                   {{QStringLiteral("scenario"), QStringLiteral("step"), QStringLiteral("active"),
                     QStringLiteral("cost_before"), QStringLiteral("cost_after"), QStringLiteral("savings")}}};
    for (const ScenarioOutcome &s : data.scenarios) {
        const QString name = s.scenario.name.isEmpty() ? QFileInfo(s.file).completeBaseName() : s.scenario.name;
        if (!s.result) {
            t.rows << QStringList{name, QStringLiteral("error"), QString(), QString(), QString(), s.error};
            continue;
        }
        const planning::WhatIfResult &r = *s.result;
        t.rows << QStringList{name, QStringLiteral("baseline"), QString(), usd(r.baselineCost), usd(r.baselineCost), QString()};
        for (const planning::LeverResult &l : r.levers)
            t.rows << QStringList{name, planning::leverKey(l.lever), l.active ? QStringLiteral("yes") : QStringLiteral("no"),
                                  usd(l.costBefore), usd(l.costAfter), usd(l.savings())};
        t.rows << QStringList{name, QStringLiteral("scenario"), QString(), usd(r.scenarioCost), usd(r.scenarioCost),
                              usd(r.totalSavings())};
        if (r.selfHosting) {
            const auto &h = *r.selfHosting;
            t.rows << QStringList{name, QStringLiteral("break_even_tokens_per_month"), QString(), QString(), QString(),
                                  h.breakEvenTokensPerMonth ? num(h.breakEvenTokensPerMonth->rounded()) : QString()};
        }
    }
    return t;
}

QString ints(const QList<int> &v)
{
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return parts.join(u';');
}

QString stateKey(budgets::BudgetStatus::State s)
{
    switch (s) {
    case budgets::BudgetStatus::State::NotStarted: return QStringLiteral("not_started");
    case budgets::BudgetStatus::State::Running: return QStringLiteral("running");
    case budgets::BudgetStatus::State::Ended: return QStringLiteral("ended");
    }
    return {};
}

// Amounts in USD, as everywhere in these tables; `currency` and `amount` repeat the budget as
// entered. Percentages in per mille are exact enough to recompute the bar.
SectionTable budgetTable(const ReportData &data)
{
    SectionTable t{QStringLiteral("budgets"),
                   {{QStringLiteral("budget"), QStringLiteral("scope"), QStringLiteral("period"),
                     QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("state"),
                     QStringLiteral("as_of"), QStringLiteral("currency"), QStringLiteral("amount"),
                     QStringLiteral("amount_usd"), QStringLiteral("actual_usd"), QStringLiteral("per_mille_used"),
                     QStringLiteral("actual_basis"), QStringLiteral("forecast_usd"), QStringLiteral("forecast_low_usd"),
                     QStringLiteral("forecast_high_usd"), QStringLiteral("thresholds"),
                     QStringLiteral("thresholds_crossed"), QStringLiteral("forecast_thresholds_crossed"),
                     QStringLiteral("exhaustion_date"), QStringLiteral("breached"), QStringLiteral("forecast_overrun")}}};
    const QString asOf = data.budgets.asOf.toUTC().toString(Qt::ISODate);
    for (const budgets::BudgetStatus &s : data.budgets.statuses) {
        const budgets::Budget &b = s.budget;
        const bool forecast = s.forecast.available;
        t.rows << QStringList{b.name,
                              b.isOrganisation() ? QStringLiteral("organisation") : b.scopeText(),
                              budgets::periodKey(b.period),
                              d(s.period.first),
                              d(s.period.last),
                              stateKey(s.state),
                              asOf,
                              b.currency,
                              usd(b.amount),
                              usd(s.amountUsd),
                              usd(s.actual),
                              num(s.perMilleUsed()),
                              budgets::spendBasisKey(s.basis),
                              forecast ? usd(s.forecastTotal) : QString(),
                              forecast ? usd(s.forecastLow) : QString(),
                              forecast ? usd(s.forecastHigh) : QString(),
                              ints(b.thresholds),
                              ints(s.crossedActual),
                              forecast ? ints(s.crossedForecast) : QString(),
                              d(s.exhaustionDate),
                              s.breached ? QStringLiteral("yes") : QStringLiteral("no"),
                              s.forecastOverrun ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    return t;
}

} // namespace

QList<SectionTable> sectionTables(const ReportData &data)
{
    return {titleTable(data),   kpiTable(data),     summaryTable(data),        spendTable(data),
            breakdownTable(data), modelTable(data), costSplitTable(data), driversTable(data), reconciliationTable(data),
            budgetTable(data), scenarioTable(data)};
}

Status writeSectionTables(const ReportData &data, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error::of(QStringLiteral("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    for (const SectionTable &t : sectionTables(data)) {
        if (Status s = text::CsvWriter::writeFile(QDir(dir).filePath(t.name + QStringLiteral(".csv")), t.rows); !s)
            return s;
    }
    return {};
}

} // namespace tl::report
