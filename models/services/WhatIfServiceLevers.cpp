// WhatIfService: the lever setters. Each one switches its lever on and re-evaluates.
#include "services/WhatIfService.h"

#include <QLocale>

#include <algorithm>

namespace tl::services {

using planning::Lever;
using planning::Share;

namespace {
QString percentText(Share s)
{
    const QLocale locale;
    return locale.toString(s.ppm / 10'000.0, 'f', 1) + locale.percent();
}
} // namespace

int WhatIfService::addRoutingTier()
{
    static const char *const names[] = {QT_TR_NOOP("simple"), QT_TR_NOOP("standard"), QT_TR_NOOP("complex"),
                                        QT_TR_NOOP("expert")};
    QList<planning::RoutingTier> &tiers = m_settings.routing->tiers;
    planning::RoutingTier tier;
    tier.name = tiers.size() < 4 ? tr(names[tiers.size()]) : tr("tier %1").arg(tiers.size() + 1);
    tier.target = defaultModel();
    tiers << tier;
    leverChanged(Lever::Routing);
    return int(tiers.size()) - 1;
}

void WhatIfService::removeRoutingTier(int tier)
{
    if (tier < 0 || tier >= m_settings.routing->tiers.size())
        return;
    m_settings.routing->tiers.removeAt(tier);
    leverChanged(Lever::Routing);
}

void WhatIfService::setRoutingTierName(int tier, const QString &name)
{
    if (tier < 0 || tier >= m_settings.routing->tiers.size())
        return;
    m_settings.routing->tiers[tier].name = name;
    Q_EMIT scenarioChanged();
}

void WhatIfService::setRoutingTierTarget(int tier, const planning::ModelRef &target)
{
    if (tier < 0 || tier >= m_settings.routing->tiers.size())
        return;
    m_settings.routing->tiers[tier].target = target;
    leverChanged(Lever::Routing);
}

Share WhatIfService::setRoutingTierShare(int tier, Share share)
{
    QList<planning::RoutingTier> &tiers = m_settings.routing->tiers;
    if (tier < 0 || tier >= tiers.size())
        return Share::zero();
    std::int64_t others = 0;
    for (int i = 0; i < tiers.size(); ++i)
        others += i == tier ? 0 : tiers[i].share.ppm;
    const std::int64_t room = std::max<std::int64_t>(0, Share::one().ppm - others);
    share.ppm = std::clamp<std::int64_t>(share.ppm, 0, Share::one().ppm);
    if (share.ppm > room) {
        setNotice(tr("The tiers' shares add up to at most 100 %: the share of tier “%1” was limited to %2 "
                     "instead of %3.")
                      .arg(tiers[tier].name, percentText(Share{room}), percentText(share)));
        share.ppm = room;
    }
    tiers[tier].share = share;
    leverChanged(Lever::Routing);
    return share;
}

void WhatIfService::setRoutingTierCascade(int tier, const std::optional<planning::RoutingTier::Cascade> &cascade)
{
    if (tier < 0 || tier >= m_settings.routing->tiers.size())
        return;
    m_settings.routing->tiers[tier].cascade = cascade;
    leverChanged(Lever::Routing);
}

void WhatIfService::setInputReduction(Share share)
{
    m_settings.tokenOptimization->inputReduction = share;
    leverChanged(Lever::TokenOptimization);
}

void WhatIfService::setOutputReduction(Share share)
{
    m_settings.tokenOptimization->outputReduction = share;
    leverChanged(Lever::TokenOptimization);
}

void WhatIfService::setSemanticCacheHitRate(Share share)
{
    m_settings.semanticCache->hitRate = share;
    leverChanged(Lever::SemanticCache);
}

void WhatIfService::setEmbeddingModel(const planning::ModelRef &model)
{
    m_settings.semanticCache->embeddingModel = model;
    leverChanged(Lever::SemanticCache);
}

void WhatIfService::setSemanticCacheFixedCost(Money perMonth)
{
    m_settings.semanticCache->fixedMonthlyCost = perMonth;
    leverChanged(Lever::SemanticCache);
}

void WhatIfService::setPromptCachingShare(Share cacheableShare)
{
    m_settings.promptCaching->cacheableShare = cacheableShare;
    leverChanged(Lever::PromptCaching);
}

void WhatIfService::setPromptCachingHitRate(Share hitRate)
{
    m_settings.promptCaching->hitRate = hitRate;
    leverChanged(Lever::PromptCaching);
}

void WhatIfService::setBatchShare(Share share)
{
    m_settings.batch->share = share;
    leverChanged(Lever::Batch);
}

void WhatIfService::setSelfHostingModels(const QList<planning::ModelRef> &models)
{
    m_settings.selfHosting->models = models;
    leverChanged(Lever::SelfHosting);
}

void WhatIfService::setInstanceHourlyCost(Money perHour)
{
    m_settings.selfHosting->instanceHourlyCost = perHour.isNegative() ? Money() : perHour;
    leverChanged(Lever::SelfHosting);
}

void WhatIfService::setHoursPerMonth(std::int64_t hours)
{
    m_settings.selfHosting->hoursPerMonth = std::clamp<std::int64_t>(hours, 1, 744);
    leverChanged(Lever::SelfHosting);
}

void WhatIfService::setThroughput(planning::Quantity tokensPerSecond)
{
    // An instance that serves nothing would need infinitely many instances.
    m_settings.selfHosting->throughputTokensPerSecond = std::max(tokensPerSecond, planning::Quantity::fromWhole(1));
    leverChanged(Lever::SelfHosting);
}

void WhatIfService::setUtilization(Share share)
{
    m_settings.selfHosting->utilization = Share{std::clamp<std::int64_t>(share.ppm, 1'000, Share::one().ppm)};
    leverChanged(Lever::SelfHosting);
}

} // namespace tl::services
