#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "planning/WhatIfEngine.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>

namespace tl::cli {

int runWhatIf(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Evaluates a what-if scenario file against the data: baseline and scenario monthly cost, "
        "the savings of each lever in order, and the self-hosting break-even. --from/--to (both "
        "days included) replace the scenario's baseline period."));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QStringLiteral("Scenario file (JSON, version 1)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day of the baseline, YYYY-MM-DD."),
                                     QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day of the baseline (included)."),
                                   QStringLiteral("DATE")};
    for (const auto *o : {&scenarioOpt, &fromOpt, &toOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;
    if (!cmd.isSet(scenarioOpt)) {
        printError(QStringLiteral("whatif needs --scenario FILE"));
        return ExitUsage;
    }
    QDate from, to;
    if (!parseDateRange(cmd, fromOpt, toOpt, &from, &to))
        return ExitUsage;
    auto scenario = planning::Scenario::fromFile(cmd.value(scenarioOpt));
    if (!scenario) {
        printError(scenario.errorMessage());
        return ExitFailure;
    }
    if (from.isValid())
        scenario->baseline.from = from;
    if (to.isValid())
        scenario->baseline.to = to;

    // A manual baseline needs no data; prices then come from the database when there is one.
    std::unique_ptr<store::Database> db;
    if (!scenario->baseline.manual || QFile::exists(cmd.databasePath())) {
        auto opened = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
        if (!opened) {
            printError(opened.errorMessage());
            return ExitFailure;
        }
        db = std::move(opened).value();
    }
    const auto dbPricing = db ? loadPricing(cmd.databasePath()) : pricing::DatabasePricing::builtinOnly();
    if (!dbPricing)
        return ExitFailure;
    const pricing::PriceCatalog &catalog = dbPricing->catalog();

    planning::Baseline baseline;
    if (scenario->baseline.manual) {
        baseline = planning::manualBaseline(*scenario->baseline.manual);
    } else {
        auto built = planning::buildBaseline(*db, scenario->baseline);
        if (!built) {
            printError(built.errorMessage());
            return ExitFailure;
        }
        baseline = std::move(built).value();
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto result = planning::evaluateScenario(baseline, catalog, *scenario, today);
    if (!result) {
        printError(QStringLiteral("%1: %2").arg(cmd.value(scenarioOpt), result.errorMessage()));
        return ExitFailure;
    }

    const auto &r = *result;
    const std::optional<planning::Quantity> breakEven =
        r.selfHosting ? r.selfHosting->breakEvenTokensPerMonth : std::nullopt;
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["scenario"] = utf8(scenario->name);
        if (baseline.manual) {
            j["baseline"] = {{"manual", true}};
        } else {
            j["baseline"] = {{"from", utf8(baseline.from.toString(Qt::ISODate))},
                             {"to", utf8(baseline.to.toString(Qt::ISODate))},
                             {"days", baseline.days},
                             {"scale", utf8(QStringLiteral("30/%1").arg(baseline.days))}};
        }
        j["baseline_monthly_cost"] = utf8(r.baselineCost.toDecimalString(2));
        j["scenario_monthly_cost"] = utf8(r.scenarioCost.toDecimalString(2));
        j["total_savings"] = utf8(r.totalSavings().toDecimalString(2));
        nlohmann::ordered_json savings = nlohmann::ordered_json::array();
        for (const planning::LeverResult &l : r.levers)
            savings.push_back({{"lever", utf8(planning::leverKey(l.lever))},
                               {"amount", utf8(l.savings().toDecimalString(2))},
                               {"active", l.active},
                               {"explanation", utf8(l.explanation)}});
        j["savings"] = savings;
        if (breakEven)
            j["break_even_tokens_per_month"] = breakEven->rounded();
        else
            j["break_even_tokens_per_month"] = nullptr;
        if (r.selfHosting) {
            j["self_hosting"] = {{"tokens_per_month", r.selfHosting->tokensPerMonth.rounded()},
                                 {"instances", r.selfHosting->instances},
                                 {"fixed_monthly_cost", utf8(r.selfHosting->fixedMonthlyCost.toDecimalString(2))}};
        }
        printJson(j);
        return ExitOk;
    }
    QString out;
    out += QStringLiteral("Scenario  %1\n").arg(scenario->name);
    out += baseline.manual ? QStringLiteral("Baseline  by hand\n")
                           : QStringLiteral("Baseline  %1 – %2 (%3 days, scaled × 30/%3)\n")
                                 .arg(baseline.from.toString(Qt::ISODate), baseline.to.toString(Qt::ISODate))
                                 .arg(baseline.days);
    out += QStringLiteral("\nBaseline monthly cost   %1 USD\n").arg(r.baselineCost.toRoundedString(2).rightJustified(14));
    for (const planning::LeverResult &l : r.levers)
        out += QStringLiteral("  %1 %2 USD%3\n")
                   .arg(planning::leverKey(l.lever).leftJustified(21), l.savings().toRoundedString(2).rightJustified(14),
                        l.active ? QString() : QStringLiteral("  (not used)"));
    out += QStringLiteral("Scenario monthly cost   %1 USD\n").arg(r.scenarioCost.toRoundedString(2).rightJustified(14));
    out += QStringLiteral("Savings                 %1 USD\n").arg(r.totalSavings().toRoundedString(2).rightJustified(14));
    if (breakEven)
        out += QStringLiteral("Self-hosting breaks even at %1 tokens per month\n").arg(breakEven->rounded());
    printOut(out);
    return ExitOk;
}

} // namespace tl::cli
