#include "budgets/AlertEngine.h"
#include "budgets/BudgetCheck.h"
#include "budgets/LedgerBudgetCheck.h"
#include "cli/CliApp.h"
#include "providers/Connection.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "store/Database.h"
#include "store/SqliteBudgetStore.h"
#include "store/ledger/LedgerBudgets.h"
#include "store/ledger/PgConnection.h"

#include <QTimeZone>

#include <functional>

namespace tl::cli {

namespace {

using budgets::Budget;
using budgets::BudgetStatus;
// Evaluates every stored budget at `now` (the local database's, or the team ledger's).
using Evaluate = std::function<Result<QList<BudgetStatus>>(const QDateTime &now, const QTimeZone &zone)>;

struct BudgetOptions
{
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("Budget name (add)."),
                            QStringLiteral("NAME")};
    QCommandLineOption amount{QStringLiteral("amount"),
                              QStringLiteral("Budget per period, e.g. 2500 (add)."),
                              QStringLiteral("AMOUNT")};
    QCommandLineOption currency{
        QStringLiteral("currency"),
        QStringLiteral("Currency of the amount (default USD); other currencies need --rate."),
        QStringLiteral("CODE"), QStringLiteral("USD")};
    QCommandLineOption rate{QStringLiteral("rate"),
                            QStringLiteral("Units of --currency per USD, e.g. 0.92."),
                            QStringLiteral("RATE")};
    QCommandLineOption period{QStringLiteral("period"),
                              QStringLiteral("month (default), quarter or custom."),
                              QStringLiteral("PERIOD"), QStringLiteral("month")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("First day of a custom period, YYYY-MM-DD."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"),
                          QStringLiteral("Last day of a custom period (included)."),
                          QStringLiteral("DATE")};
    QCommandLineOption scope{
        QStringLiteral("scope"),
        QStringLiteral("What the budget covers: 'organisation', or DIM=VALUE (repeatable; "
                       "provider, model, account/project, team, tag, api_key, …)."),
        QStringLiteral("DIM=VALUE")};
    QCommandLineOption thresholds{
        QStringLiteral("thresholds"),
        QStringLiteral("Alert thresholds in percent (default 50,80,100)."), QStringLiteral("LIST"),
        QStringLiteral("50,80,100")};
    QCommandLineOption spike{
        QStringLiteral("spike-percent"),
        QStringLiteral("A day above this percentage of its baseline is a spike (default "
                       "300; 0 turns spike alerts off)."),
        QStringLiteral("PCT"), QString::number(Budget::kDefaultSpikePercent)};
    QCommandLineOption breachOnForecast{
        QStringLiteral("breach-on-forecast"),
        QStringLiteral("Count a forecast overrun as a breach in 'check'.")};
    QCommandLineOption disabled{QStringLiteral("disabled"),
                                QStringLiteral("Store the budget switched off.")};
    QCommandLineOption asOf{
        QStringLiteral("as-of"),
        QStringLiteral("check: evaluate at the end of this day, as if it were today."),
        QStringLiteral("DATE")};
    QCommandLineOption zone{
        QStringLiteral("time-zone"),
        QStringLiteral("Time zone of the periods (IANA id; default: the system's)."),
        QStringLiteral("ZONE")};
};

nlohmann::ordered_json ints(const QList<int> &v)
{
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (int i : v)
        a.push_back(i);
    return a;
}

std::string money(const Money &m)
{
    return utf8(m.toDecimalString(2));
}

nlohmann::ordered_json budgetToJson(const Budget &b)
{
    nlohmann::ordered_json scope = nlohmann::ordered_json::array();
    for (const budgets::ScopeTerm &t : b.scope)
        scope.push_back(
            {{"dimension", utf8(dimensionName(t.dimension))}, {"value", utf8(t.value)}});
    nlohmann::ordered_json j{
        {"name", utf8(b.name)},
        {"scope", b.isOrganisation() ? nlohmann::ordered_json("organisation") : scope},
        {"period", utf8(budgets::periodKey(b.period))}};
    if (b.period == budgets::BudgetPeriod::Custom) {
        j["from"] = utf8(b.customFrom.toString(Qt::ISODate));
        j["to"] = utf8(b.customTo.toString(Qt::ISODate));
    }
    j["amount"] = money(b.amount);
    j["currency"] = utf8(b.currency);
    if (b.currency != u"USD")
        j["rate_per_usd"] = utf8(b.ratePerUsd.toDecimalString());
    j["thresholds"] = ints(b.thresholds);
    j["spike_percent"] = b.spikePercent;
    j["breach_on_forecast"] = b.breachOnForecast;
    j["enabled"] = b.enabled;
    if (b.isFromProvider())
        j["origin"] = utf8(b.origin); // a mirrored provider spend limit; syncs keep it in step
    return j;
}

nlohmann::ordered_json statusToJson(const BudgetStatus &s)
{
    const Budget &b = s.budget;
    auto inCurrency = [&](Money usd) { return money(b.toBudgetCurrency(usd)); };
    nlohmann::ordered_json j = budgetToJson(b);
    j["period_start"] = utf8(s.period.first.toString(Qt::ISODate));
    j["period_end"] = utf8(s.period.last.toString(Qt::ISODate));
    j["state"] = s.state == BudgetStatus::State::Running ? "running"
                 : s.state == BudgetStatus::State::Ended ? "ended"
                                                         : "not_started";
    j["actual"] = inCurrency(s.actual);
    j["actual_basis"] = utf8(budgets::spendBasisKey(s.basis));
    j["forecast"] = inCurrency(s.forecastTotal);
    j["forecast_low"] = inCurrency(s.forecastLow);
    j["forecast_high"] = inCurrency(s.forecastHigh);
    j["forecast_method"] = !s.forecast.available        ? "none (no full day of history)"
                           : s.forecast.weekdayAdjusted ? "weekday-adjusted run rate"
                                                        : "run rate";
    j["percent_used"] = s.perMilleUsed() / 10;
    j["thresholds_crossed"] = ints(s.crossedActual);
    j["forecast_thresholds_crossed"] = ints(s.crossedForecast);
    j["exhaustion_date"] =
        s.exhaustionDate.isValid()
            ? nlohmann::ordered_json(utf8(s.exhaustionDate.toString(Qt::ISODate)))
            : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json spikes = nlohmann::ordered_json::array();
    for (const budgets::Spike &sp : s.spikes)
        spikes.push_back({{"day", utf8(sp.day.toString(Qt::ISODate))},
                          {"spend", inCurrency(sp.spend)},
                          {"baseline", inCurrency(sp.baseline)}});
    j["spikes"] = spikes;
    j["breached"] = b.enabled && s.breached;
    return j;
}

QString joinInts(const QList<int> &v)
{
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(u',');
}

int add(CommandLine &cmd, const BudgetOptions &o, store::BudgetStore &store)
{
    Budget b;
    b.name = cmd.value(o.name).trimmed();
    if (b.name.isEmpty()) {
        printError(QStringLiteral("budgets add: --name is required"));
        return ExitUsage;
    }
    const auto amount = Money::parse(cmd.value(o.amount).trimmed());
    if (!cmd.isSet(o.amount) || !amount) {
        printError(
            QStringLiteral("budgets add: --amount must be a number such as 2500 or 99.50, not '%1'")
                .arg(cmd.value(o.amount)));
        return ExitUsage;
    }
    b.amount = *amount;
    b.currency = cmd.value(o.currency).trimmed().toUpper();
    if (b.currency != u"USD") {
        const auto rate = Money::parse(cmd.value(o.rate).trimmed());
        if (!cmd.isSet(o.rate) || !rate || rate->nanos() <= 0) {
            printError(
                QStringLiteral("budgets add: a %1 budget needs --rate, the %1 per USD (e.g. 0.92)")
                    .arg(b.currency));
            return ExitUsage;
        }
        b.ratePerUsd = *rate;
    }
    const auto period = budgets::periodFromKey(cmd.value(o.period));
    if (!period) {
        printError(QStringLiteral("--period must be month, quarter or custom, not '%1'")
                       .arg(cmd.value(o.period)));
        return ExitUsage;
    }
    b.period = *period;
    if (b.period == budgets::BudgetPeriod::Custom) {
        b.customFrom = QDate::fromString(cmd.value(o.from), Qt::ISODate);
        b.customTo = QDate::fromString(cmd.value(o.to), Qt::ISODate);
        if (!b.customFrom.isValid() || !b.customTo.isValid()) {
            printError(
                QStringLiteral("--period custom needs --from and --to as dates like 2026-11-01"));
            return ExitUsage;
        }
    } else if (cmd.isSet(o.from) || cmd.isSet(o.to)) {
        printError(QStringLiteral("--from and --to belong to --period custom"));
        return ExitUsage;
    }
    const QStringList scopes = cmd.values(o.scope);
    if (scopes.isEmpty()) {
        printError(
            QStringLiteral("budgets add: name the scope: --scope organisation for everything, or "
                           "--scope DIM=VALUE (e.g. --scope team=support)"));
        return ExitUsage;
    }
    bool organisation = false;
    for (const QString &s : scopes) {
        const QString t = s.trimmed().toLower();
        if (t == u"organisation" || t == u"organization" || t == u"org") {
            organisation = true;
            continue;
        }
        QString error;
        const auto term = budgets::parseScopeTerm(s, &error);
        if (!term) {
            printError(QStringLiteral("--%1").arg(error));
            return ExitUsage;
        }
        b.scope << *term;
    }
    if (organisation && !b.scope.isEmpty()) {
        printError(QStringLiteral(
            "--scope organisation covers everything; it cannot be combined with DIM=VALUE"));
        return ExitUsage;
    }
    QString error;
    const auto thresholds = budgets::parseThresholds(cmd.value(o.thresholds), &error);
    if (!thresholds) {
        printError(QStringLiteral("--%1").arg(error));
        return ExitUsage;
    }
    b.thresholds = *thresholds;
    bool okSpike = false;
    b.spikePercent = cmd.value(o.spike).toInt(&okSpike);
    if (!okSpike) {
        printError(QStringLiteral("--spike-percent must be a whole number, not '%1'")
                       .arg(cmd.value(o.spike)));
        return ExitUsage;
    }
    b.breachOnForecast = cmd.isSet(o.breachOnForecast);
    b.enabled = !cmd.isSet(o.disabled);
    if (const QString problem = b.validate(); !problem.isEmpty()) {
        printError(QStringLiteral("budgets add: %1").arg(problem));
        return ExitUsage;
    }
    auto id = store.add(b);
    if (!id) {
        printError(QStringLiteral("budgets add: %1").arg(id.errorMessage()));
        return ExitFailure;
    }
    if (cmd.json())
        printJson(budgetToJson(b));
    else
        printOut(QStringLiteral("Added budget '%1': %2 %3 %4, %5, thresholds %6.\n")
                     .arg(b.name, b.amount.toDecimalString(2), b.currency, b.periodText(),
                          b.scopeText(), b.thresholdsText()));
    return ExitOk;
}

int list(CommandLine &cmd, store::BudgetStore &store)
{
    auto all = store.budgets();
    if (!all) {
        printError(all.errorMessage());
        return ExitFailure;
    }
    if (cmd.json()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const Budget &b : *all)
            out.push_back(budgetToJson(b));
        printJson(out);
        return ExitOk;
    }
    if (all->isEmpty()) {
        printOut(QStringLiteral("No budgets. Add one with 'tokenledger-cli budgets add --name NAME "
                                "--amount AMOUNT --scope organisation'.\n"));
        return ExitOk;
    }
    QString text;
    for (const Budget &b : *all)
        text +=
            QStringLiteral("%1  %2 %3  %4  %5  thresholds %6%7\n")
                .arg(b.name.leftJustified(24), b.amount.toDecimalString(2).rightJustified(12),
                     b.currency, b.periodText().leftJustified(24), b.scopeText(),
                     b.thresholdsText(),
                     (b.enabled ? QString() : QStringLiteral("  (disabled)"))
                         + (b.originProvider() == u"ledger" ? QStringLiteral("  (from the team ledger)")
                            : b.isFromProvider()
                                ? QStringLiteral("  (from %1's spend limits)")
                                      .arg(providers::providerDisplayName(b.originProvider()))
                                : QString()));
    printOut(text);
    return ExitOk;
}

int remove(CommandLine &cmd, store::BudgetStore &store)
{
    const QStringList pos = cmd.positional();
    if (pos.size() != 2) {
        printError(QStringLiteral("usage: budgets remove NAME"));
        return ExitUsage;
    }
    auto found = store.budgetByName(pos[1]);
    if (!found) {
        printError(found.errorMessage());
        return ExitFailure;
    }
    if (!found->has_value()) {
        printError(QStringLiteral("budgets remove: there is no budget named '%1'").arg(pos[1]));
        return ExitFailure;
    }
    if (Status s = store.remove((*found)->id); !s) {
        printError(s.errorMessage());
        return ExitFailure;
    }
    if (!cmd.json())
        printOut(QStringLiteral("Removed budget '%1' and its alerts.\n").arg(pos[1]));
    else
        printJson({{"removed", utf8(pos[1])}});
    return ExitOk;
}

int check(CommandLine &cmd, const BudgetOptions &o, store::BudgetStore &store, const Evaluate &evaluate)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (cmd.isSet(o.zone)) {
        zone = QTimeZone(cmd.value(o.zone).toUtf8());
        if (!zone.isValid()) {
            printError(
                QStringLiteral(
                    "--time-zone: unknown time zone '%1' (use an IANA id such as Europe/Berlin)")
                    .arg(cmd.value(o.zone)));
            return ExitUsage;
        }
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    const bool asOf = cmd.isSet(o.asOf);
    if (asOf) {
        const QDate day = QDate::fromString(cmd.value(o.asOf), Qt::ISODate);
        if (!day.isValid()) {
            printError(QStringLiteral("--as-of must be a date like 2026-11-30, not '%1'")
                           .arg(cmd.value(o.asOf)));
            return ExitUsage;
        }
        now = budgets::startOfLocalDay(day.addDays(1), zone).toUTC().addSecs(-1);
    }
    auto statuses = evaluate(now, zone);
    if (!statuses) {
        printError(statuses.errorMessage());
        return ExitFailure;
    }
    // The real "now" records its alerts in the history the desktop app shows (and notifies);
    // an --as-of evaluation is a look at another day and records nothing.
    int newAlerts = 0;
    if (!asOf) {
        auto fresh = budgets::AlertEngine::raise(store, *statuses, now);
        if (!fresh) {
            printError(fresh.errorMessage());
            return ExitFailure;
        }
        newAlerts = int(fresh->size());
    }
    bool breached = false;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    QString text;
    for (const BudgetStatus &s : *statuses) {
        const Budget &b = s.budget;
        breached = breached || (b.enabled && s.breached);
        list.push_back(statusToJson(s));
        auto inCurrency = [&](Money usd) { return b.toBudgetCurrency(usd).toRoundedString(2); };
        text += QStringLiteral("%1  %2 of %3 %4 (%5 %, %6)  forecast %7 [%8 – %9]  crossed %10  "
                               "forecast crosses %11  "
                               "runs out %12%13%14\n")
                    .arg(b.name.leftJustified(20), inCurrency(s.actual).rightJustified(10),
                         b.amount.toRoundedString(2), b.currency)
                    .arg(s.perMilleUsed() / 10)
                    .arg(budgets::spendBasisKey(s.basis), inCurrency(s.forecastTotal),
                         inCurrency(s.forecastLow), inCurrency(s.forecastHigh),
                         joinInts(s.crossedActual), joinInts(s.crossedForecast),
                         s.exhaustionDate.isValid() ? s.exhaustionDate.toString(Qt::ISODate)
                                                    : QStringLiteral("-"),
                         s.spikes.isEmpty() ? QString()
                                            : QStringLiteral("  spikes %1").arg(s.spikes.size()),
                         !b.enabled   ? QStringLiteral("  (disabled)")
                         : s.breached ? QStringLiteral("  BREACHED")
                                      : QString());
    }
    if (cmd.json()) {
        nlohmann::ordered_json out{{"as_of", utf8(now.toTimeZone(zone).toString(Qt::ISODate))},
                                   {"time_zone", zone.id().toStdString()},
                                   {"breached", breached},
                                   {"new_alerts", newAlerts},
                                   {"budgets", list}};
        printJson(out);
    } else {
        if (statuses->isEmpty())
            text = QStringLiteral("No budgets.\n");
        printOut(text + (breached ? QStringLiteral("At least one budget is breached.\n")
                                  : QStringLiteral("No budget is breached.\n")));
    }
    return breached ? ExitBudgetBreached : ExitOk;
}

} // namespace

