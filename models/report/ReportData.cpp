#include "report/ReportData.h"

#include "budgets/MonthEndForecast.h"
#include "budgets/BudgetCheck.h"
#include "pricing/DatabasePricing.h"
#include "store/SqliteCatalogStore.h"
#include "savings/SavingsFinder.h"
#include "store/Database.h"
#include "store/SqliteBudgetStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace tl::report {

namespace {
// The translation context of this file's texts.
struct ReportDataTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::report::ReportData)
};
} // namespace

QString sectionKey(Section s)
{
    switch (s) {
    case Section::Summary: return QStringLiteral("summary");
    case Section::Charts: return QStringLiteral("charts");
    case Section::TopDrivers: return QStringLiteral("drivers");
    case Section::Reconciliation: return QStringLiteral("reconciliation");
    case Section::Budgets: return QStringLiteral("budgets");
    case Section::Savings: return QStringLiteral("savings");
    case Section::Scenarios: return QStringLiteral("scenarios");
    }
    return {};
}

QString sectionTitle(Section s)
{
    switch (s) {
    case Section::Summary: return ReportDataTr::tr("Executive summary");
    case Section::Charts: return ReportDataTr::tr("Spend in charts");
    case Section::TopDrivers: return ReportDataTr::tr("Top cost drivers");
    case Section::Reconciliation: return ReportDataTr::tr("Computed vs billed");
    case Section::Budgets: return ReportDataTr::tr("Budget status");
    case Section::Savings: return ReportDataTr::tr("Where to save next");
    case Section::Scenarios: return ReportDataTr::tr("What-if scenarios");
    }
    return {};
}

