#pragma once

#include "budgets/BudgetEvaluator.h"
#include "core/Result.h"
#include "money/DisplayCurrency.h"
#include "store/CatalogStore.h"
#include "planning/Baseline.h"
#include "planning/Scenario.h"
#include "planning/WhatIfEngine.h"
#include "query/DashboardSnapshot.h"
#include "query/UsageQueries.h"
#include "savings/Opportunity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace tl::store {
class Database;
}

namespace tl::report {

// The sections a report can hold, in the order they are printed. The title page is always
// there; the others can be chosen.
enum class Section
{
    Summary,        // executive summary and KPI figures
    Charts,         // spend over time, breakdown, cost split
    TopDrivers,     // the drivers table
    Reconciliation, // computed vs billed per provider and model
    Budgets,        // every enabled budget: spend, forecast, thresholds, progress bar
    Savings,        // where to save next: the savings finder's opportunities
    Scenarios,      // chosen what-if scenarios: assumptions, waterfall, break-even
};
inline constexpr Section kAllSections[] = {Section::Summary,        Section::Charts,  Section::TopDrivers,
                                           Section::Reconciliation, Section::Budgets, Section::Savings,
                                           Section::Scenarios};
// "summary", "charts", "drivers", "reconciliation", "budgets", "savings", "scenarios"
QString sectionKey(Section s);
QString sectionTitle(Section s); // translated heading

enum class Paper { A4, Letter };

// What to report on. Dates are UTC days, both included.
struct ReportRequest
{
    QDate from;
    QDate to;
    QDate today;                  // UTC; decides the forecast and the comparison period
    query::UsageFilter filter;    // dimension filters (its dates are ignored)
    QList<Section> sections = {std::begin(kAllSections), std::end(kAllSections)};
    QStringList scenarioFiles;    // evaluated against the report period
    Dimension stackBy = Dimension::Provider;
    Dimension breakdownBy = Dimension::Team;
    Dimension driversBy = Dimension::Team;
    int topDrivers = 10;
    DisplayCurrency currency;
    Paper paper = Paper::A4;
    QString organisation;         // empty: the database's own name
    QDateTime generatedAt;        // empty: now
    QTimeZone timeZone;           // of the budgets' calendar periods; invalid: the system's

    bool has(Section s) const { return sections.contains(s); }
};

// One provider and model of the reconciliation, summed over the period.
struct ReconciliationLine
{
    QString provider;
    QString model;
    std::int64_t records = 0;
    Money computed;
    Money billed;
    // The list-price amount (before discounts) of the records whose source reported one
    // (Anthropic's cost analytics); listRecords = 0: none did.
    Money billedList;
    std::int64_t listRecords = 0;
    int days = 0;
    int flaggedDays = 0;
    Money difference() const { return computed - billed; }
};

// A chosen scenario, evaluated; `error` says why it could not be.
struct ScenarioOutcome
{
    QString file;
    planning::Scenario scenario;
    planning::Baseline baseline;
    std::optional<planning::WhatIfResult> result;
    QString error;
};

// The budgets as the Budgets page and `budgets check` evaluate them (the same evaluation), at
// the end of the report's last day in the budgets' time zone — or at the moment the report is
// generated, when that is earlier (a period that includes today). Each budget keeps its own
// scope, calendar period and currency: the report's filters and period do not narrow it.
struct BudgetSection
{
    QDateTime asOf;           // UTC
    bool atPeriodEnd = false; // asOf is the end of the report's last day (not "now")
    QTimeZone zone;
    QList<budgets::BudgetStatus> statuses; // enabled budgets, by name
    int disabled = 0;                      // switched-off budgets, not evaluated here

    bool isEmpty() const { return statuses.isEmpty(); }
    // Neither breached nor forecast to overrun.
    static bool onTrack(const budgets::BudgetStatus &s) { return !s.breached && !s.forecastOverrun; }
};

// The moment the budgets are evaluated at for a report ending `to` (see BudgetSection).
QDateTime budgetEvaluationTime(const QDate &to, const QDateTime &generatedAt, const QTimeZone &zone);

// Everything a report shows, computed from the database (rollups only) on any thread. The
// renderer formats it; the section CSVs write it as exact figures.
struct ReportData
{
    ReportRequest request;
    QString organisation;
    QDateTime generatedAt;
    query::DashboardSnapshot dashboard;    // period, totals, series, drivers, breakdown, …
    QList<query::UsageGroup> models;       // spend per model, largest first (top 8, then "Other")
    QList<ReconciliationLine> reconciliation; // largest absolute difference first
    QList<ScenarioOutcome> scenarios;
    BudgetSection budgets;                 // filled when the Budgets section is chosen
    // The savings finder over the report's period and filters (workloads by tag set, current
    // prices), when the Savings section is chosen.
    std::optional<savings::SavingsReport> savings;
    // The prices the computed costs come from: the imported catalogs (besides the built-in
    // one) and how many of the organisation's own prices override them.
    QList<store::CatalogSource> catalogs;
    int priceOverrides = 0;

    const query::Period &period() const { return dashboard.period; }
    const query::UsageTotals &totals() const { return dashboard.current; }
};

// Progress of a report's computation: a step name and a fraction done (0…1).
using ReportProgress = std::function<void(const QString &step, double done)>;

Result<ReportData> computeReport(store::Database &db, const ReportRequest &request,
                                 const ReportProgress &progress = {});

// "provider: openai, anthropic; team: search" or "none"; translated.
QString filterText(const query::UsageFilter &filter);

} // namespace tl::report
