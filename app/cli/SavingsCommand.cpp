#include "cli/CliApp.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/FilterOption.h"
#include "cli/JsonOutput.h"
#include "cli/SummaryCommand.h"
#include "pricing/DatabasePricing.h"
#include "query/UsageQueries.h"
#include "savings/SavingsFinder.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace tl::cli {

namespace {

QString filterArguments(const QDate &from, const QDate &to, const QMap<Dimension, QStringList> &filters)
{
    QString out = QStringLiteral("--from %1 --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        for (const QString &v : it.value()) {
            QString arg = QStringLiteral("%1=%2").arg(dimensionName(it.key()), v);
            if (arg.contains(u' ') || arg.contains(u',') || arg.contains(u'\'') || arg.contains(u'"'))
                arg = QStringLiteral("'%1'").arg(arg.replace(u'\'', QStringLiteral("'\\''")));
            out += QStringLiteral(" --filter %1").arg(arg);
        }
    return out;
}

QString fileSafe(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'-');
    return out.left(60);
}

nlohmann::ordered_json scenarioJson(const planning::Scenario &s)
{
    return nlohmann::ordered_json::parse(s.toJson().toStdString());
}

nlohmann::ordered_json opportunityJson(const savings::Opportunity &o)
{
    nlohmann::ordered_json j;
    j["strategy"] = utf8(savings::strategyKey(o.strategy));
    j["action"] = utf8(o.action);
    j["monthly_saving"] = utf8(o.monthlySaving.toDecimalString(2));
    j["confidence"] = utf8(savings::confidenceKey(o.confidence));
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    for (const savings::Evidence &e : o.evidence)
        evidence.push_back({{"label", utf8(e.label)}, {"value", utf8(e.value)}});
    j["evidence"] = evidence;
    nlohmann::ordered_json assumptions = nlohmann::ordered_json::array();
    for (const QString &a : o.assumptions)
        assumptions.push_back(utf8(a));
    j["assumptions"] = assumptions;
    if (o.breakEvenHitRate)
        j["break_even_hit_rate"] = *o.breakEvenHitRate;
    j["scenario"] = scenarioJson(o.scenario);
    return j;
}

} // namespace

