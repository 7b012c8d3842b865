#include "savings/Opportunity.h"

#include <QCoreApplication>

namespace tl::savings {

namespace {
struct OpportunityTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::savings::Opportunity)
};
} // namespace

QString strategyKey(Strategy s)
{
    switch (s) {
    case Strategy::Routing: return QStringLiteral("routing");
    case Strategy::OutputControl: return QStringLiteral("output_control");
    case Strategy::SemanticCache: return QStringLiteral("semantic_cache");
    case Strategy::PromptCaching: return QStringLiteral("prompt_caching");
    case Strategy::Batch: return QStringLiteral("batch");
    case Strategy::SelfHosting: return QStringLiteral("self_hosting");
    }
    return {};
}

QString strategyLabel(Strategy s)
{
    switch (s) {
    case Strategy::Routing: return OpportunityTr::tr("Routing");
    case Strategy::OutputControl: return OpportunityTr::tr("Output control");
    case Strategy::SemanticCache: return OpportunityTr::tr("Semantic cache");
    case Strategy::PromptCaching: return OpportunityTr::tr("Prompt caching");
    case Strategy::Batch: return OpportunityTr::tr("Batch");
    case Strategy::SelfHosting: return OpportunityTr::tr("Self-hosting");
    }
    return {};
}

QString confidenceKey(Confidence c)
{
    switch (c) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    }
    return {};
}

QString confidenceLabel(Confidence c)
{
    switch (c) {
    case Confidence::Low: return OpportunityTr::tr("low");
    case Confidence::Medium: return OpportunityTr::tr("medium");
    case Confidence::High: return OpportunityTr::tr("high");
    }
    return {};
}

} // namespace tl::savings
