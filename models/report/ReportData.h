#pragma once

#include "core/Result.h"
#include "money/DisplayCurrency.h"
#include "planning/Baseline.h"
#include "planning/Scenario.h"
#include "planning/WhatIfEngine.h"
#include "query/DashboardSnapshot.h"
#include "query/UsageQueries.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    Scenarios,      // chosen what-if scenarios: assumptions, waterfall, break-even
};
inline constexpr Section kAllSections[] = {Section::Summary, Section::Charts, Section::TopDrivers,
                                           Section::Reconciliation, Section::Scenarios};
QString sectionKey(Section s);   // "summary", "charts", "drivers", "reconciliation", "scenarios"
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
