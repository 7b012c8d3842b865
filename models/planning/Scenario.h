#pragma once

#include "core/Result.h"
#include "money/Money.h"
#include "planning/Quantity.h"
#include "query/UsageFilter.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tl::planning {

// A model as the catalog knows it.
struct ModelRef
{
    QString provider;
    QString model;
    bool operator==(const ModelRef &) const = default;
};

// Whether anyone can run the model on their own hardware: its weights are published (Llama,
// Mistral's open models, Gemma, Qwen, DeepSeek, gpt-oss, …). Claude, GPT-4o, Gemini and the
// like are only served by their vendors, so the self-hosting lever does not offer them.
bool hasPublishedWeights(const ModelRef &model);

// Where the baseline comes from: a period of history with filters, or typed in by hand.
struct BaselineSpec
{
    QDate from; // first day, inclusive
    QDate to;   // last day, inclusive (the file's "to" is exclusive: the day after the period)
    QMap<Dimension, QStringList> filters;
    struct Manual
    {
        ModelRef model;
        Quantity requestsPerMonth;
        Quantity inputTokensPerRequest;
        Quantity outputTokensPerRequest;
    };
    std::optional<Manual> manual;
};

struct RoutingTier
{
    QString name;
    Share share;
    ModelRef target;
    struct Cascade
    {
        Share share;       // of this tier's requests that escalate
        ModelRef target;   // the model they escalate to (paying for both calls)
    };
    std::optional<Cascade> cascade;
};

struct RoutingLever
{
    QList<RoutingTier> tiers; // shares sum to at most 1; the rest stays on its own model
};

struct TokenOptimizationLever
{
    Share inputReduction;
    Share outputReduction;
};

struct SemanticCacheLever
{
    Share hitRate;
    ModelRef embeddingModel;
    Money fixedMonthlyCost;
};

struct PromptCachingLever
{
    Share cacheableShare;
    Share hitRate;
};

struct BatchLever
{
    Share share;
};

struct SelfHostingLever
{
    QList<ModelRef> models;
    Money instanceHourlyCost;
    std::int64_t hoursPerMonth = 730;
    Quantity throughputTokensPerSecond;
    Share utilization;
};

// A what-if scenario, as in the scenario file format (version 1). An absent lever is neutral.
struct Scenario
{
    int version = 1;
    QString name;
    BaselineSpec baseline;
    std::optional<RoutingLever> routing;
    std::optional<TokenOptimizationLever> tokenOptimization;
    std::optional<SemanticCacheLever> semanticCache;
    std::optional<PromptCachingLever> promptCaching;
    std::optional<BatchLever> batch;
    std::optional<SelfHostingLever> selfHosting;

    // Reads a scenario file; errors name the file and the key ("routing.tiers[1].share: …").
    static Result<Scenario> fromJson(const QByteArray &json, const QString &origin);
    static Result<Scenario> fromFile(const QString &path);
    QByteArray toJson() const; // the same format, pretty-printed
};

} // namespace tl::planning