int runSavings(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Finds savings in the data: per workload (a value of --by on one provider and model), the "
        "opportunities of routing, output control, batch, prompt caching and self-hosting, each "
        "priced by the what-if engine, and a total that counts the same traffic once. Days are UTC, "
        "both included; without --from/--to the last 30 days with data."));
    const QCommandLineOption fromOpt{QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."),
                                     QStringLiteral("DATE")};
    const QCommandLineOption toOpt{QStringLiteral("to"), QStringLiteral("Last day (included), YYYY-MM-DD."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption byOpt{QStringLiteral("by"),
                                   QStringLiteral("Dimension that names a workload (default: tag): tag, team, "
                                                  "api_key, user, account, …"),
                                   QStringLiteral("DIM")};
    const QCommandLineOption filterOpt{QStringLiteral("filter"),
                                       QStringLiteral("Only traffic with DIM=VALUE (repeatable)."),
                                       QStringLiteral("DIM=VALUE")};
    const QCommandLineOption writeOpt{QStringLiteral("write-scenarios"),
                                      QStringLiteral("Write each opportunity's and each workload's scenario "
                                                     "file into DIR (for whatif and the What-if page)."),
                                      QStringLiteral("DIR")};
    for (const auto *o : {&fromOpt, &toOpt, &byOpt, &filterOpt, &writeOpt})
        cmd.add(*o);
    if (auto stop = cmd.parse(args))
        return *stop;

    savings::SavingsOptions options;
    if (!parseDateRange(cmd, fromOpt, toOpt, &options.from, &options.to))
        return ExitUsage;
    if (cmd.isSet(byOpt)) {
        const auto d = dimensionFromName(cmd.value(byOpt));
        if (!d || *d == Dimension::Provider || *d == Dimension::Model) {
            printError(QStringLiteral("--by needs a dimension other than provider and model, not '%1'")
                           .arg(cmd.value(byOpt)));
            return ExitUsage;
        }
        options.groupBy = *d;
    }
    query::UsageFilter filter;
    if (!parseFilters(cmd, filterOpt, &filter))
        return ExitUsage;
    options.filters = filter.equals;

    auto opened = store::Database::open(cmd.databasePath(), store::Database::Create::MustExist);
    if (!opened) {
        printError(opened.errorMessage());
        return ExitFailure;
    }
    store::Database &db = **opened;
    if (!options.from.isValid() || !options.to.isValid()) {
        auto range = query::UsageQueries(db).dataRange();
        if (!range) {
            printError(range.errorMessage());
            return ExitFailure;
        }
        if (range->isEmpty()) {
            printError(QStringLiteral("the database holds no usage yet: import logs or run 'demo' first"));
            return ExitFailure;
        }
        if (!options.to.isValid())
            options.to = range->last;
        if (!options.from.isValid())
            options.from = std::max(range->first, options.to.addDays(-29));
        if (options.to < options.from) {
            printError(QStringLiteral("no usage between %1 and %2")
                           .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
            return ExitFailure;
        }
    }
    const auto dbPricing = loadPricing(cmd.databasePath());
    if (!dbPricing)
        return ExitFailure;
    options.pricingDate = QDateTime::currentDateTimeUtc().date();
    auto report = savings::findSavings(db, dbPricing->catalog(), options);
    if (!report) {
        printError(report.errorMessage());
        return ExitFailure;
    }

    // Scenario files, named by rank.
    QMap<const planning::Scenario *, QString> files;
    if (cmd.isSet(writeOpt)) {
        QDir dir(cmd.value(writeOpt));
        if (!dir.mkpath(QStringLiteral("."))) {
            printError(QStringLiteral("cannot create the folder %1").arg(dir.path()));
            return ExitFailure;
        }
        auto write = [&](const planning::Scenario &s, const QString &name) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(s.toJson()) < 0) {
                printError(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
                return false;
            }
            files.insert(&s, path);
            return true;
        };
        int rank = 0;
        for (const savings::WorkloadSavings &w : report->workloads) {
            ++rank;
            const QString stem = QStringLiteral("%1-%2").arg(rank, 2, 10, QLatin1Char('0')).arg(fileSafe(w.workload.group));
            if (w.opportunities.size() > 1 && !write(w.combined, stem + QStringLiteral("-combined.json")))
                return ExitFailure;
            for (const savings::Opportunity &o : w.opportunities)
                if (!write(o.scenario, QStringLiteral("%1-%2.json").arg(stem, savings::strategyKey(o.strategy))))
                    return ExitFailure;
        }
    }

    const savings::SavingsReport &r = *report;
    if (cmd.json()) {
        nlohmann::ordered_json j;
        j["from"] = utf8(r.from.toString(Qt::ISODate));
        j["to"] = utf8(r.to.toString(Qt::ISODate));
        j["by"] = utf8(dimensionName(r.dimension));
        j["workloads_examined"] = r.workloadsExamined;
        j["monthly_cost"] = utf8(r.monthlyCost.toDecimalString(2));
        j["total_monthly_saving"] = utf8(r.total.toDecimalString(2));
        nlohmann::ordered_json workloads = nlohmann::ordered_json::array();
        for (const savings::WorkloadSavings &w : r.workloads) {
            nlohmann::ordered_json wj;
            wj["group"] = utf8(w.workload.group);
            wj["provider"] = utf8(w.workload.model.provider);
            wj["model"] = utf8(w.workload.model.model);
            nlohmann::ordered_json filters = nlohmann::ordered_json::object();
            for (auto it = w.filters.constBegin(); it != w.filters.constEnd(); ++it) {
                nlohmann::ordered_json values = nlohmann::ordered_json::array();
                for (const QString &v : it.value())
                    values.push_back(utf8(v));
                filters[utf8(dimensionName(it.key()))] = values;
            }
            wj["filters"] = filters;
            wj["monthly_cost"] = utf8(w.monthlyCost.toDecimalString(2));
            wj["combined_monthly_saving"] = utf8(w.combinedSaving.toDecimalString(2));
            wj["combined_scenario"] = scenarioJson(w.combined);
            nlohmann::ordered_json ops = nlohmann::ordered_json::array();
            for (const savings::Opportunity &o : w.opportunities) {
                nlohmann::ordered_json oj = opportunityJson(o);
                if (files.contains(&o.scenario))
                    oj["scenario_file"] = utf8(files.value(&o.scenario));
                ops.push_back(oj);
            }
            wj["opportunities"] = ops;
            workloads.push_back(wj);
        }
        j["workloads"] = workloads;
        nlohmann::ordered_json realised = nlohmann::ordered_json::array();
        for (const savings::RealisedSaving &rs : r.realised) {
            nlohmann::ordered_json rj = {{"group", utf8(rs.workload.group)},
                                         {"provider", utf8(rs.workload.model.provider)},
                                         {"model", utf8(rs.workload.model.model)},
                                         {"strategy", utf8(savings::strategyKey(rs.strategy))},
                                         {"monthly_saving", utf8(rs.monthlySaving.toDecimalString(2))}};
            if (rs.previousModel) {
                rj["previous_provider"] = utf8(rs.previousModel->provider);
                rj["previous_model"] = utf8(rs.previousModel->model);
                rj["since"] = utf8(rs.since.toString(Qt::ISODate));
            }
            rj["counterfactual"] = scenarioJson(rs.counterfactual);
            realised.push_back(rj);
        }
        j["realised"] = realised;
        j["realised_total"] = utf8(r.realisedTotal.toDecimalString(2));
        nlohmann::ordered_json notes = nlohmann::ordered_json::array();
        for (const QString &n : r.notes)
            notes.push_back(utf8(n));
        j["notes"] = notes;
        printJson(j);
        return ExitOk;
    }

    const QLocale c = QLocale::c();
    auto amount = [&](Money m) { return c.toString(m.toDouble(), 'f', 2); };
    QString out;
    out += QStringLiteral("Savings finder  %1 – %2 (%3 days), workloads by %4\n")
               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
               .arg(r.from.daysTo(r.to) + 1)
               .arg(dimensionName(r.dimension));
    out += QStringLiteral("Examined %1 workloads costing %2 USD a month (at current list prices).\n")
               .arg(r.workloadsExamined)
               .arg(amount(r.monthlyCost));
    if (r.workloads.isEmpty())
        out += QStringLiteral("\nNo opportunity found.\n");
    int rank = 0;
    for (const savings::WorkloadSavings &w : r.workloads) {
        ++rank;
        out += QStringLiteral("\n%1. %2 on %3/%4   costs %5 USD a month\n")
                   .arg(rank)
                   .arg(w.workload.group.isEmpty() ? QStringLiteral("(none)") : w.workload.group, w.workload.model.provider,
                        w.workload.model.model, amount(w.monthlyCost));
        for (const savings::Opportunity &o : w.opportunities) {
            out += QStringLiteral("   %1 %2 USD  %3 (confidence %4)\n")
                       .arg(savings::strategyLabel(o.strategy).leftJustified(15), amount(o.monthlySaving).rightJustified(12),
                            o.action, savings::confidenceLabel(o.confidence));
            QStringList ev;
            for (const savings::Evidence &e : o.evidence)
                ev << QStringLiteral("%1 %2").arg(e.label, e.value);
            out += QStringLiteral("      evidence: %1\n").arg(ev.join(QStringLiteral("; ")));
            for (const QString &a : o.assumptions)
                out += QStringLiteral("      assumes: %1\n").arg(a);
            if (files.contains(&o.scenario))
                out += QStringLiteral("      scenario: %1\n").arg(files.value(&o.scenario));
        }
        if (w.opportunities.size() > 1)
            out += QStringLiteral("   %1 %2 USD  together, in the planner's lever order (counted in the total)%3\n")
                       .arg(QStringLiteral("Together").leftJustified(15), amount(w.combinedSaving).rightJustified(12),
                            files.contains(&w.combined) ? QStringLiteral(": ") + files.value(&w.combined) : QString());
        out += QStringLiteral("   records: tokenledger-cli summary %1\n").arg(filterArguments(r.from, r.to, w.filters));
    }
    const int count = r.opportunityCount();
    out += QStringLiteral("\nTotal monthly saving  %1 USD  (%2 %3 in %4 %5; opportunities on the same workload "
                          "counted together, once)\n")
               .arg(amount(r.total))
               .arg(count)
               .arg(count == 1 ? QStringLiteral("opportunity") : QStringLiteral("opportunities"))
               .arg(r.workloads.size())
               .arg(r.workloads.size() == 1 ? QStringLiteral("workload") : QStringLiteral("workloads"));
    if (!r.realised.isEmpty()) {
        out += QStringLiteral("\nAlready realised  %1 USD a month (levers in use, against the same traffic without "
                              "them at current list prices)\n")
                   .arg(amount(r.realisedTotal));
        for (const savings::RealisedSaving &rs : r.realised) {
            out += QStringLiteral("   %1 %2 USD  %3 on %4/%5")
                       .arg(savings::strategyLabel(rs.strategy).leftJustified(15),
                            amount(rs.monthlySaving).rightJustified(12), rs.workload.group,
                            rs.workload.model.provider, rs.workload.model.model);
            if (rs.previousModel)
                out += QStringLiteral(" (moved from %1/%2 on %3)")
                           .arg(rs.previousModel->provider, rs.previousModel->model,
                                rs.since.toString(Qt::ISODate));
            out += u'\n';
        }
    }
    for (const QString &n : r.notes)
        out += QStringLiteral("Note: %1\n").arg(n);
    printOut(out);
    return ExitOk;
}

} // namespace tl::cli