int runBudgets(const QStringList &args)
{
    CommandLine cmd(QStringLiteral(
        "Budgets per scope and period, with alerts.\n"
        "  budgets add --name NAME --amount AMOUNT --scope organisation|DIM=VALUE... [options]\n"
        "  budgets list\n"
        "  budgets remove NAME\n"
        "  budgets check [--as-of DATE] [--time-zone ZONE]\n"
        "With --ledger URL the budgets are the team ledger's, and check evaluates the ledger's "
        "records (and records its alerts there); desktops get them with 'ledger pull'.\n"
        "'check' exits 0 when no budget is breached and 3 when one is: actual spend at or above "
        "the budget, or the forecast for budgets added with --breach-on-forecast."));
    BudgetOptions o;
    for (const auto *opt :
         {&o.name, &o.amount, &o.currency, &o.rate, &o.period, &o.from, &o.to, &o.scope,
          &o.thresholds, &o.spike, &o.breachOnForecast, &o.disabled, &o.asOf, &o.zone})
        cmd.add(*opt);
    cmd.addPositional(QStringLiteral("action"), QStringLiteral("add, list, remove or check."),
                      QStringLiteral("add|list|remove|check"));
    if (auto stop = cmd.parse(args))
        return *stop;
    const QStringList pos = cmd.positional();
    const QString action = pos.value(0);
    if (action != u"add" && action != u"list" && action != u"remove" && action != u"check") {
        printError(
            action.isEmpty()
                ? QStringLiteral("budgets: say add, list, remove or check (see --help)")
                : QStringLiteral("budgets: unknown action '%1'; use add, list, remove or check")
                      .arg(action));
        return ExitUsage;
    }
    if (action != u"remove" && pos.size() > 1) {
        printError(QStringLiteral("budgets %1: unexpected argument '%2'").arg(action, pos[1]));
        return ExitUsage;
    }
    if (!cmd.ledgerUrl().isEmpty()) {
        int exit = ExitOk;
        auto conn = openLedger(cmd, &exit);
        if (!conn)
            return exit;
        store::ledger::LedgerBudgets ledger(*conn);
        if (action == u"add")
            return add(cmd, o, ledger);
        if (action == u"list")
            return list(cmd, ledger);
        if (action == u"remove")
            return remove(cmd, ledger);
        return check(cmd, o, ledger, [&ledger](const QDateTime &now, const QTimeZone &zone) {
            return budgets::evaluateLedgerBudgets(ledger, now, zone);
        });
    }
    auto db = store::Database::open(cmd.databasePath(), action == u"add"
                                                            ? store::Database::Create::IfMissing
                                                            : store::Database::Create::MustExist);
    if (!db) {
        printError(db.errorMessage());
        return ExitFailure;
    }
    store::SqliteBudgetStore local(**db);
    if (action == u"add")
        return add(cmd, o, local);
    if (action == u"list")
        return list(cmd, local);
    if (action == u"remove")
        return remove(cmd, local);
    return check(cmd, o, local, [&db](const QDateTime &now, const QTimeZone &zone) {
        return budgets::evaluateStoredBudgets(**db, now, zone);
    });
}

} // namespace tl::cli
