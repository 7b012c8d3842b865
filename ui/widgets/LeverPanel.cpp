#include "widgets/LeverPanel.h"

#include "services/WhatIfService.h"
#include "widgets/ModelPicker.h"
#include "widgets/PercentSlider.h"
#include "widgets/RoutingGroup.h"
#include "widgets/SelfHostingGroup.h"
#include "widgets/WheelGuard.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace tl::ui {

using planning::Lever;
using planning::Share;

namespace {
QString percent(Share s)
{
    const QLocale locale;
    return locale.toString(s.ppm / 10'000.0, 'f', 1) + locale.percent();
}
} // namespace

LeverPanel::LeverPanel(services::WhatIfService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_routing(new RoutingGroup(service, this)),
      m_selfHosting(new SelfHostingGroup(service, this))
{
    setObjectName(QStringLiteral("leverPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(10);
    auto *hint = new QLabel(tr("Tick a lever to switch it on. Each one works on the traffic the levers above "
                               "it leave; sliders start where your data is today."),
                            this);
    hint->setObjectName(QStringLiteral("leverHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_routing);
    m_groups << m_routing;

    QGroupBox *tokens = makeGroup(Lever::TokenOptimization, tr("2 · Token optimisation"),
                                  tr("Shorter prompts and answers: every kind of input token and the output "
                                     "shrink by these shares."));
    m_inputReduction = addSlider(tokens, QStringLiteral("inputReduction"), tr("Input reduction:"),
                                 tr("Share of input tokens (uncached, cache reads and writes) saved."));
    m_outputReduction = addSlider(tokens, QStringLiteral("outputReduction"), tr("Output reduction:"),
                                  tr("Share of output tokens saved."));

    QGroupBox *cache = makeGroup(Lever::SemanticCache, tr("3 · Semantic cache"),
                                 tr("Answer repeated questions from a cache: hits never reach a model, but every "
                                    "request is embedded, and the cache has a fixed monthly cost."));
    m_semanticHitRate = addSlider(cache, QStringLiteral("semanticHitRate"), tr("Hit rate:"),
                                  tr("Share of requests answered from the cache."));
    m_embeddingModel = new ModelPicker(QStringLiteral("embeddingModel"), cache);
    m_embeddingModel->setAccessibleName(tr("Embedding model"));
    m_fixedCost = new QDoubleSpinBox(cache);
    m_fixedCost->setObjectName(QStringLiteral("semanticFixedCost"));
    m_fixedCost->setRange(0.0, 1'000'000.0);
    m_fixedCost->setDecimals(2);
    m_fixedCost->setPrefix(QStringLiteral("$ "));
    m_fixedCost->setSuffix(tr(" / month"));
    m_fixedCost->setToolTip(tr("Fixed monthly cost of running the cache (vector store, servers)."));
    auto *cacheForm = static_cast<QFormLayout *>(cache->layout()->itemAt(1)->layout());
    cacheForm->addRow(tr("Embedding model:"), m_embeddingModel);
    cacheForm->addRow(tr("Fixed cost:"), m_fixedCost);

    QGroupBox *caching = makeGroup(Lever::PromptCaching, tr("4 · Provider prompt caching"),
                                   tr("A shared prompt prefix is cached by the provider: reads are cheap, writes "
                                      "cost a little more. Applies to models with cache prices."));
    m_cacheableShare = addSlider(caching, QStringLiteral("cacheableShare"), tr("Cacheable share:"),
                                 tr("Share of all input that is a shared, cacheable prefix."));
    m_prefixHitRate = addSlider(caching, QStringLiteral("prefixHitRate"), tr("Prefix hit rate:"),
                                tr("Share of cacheable input read from the cache rather than written to it."));
    m_cachingData = new QLabel(caching);
    m_cachingData->setObjectName(QStringLiteral("promptCachingData"));
    m_cachingData->setWordWrap(true);
    caching->layout()->addWidget(m_cachingData);

    QGroupBox *batch = makeGroup(Lever::Batch, tr("5 · Batch API"),
                                 tr("Work that can wait up to a day runs through the batch API at batch prices "
                                    "(half the price where the catalog lists none)."));
    m_batchShare = addSlider(batch, QStringLiteral("batchShare"), tr("Batch share:"),
                             tr("Share of each model's requests billed at batch prices."));
    m_batchData = new QLabel(batch);
    m_batchData->setObjectName(QStringLiteral("batchData"));
    m_batchData->setWordWrap(true);
    batch->layout()->addWidget(m_batchData);

    layout->addWidget(m_selfHosting);
    m_groups << m_selfHosting;
    layout->addStretch(1);

    connect(m_inputReduction, &PercentSlider::shareChanged, m_service, &services::WhatIfService::setInputReduction);
    connect(m_outputReduction, &PercentSlider::shareChanged, m_service, &services::WhatIfService::setOutputReduction);
    connect(m_semanticHitRate, &PercentSlider::shareChanged, m_service,
            &services::WhatIfService::setSemanticCacheHitRate);
    connect(m_embeddingModel, &ModelPicker::modelPicked, m_service, &services::WhatIfService::setEmbeddingModel);
    connect(m_fixedCost, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_service->setSemanticCacheFixedCost(Money::parse(QString::number(v, 'f', 2)).value_or(Money()));
    });
    connect(m_cacheableShare, &PercentSlider::shareChanged, m_service,
            &services::WhatIfService::setPromptCachingShare);
    connect(m_prefixHitRate, &PercentSlider::shareChanged, m_service,
            &services::WhatIfService::setPromptCachingHitRate);
    connect(m_batchShare, &PercentSlider::shareChanged, m_service, &services::WhatIfService::setBatchShare);
    connect(m_service, &services::WhatIfService::scenarioChanged, this, &LeverPanel::syncFromService);
    connect(m_service, &services::WhatIfService::baselineChanged, this, &LeverPanel::updateModels);
    updateModels();
    syncFromService();
    WheelGuard::protect(this);
}

QGroupBox *LeverPanel::makeGroup(Lever lever, const QString &title, const QString &about)
{
    auto *group = new QGroupBox(title, this);
    switch (lever) {
    case Lever::TokenOptimization: group->setObjectName(QStringLiteral("tokenOptimizationGroup")); break;
    case Lever::SemanticCache: group->setObjectName(QStringLiteral("semanticCacheGroup")); break;
    case Lever::PromptCaching: group->setObjectName(QStringLiteral("promptCachingGroup")); break;
    case Lever::Batch: group->setObjectName(QStringLiteral("batchGroup")); break;
    default: break;
    }
    group->setCheckable(true);
    auto *text = new QLabel(about, group);
    text->setObjectName(QStringLiteral("leverAbout"));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    connect(group, &QGroupBox::toggled, this, [this, lever](bool on) { m_service->setLeverEnabled(lever, on); });
    static_cast<QVBoxLayout *>(this->layout())->addWidget(group);
    m_groups << group;
    return group;
}

PercentSlider *LeverPanel::addSlider(QGroupBox *group, const QString &name, const QString &label, const QString &tip)
{
    auto *slider = new PercentSlider(name, group);
    slider->setToolTip(tip);
    slider->slider()->setAccessibleName(label);
    slider->spinBox()->setAccessibleName(label);
    auto *form = static_cast<QFormLayout *>(group->layout()->itemAt(1)->layout());
    form->addRow(label, slider);
    return slider;
}

QGroupBox *LeverPanel::group(Lever lever) const
{
    return m_groups.value(int(lever));
}

void LeverPanel::updateModels()
{
    const QList<planning::ModelRef> &models = m_service->catalogModels();
    m_routing->setModels(models);
    QList<planning::ModelRef> hostable;
    std::copy_if(models.cbegin(), models.cend(), std::back_inserter(hostable), planning::hasPublishedWeights);
    m_selfHosting->setModels(hostable);
    m_embeddingModel->setModels(models);
    m_embeddingModel->setCurrentModel(m_service->settings().semanticCache->embeddingModel);
    const auto &n = m_service->neutral();
    m_batchData->setText(tr("Your data: %1 of requests already use batch.").arg(percent(n.batchShare)));
    m_cachingData->setText(tr("Your data: %1 of input is cached or written to the cache; %2 of that is read "
                              "from it.")
                               .arg(percent(n.cacheableShare), percent(n.cacheHitRate)));
}

void LeverPanel::syncFromService()
{
    for (int i = 0; i < m_groups.size(); ++i) {
        const QSignalBlocker block(m_groups[i]);
        m_groups[i]->setChecked(m_service->isLeverEnabled(planning::kLeverOrder[i]));
    }
    m_routing->syncFromService();
    m_selfHosting->syncFromService();
    const planning::Scenario &s = m_service->settings();
    m_inputReduction->setShare(s.tokenOptimization->inputReduction);
    m_outputReduction->setShare(s.tokenOptimization->outputReduction);
    m_semanticHitRate->setShare(s.semanticCache->hitRate);
    m_embeddingModel->setCurrentModel(s.semanticCache->embeddingModel);
    {
        const QSignalBlocker block(m_fixedCost);
        m_fixedCost->setValue(s.semanticCache->fixedMonthlyCost.toDouble());
    }
    m_cacheableShare->setShare(s.promptCaching->cacheableShare);
    m_prefixHitRate->setShare(s.promptCaching->hitRate);
    m_batchShare->setShare(s.batch->share);
}

} // namespace tl::ui