QString filterText(const query::UsageFilter &filter)
{
    QStringList parts;
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        parts << QStringLiteral("%1: %2").arg(dimensionLabel(it.key()), it.value().join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? ReportDataTr::tr("none (all usage)") : parts.join(QStringLiteral("; "));
}

QDateTime budgetEvaluationTime(const QDate &to, const QDateTime &generatedAt, const QTimeZone &zone)
{
    // The last second of the report's last day, as `budgets check --as-of` takes it.
    const QDateTime endOfPeriod = budgets::startOfLocalDay(to.addDays(1), zone).toUTC().addSecs(-1);
    return std::min(endOfPeriod, generatedAt.toUTC());
}

Result<ReportData> computeReport(store::Database &db, const ReportRequest &request, const ReportProgress &progress)
{
    const auto step = [&progress](const QString &what, double done) {
        if (progress)
            progress(what, done);
    };
    ReportData data;
    data.request = request;
    data.organisation = request.organisation.isEmpty() ? db.setting(QStringLiteral("organisation"))
                                                       : request.organisation;
    data.generatedAt = request.generatedAt.isValid() ? request.generatedAt : QDateTime::currentDateTimeUtc();

    query::UsageQueries queries(db);
    auto range = queries.dataRange();
    if (!range)
        return range.error();
    const QDate today = request.today.isValid() ? request.today : QDateTime::currentDateTimeUtc().date();
    QDate from = request.from.isValid() ? request.from : range->first;
    QDate to = request.to.isValid() ? request.to : today;
    if (!from.isValid())
        from = to;
    if (to < from)
        return Error::of(ReportDataTr::tr("The report period ends (%1) before it starts (%2).")
                             .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));

    step(ReportDataTr::tr("Totals, charts and drivers"), 0.0);
    query::DashboardRequest dash;
    dash.preset = query::PeriodPreset::Custom;
    dash.customFrom = from;
    dash.customTo = to;
    dash.today = today;
    dash.filter = request.filter;
    dash.filter.from = {};
    dash.filter.to = {};
    dash.stackBy = request.stackBy;
    dash.granularity = query::Granularity::Day;
    dash.driverDimension = request.driversBy;
    dash.breakdownDimension = request.breakdownBy;
    dash.topDrivers = request.topDrivers;
    dash.breakdownTop = 8;
    dash.seriesTop = 6;
    // The month-end forecast at the moment the report's budgets are evaluated at, so that it
    // agrees with a monthly budget of the same scope in the budgets section.
    const QTimeZone zone = request.timeZone.isValid() ? request.timeZone : QTimeZone::systemTimeZone();
    auto snapshot = budgets::computeDashboardWithForecast(db, dash, budgetEvaluationTime(to, data.generatedAt, zone),
                                                          zone);
    if (!snapshot)
        return snapshot.error();
    data.dashboard = std::move(snapshot).value();

    store::SqliteCatalogStore catalogs(db);
    auto sources = catalogs.sources();
    if (!sources)
        return sources.error();
    data.catalogs = std::move(sources).value();
    auto prices = catalogs.prices();
    if (!prices)
        return prices.error();
    for (const pricing::ModelPrice &p : std::as_const(*prices))
        data.priceOverrides += p.catalog == u"user" ? 1 : 0;

    query::UsageFilter period = dash.filter;
    period.from = from;
    period.to = to;
    if (request.has(Section::Charts)) {
        auto byModel = queries.summary(period, {Dimension::Model});
        if (!byModel)
            return byModel.error();
        constexpr int kTopModels = 8;
        for (int i = 0; i < byModel->groups.size(); ++i) {
            if (i < kTopModels || byModel->groups.size() == kTopModels + 1) {
                data.models << byModel->groups[i];
                continue;
            }
            if (i == kTopModels)
                data.models << query::UsageGroup{{query::UsageQueries::otherSeriesLabel()}, {}};
            data.models.last().totals += byModel->groups[i].totals;
        }
    }

    step(ReportDataTr::tr("Reconciliation"), 0.5);
    auto rows = queries.reconciliation(period, query::ReconciliationTolerance{});
    if (!rows)
        return rows.error();
    QMap<QPair<QString, QString>, ReconciliationLine> lines;
    for (const query::ReconciliationRow &r : *rows) {
        ReconciliationLine &l = lines[{r.provider, r.model}];
        l.provider = r.provider;
        l.model = r.model;
        l.records += r.records;
        l.computed += r.computed;
        l.billed += r.billed;
        l.billedList += r.billedList;
        l.listRecords += r.listRecords;
        ++l.days;
        if (r.flagged)
            ++l.flaggedDays;
    }
    data.reconciliation = lines.values();
    std::stable_sort(data.reconciliation.begin(), data.reconciliation.end(),
                     [](const ReconciliationLine &a, const ReconciliationLine &b) {
                         const Money da = a.difference().isNegative() ? -a.difference() : a.difference();
                         const Money dbb = b.difference().isNegative() ? -b.difference() : b.difference();
                         if (da != dbb)
                             return da > dbb;
                         return a.billed > b.billed;
                     });

    if (request.has(Section::Budgets)) {
        step(ReportDataTr::tr("Budgets"), 0.6);
        auto stored = store::SqliteBudgetStore(db).budgets();
        if (!stored)
            return stored.error();
        QList<budgets::Budget> enabled;
        for (const budgets::Budget &b : *stored) {
            if (b.enabled)
                enabled << b;
            else
                ++data.budgets.disabled;
        }
        data.budgets.zone = zone;
        data.budgets.asOf = budgetEvaluationTime(to, data.generatedAt, data.budgets.zone);
        data.budgets.atPeriodEnd = data.budgets.asOf < data.generatedAt.toUTC();
        auto statuses = budgets::evaluateBudgets(db, enabled, data.budgets.asOf, data.budgets.zone);
        if (!statuses)
            return statuses.error();
        data.budgets.statuses = std::move(statuses).value();
    }

    if (request.has(Section::Savings)) {
        step(ReportDataTr::tr("Savings"), 0.65);
        auto pricing = pricing::DatabasePricing::load(db);
        if (!pricing)
            return pricing.error();
        savings::SavingsOptions options;
        options.from = from;
        options.to = to;
        options.filters = request.filter.equals;
        options.pricingDate = today;
        auto found = savings::findSavings(db, (*pricing)->catalog(), options);
        if (!found)
            return found.error();
        data.savings = std::move(found).value();
    }

    if (request.has(Section::Scenarios) && !request.scenarioFiles.isEmpty()) {
        auto pricing = pricing::DatabasePricing::load(db);
        if (!pricing)
            return pricing.error();
        for (int i = 0; i < request.scenarioFiles.size(); ++i) {
            const QString &file = request.scenarioFiles[i];
            step(ReportDataTr::tr("Scenario %1").arg(QFileInfo(file).fileName()), 0.7 + 0.3 * i / request.scenarioFiles.size());
            ScenarioOutcome outcome;
            outcome.file = file;
            auto scenario = planning::Scenario::fromFile(file);
            if (!scenario) {
                outcome.error = scenario.errorMessage();
                data.scenarios << outcome;
                continue;
            }
            outcome.scenario = std::move(scenario).value();
            if (outcome.scenario.baseline.manual) {
                outcome.baseline = planning::manualBaseline(*outcome.scenario.baseline.manual);
            } else {
                // The report's period replaces the scenario's own; its filters stay.
                outcome.scenario.baseline.from = from;
                outcome.scenario.baseline.to = to;
                auto baseline = planning::buildBaseline(db, outcome.scenario.baseline);
                if (!baseline) {
                    outcome.error = baseline.errorMessage();
                    data.scenarios << outcome;
                    continue;
                }
                outcome.baseline = std::move(baseline).value();
            }
            // The assumptions read like the report around them: its language, the default
            // locale's figures (the caller sets it), its currency.
            auto result = planning::evaluateScenario(outcome.baseline, (*pricing)->catalog(), outcome.scenario, today,
                                                     planning::WhatIfText{QLocale(), request.currency});
            if (result)
                outcome.result = std::move(result).value();
            else
                outcome.error = QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), result.errorMessage());
            data.scenarios << outcome;
        }
    }
    step(ReportDataTr::tr("Done"), 1.0);
    return data;
}

} // namespace tl::report
