#include "demo/DemoStory.h"

#include "budgets/AlertEngine.h"
#include "budgets/BudgetCheck.h"
#include "store/Database.h"
#include "store/SqliteBudgetStore.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace tl::demo {

namespace {

const QString kScenariosSetting = QStringLiteral("demo-scenarios");

struct DemoStoryTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::demo::DemoStory)
};

planning::ModelRef ref(const char *provider, const char *model)
{
    return {QString::fromLatin1(provider), QString::fromLatin1(model)};
}

// Rounds a positive amount to two significant digits, up or down: $15,873 → $16,000 (up).
Money roundToTwoDigits(Money amount, bool up)
{
    const double units = amount.toDouble();
    if (units <= 0)
        return Money::fromUnits(100);
    const double step = std::pow(10.0, std::floor(std::log10(units)) - 1);
    const double rounded = (up ? std::ceil(units / step) : std::floor(units / step)) * step;
    return Money::fromUnits(std::max<std::int64_t>(100, std::llround(rounded)));
}

struct BudgetPlan
{
    budgets::Budget budget;
    // The limit as a multiple of the forecast for the current period, in per mille: below
    // 1000 the forecast runs over, above it the budget holds.
    int limitPerMilleOfForecast;
};

BudgetPlan makePlan(int index, std::optional<budgets::ScopeTerm> scope, budgets::BudgetPeriod period,
                    std::initializer_list<int> thresholds, int limitPerMilleOfForecast)
{
    BudgetPlan plan;
    plan.budget.name = DemoStory::budgetNames().at(index);
    if (scope)
        plan.budget.scope.append(*scope);
    plan.budget.period = period;
    plan.budget.thresholds = QList<int>(thresholds);
    plan.limitPerMilleOfForecast = limitPerMilleOfForecast;
    return plan;
}

QList<BudgetPlan> budgetPlans()
{
    using budgets::BudgetPeriod;
    using budgets::ScopeTerm;
    QList<BudgetPlan> plans;
    // The whole organisation: forecast at about 93 % of the limit — close, not over.
    plans.append(makePlan(0, std::nullopt, BudgetPeriod::Month, {50, 80, 100}, 1080));
    // The support team: the forecast runs over, alerted (and the runaway agent's spike).
    plans.append(makePlan(1, ScopeTerm{Dimension::Team, QStringLiteral("support")}, BudgetPeriod::Month,
                          {80, 100}, 900));
    // The platform team's quarter: comfortably inside.
    plans.append(makePlan(2, ScopeTerm{Dimension::Team, QStringLiteral("platform")}, BudgetPeriod::Quarter,
                          {50, 80, 100}, 1400));
    return plans;
}

} // namespace

QStringList DemoStory::budgetNames()
{
    return {DemoStoryTr::tr("Northwind monthly"), DemoStoryTr::tr("Support team"),
            DemoStoryTr::tr("Platform quarter")};
}

