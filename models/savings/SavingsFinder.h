#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "planning/Baseline.h"
#include "planning/Quantity.h"
#include "pricing/PriceCatalog.h"
#include "savings/Opportunity.h"
#include "savings/WorkloadProfile.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <functional>

namespace tl::store {
class Database;
}

namespace tl::savings {

// The thresholds of the rules (docs/user-guide.md, "Savings finder", explains each).
struct SavingsRules
{
    // Routing: a premium model doing simple work.
    Money premiumOutputPrice = Money::fromUnits(8);  // per million output tokens, at least
    double simpleMaxOutputPerRequest = 200;          // average output tokens per request, at most
    double simpleMaxOutputInputRatio = 0.25;         // output ÷ input, at most
    double simpleMaxOutputVariation = 0.6;           // coefficient of variation, at most
    std::int64_t shortOutputLimit = 300;             // a request with at most this output moves …
    double minShortShare = 0.5;                      // … when at least this share of requests do
    int targetPriceDivisor = 4;                      // target's output price ≤ source's ÷ this
    // Output control: cap at a percentile of output length.
    int capPermille = 950;
    double minOutputRemoved = 0.05;                  // of the output tokens, at least
    double minOutputCostShare = 0.3;                 // output's share of the cost, at least
    // Batch: traffic that is not interactive.
    double maxBatchShareAlready = 0.5;               // below this share already on batch
    int nightFirstHour = 0;                          // local time (SavingsOptions), inclusive
    int nightLastHour = 5;
    double minNightShare = 0.7;
    double minBusiest4HoursShare = 0.8;
    QStringList batchTagWords = {QStringLiteral("batch"), QStringLiteral("nightly"),
                                 QStringLiteral("offline"), QStringLiteral("backfill"),
                                 QStringLiteral("cron"), QStringLiteral("scheduled"),
                                 QStringLiteral("eval")};
    // Prompt caching: large input that is not cached.
    double minInputPerRequest = 2000;
    double maxCacheReadShare = 0.2;
    planning::Share assumedCacheableShare{500'000}; // 0.5 of the input is a shared prefix
    planning::Share assumedHitRate{800'000};        // 0.8 of prefix reads hit the cache
    // Semantic cache: requests that repeat an earlier request's prompt key (LiteLLM's
    // cache_key) and were not answered from a cache.
    std::int64_t minKeyedRequests = 100;
    double minRepeatShare = 0.05;                    // of the workload's requests, at least
    planning::ModelRef embeddingModel{QStringLiteral("openai"), QStringLiteral("text-embedding-3-small")};
    Money semanticCacheFixedMonthly;                 // the cache's own running cost a month
    // Self-hosting: the planner's default instance.
    Money instanceHourlyCost = Money::fromCents(567);
    std::int64_t hoursPerMonth = 730;
    planning::Quantity throughputTokensPerSecond = planning::Quantity::fromWhole(1500);
    planning::Share utilization{600'000};
    // Every opportunity saves at least this much a month.
    Money minimumMonthlySaving = Money::fromUnits(1);
};

struct SavingsOptions
{
    QDate from; // first day, inclusive
    QDate to;   // last day, inclusive
    Dimension groupBy = Dimension::Tags;
    QMap<Dimension, QStringList> filters; // narrows the traffic looked at
    QDate pricingDate;                    // "current prices" (today)
    // The analyst's time zone, as seconds east of UTC: the batch rule's "night" is night there
    // (the stored hours are UTC). This computer's zone unless told otherwise.
    int utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    SavingsRules rules;
};

// Where a scenario's baseline comes from (planning::buildBaseline on a database in use).
using BaselineSource = std::function<Result<planning::Baseline>(const planning::BaselineSpec &)>;

// The savings finder: applies the rules to every workload and prices each opportunity, and
// each workload's opportunities together, with the what-if engine on a scenario whose
// baseline is scoped to the workload — so the What-if planner reproduces every figure.
Result<SavingsReport> findSavings(const QList<WorkloadProfile> &profiles, const pricing::PriceCatalog &catalog,
                                  const BaselineSource &baselines, const SavingsOptions &options);

// The same over a database: reads the profiles through the store and builds the baselines
// with planning::buildBaseline.
Result<SavingsReport> findSavings(store::Database &db, const pricing::PriceCatalog &catalog,
                                  const SavingsOptions &options);

// The baseline filters that scope a scenario to one workload (the options' own filters, the
// workload's group value, provider and model).
QMap<Dimension, QStringList> workloadFilters(const WorkloadKey &key, const QMap<Dimension, QStringList> &filters);

// The cheapest model of the catalog fit to take over simple work from `source`: the same
// provider and vendor, a chat model (no embeddings, no reasoning families), its output price
// at most the source's ÷ divisor; cheapest for the given token mix. Nothing when none is.
std::optional<planning::ModelRef> cheaperModelFor(const pricing::PriceCatalog &catalog,
                                                  const planning::ModelRef &source, const QDate &date,
                                                  double inputPerRequest, double outputPerRequest,
                                                  int divisor);

} // namespace tl::savings
