#pragma once

#include "domain/Dimension.h"
#include "money/Money.h"
#include "planning/Scenario.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl::savings {

// The savings strategies the finder looks for, in the planner's lever order.
enum class Strategy
{
    Routing,       // the planner's routing lever
    OutputControl, // token optimisation (output reduction)
    SemanticCache, // from repeated prompt keys (LiteLLM cache_key)
    PromptCaching,
    Batch,
    SelfHosting,
};
QString strategyKey(Strategy s);   // "routing", "output_control", "semantic_cache", …
QString strategyLabel(Strategy s); // translated ("Routing", "Output control", …)

enum class Confidence
{
    Low,
    Medium,
    High,
};
QString confidenceKey(Confidence c);   // "low", "medium", "high"
QString confidenceLabel(Confidence c); // translated

// A workload: the traffic of one value of the grouping dimension (a use-case tag set, a team,
// an API key, …) on one provider and model.
struct WorkloadKey
{
    Dimension dimension = Dimension::Tags;
    QString group;
    planning::ModelRef model;
    bool operator==(const WorkloadKey &) const = default;
};

// One figure that made a rule fire: a translated label and the formatted value.
struct Evidence
{
    QString label;
    QString value;
};

// One opportunity: a strategy applied to one workload, priced by the what-if engine.
struct Opportunity
{
    Strategy strategy = Strategy::Routing;
    WorkloadKey workload;
    QString action;                 // what to do, in one line ("Route 100 % to claude-3-haiku")
    planning::Scenario scenario;    // this lever alone, its baseline scoped to the workload
    Money monthlyCost;              // the workload's baseline monthly cost
    Money monthlySaving;            // the scenario's saving (baseline − scenario), on its own
    Confidence confidence = Confidence::Medium;
    QList<Evidence> evidence;
    QStringList assumptions;
    std::optional<double> breakEvenHitRate; // prompt caching: the hit rate that saves nothing
};

// Every opportunity of one workload and what they save together.
struct WorkloadSavings
{
    WorkloadKey workload;
    QMap<Dimension, QStringList> filters; // the workload's scope (the scenarios' baseline filters)
    Money monthlyCost;
    QList<Opportunity> opportunities; // ranked, largest standalone saving first
    planning::Scenario combined;      // every lever above in one scenario
    Money combinedSaving;             // the combined scenario's saving: what counts in the total
};

// What a lever the workload already uses saves a month: the what-if engine's cost of the
// same traffic without it (the counterfactual: batch traffic back on the standard tier, every
// input token uncached, or the model it used before) minus its cost as it is, both at current
// list prices.
// For a workload that moved to a cheaper model within the period (Routing), the counterfactual
// is its traffic on the new model priced at the model it left.
struct RealisedSaving
{
    WorkloadKey workload;
    Strategy strategy = Strategy::Batch; // Batch, PromptCaching or Routing
    Money monthlySaving;
    planning::Scenario counterfactual; // evaluating it "saves" −monthlySaving
    std::optional<planning::ModelRef> previousModel; // Routing: the model the workload left
    QDate since;                                     // Routing: the new model's first day
};

struct SavingsReport
{
    QDate from; // the period looked at, both days included
    QDate to;
    Dimension dimension = Dimension::Tags;
    int workloadsExamined = 0;
    Money monthlyCost;                // of every workload examined
    QList<WorkloadSavings> workloads; // only those with an opportunity, largest saving first
    Money total;                      // Σ combinedSaving: never counts the same traffic twice
    QStringList notes;                // what the data cannot show (e.g. no cache keys)
    QList<RealisedSaving> realised;   // levers already in use, largest first
    Money realisedTotal;              // per workload both levers removed together, once
    int opportunityCount() const
    {
        int n = 0;
        for (const WorkloadSavings &w : workloads)
            n += static_cast<int>(w.opportunities.size());
        return n;
    }
};

} // namespace tl::savings