QList<planning::Scenario> DemoStory::scenarios(const QDate &lastDay)
{
    planning::BaselineSpec last30;
    last30.from = lastDay.addDays(-30);
    last30.to = lastDay.addDays(-1);

    // The levers where they pay: simple e-mail classification routed down to Haiku, the long contract
    // template cached, the nightly reports moved to batch — on those three workloads' traffic.
    planning::Scenario plan;
    plan.name = DemoStoryTr::tr("Savings plan: route e-mail classification, cache contract prompts, batch nightly reports");
    plan.baseline = last30;
    plan.baseline.filters[Dimension::Tags] = {QStringLiteral("use_case:email-classification"),
                                              QStringLiteral("use_case:contract-review"),
                                              QStringLiteral("use_case:nightly-reports")};
    planning::RoutingTier simple;
    simple.name = QStringLiteral("simple");
    simple.share = planning::Share{500'000};
    simple.target = ref("anthropic", "claude-3-5-haiku-20241022");
    plan.routing = planning::RoutingLever{{simple}};
    plan.tokenOptimization = planning::TokenOptimizationLever{planning::Share{0}, planning::Share{100'000}};
    plan.promptCaching = planning::PromptCachingLever{planning::Share{800'000}, planning::Share{900'000}};
    plan.batch = planning::BatchLever{planning::Share{400'000}};

    // Self-hosting the open-weight classifier: at Northwind's volume one GPU instance costs far
    // more than the API; the break-even chart shows how far away the volume is.
    planning::Scenario selfHost;
    selfHost.name = DemoStoryTr::tr("Self-host Llama 3.1 70B for classification: not at our volume");
    selfHost.baseline = last30;
    selfHost.baseline.filters[Dimension::Tags] = {QStringLiteral("use_case:classification")};
    planning::SelfHostingLever sh;
    sh.models = {ref("bedrock", "meta.llama3-1-70b-instruct-v1:0")};
    sh.instanceHourlyCost = Money::fromCents(567);
    sh.hoursPerMonth = 730;
    sh.throughputTokensPerSecond = planning::Quantity::fromWhole(1500);
    sh.utilization = planning::Share{600'000};
    selfHost.selfHosting = sh;

    return {plan, selfHost};
}

QList<planning::Scenario> DemoStory::storedScenarios(const store::Database &db)
{
    QList<planning::Scenario> out;
    const QJsonArray array = QJsonDocument::fromJson(db.setting(kScenariosSetting).toUtf8()).array();
    for (const QJsonValue &v : array) {
        auto s = planning::Scenario::fromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact),
                                              DemoStoryTr::tr("demo scenario"));
        if (s)
            out.append(*s);
    }
    return out;
}

Status DemoStory::apply(store::Database &db, const QDateTime &now, const QTimeZone &zone, int historyDays)
{
    store::WriteTransaction tx(db);
    if (!tx.isActive())
        return Error{tx.beginError()};
    store::SqliteBudgetStore budgetStore(db);

    // Size each budget from its own forecast for the current period, rounded to a figure a
    // person would have chosen.
    QList<budgets::Budget> added;
    for (BudgetPlan plan : budgetPlans()) {
        auto existing = budgetStore.budgetByName(plan.budget.name);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        plan.budget.amount = Money::fromUnits(1000);
        auto status = budgets::evaluateBudgets(db, {plan.budget}, now, zone);
        if (!status)
            return status.error();
        const Money forecast = status->isEmpty() ? Money() : status->first().forecastTotal;
        plan.budget.amount = roundToTwoDigits(forecast.mulDiv(plan.limitPerMilleOfForecast, 1000),
                                              plan.limitPerMilleOfForecast > 1000);
        auto id = budgetStore.add(plan.budget);
        if (!id)
            return id.error();
        plan.budget.id = *id;
        added.append(plan.budget);
    }

    // Replay the checks the app would have run at the end of each past day, so the alert
    // history holds what those days raised; the ones older than a week were dealt with.
    const QDate today = now.toTimeZone(zone).date();
    for (int back = historyDays; back >= 1 && !added.isEmpty(); --back) {
        const QDate day = today.addDays(-back);
        const QDateTime dayEnd = QDateTime(day, QTime(23, 0), zone).toUTC();
        auto statuses = budgets::evaluateBudgets(db, added, dayEnd, zone);
        if (!statuses)
            return statuses.error();
        auto raised = budgets::AlertEngine::raise(budgetStore, *statuses, dayEnd);
        if (!raised)
            return raised.error();
        for (const budgets::Alert &a : *raised) {
            if (Status s = budgetStore.markNotified(a.id, dayEnd); !s)
                return s;
            if (back > 7) {
                if (Status s = budgetStore.acknowledge(a.id, dayEnd.addSecs(2 * 3600)); !s)
                    return s;
            }
        }
    }

    QJsonArray array;
    for (const planning::Scenario &s : scenarios(today))
        array.append(QJsonDocument::fromJson(s.toJson()).object());
    if (Status s = db.setSetting(kScenariosSetting, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

} // namespace tl::demo
