#pragma once

#include "planning/WhatIfEngine.h"

#include <QWidget>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;

namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

class ModelPicker;
class PercentSlider;
class RoutingGroup;
class SelfHostingGroup;

// The six levers in the order they apply, one checkable group box each (checked = on), with
// slider and spin-box pairs that start at the neutral position of the data. Every control
// writes to the service at once; the service's state is shown back after each change.
// Groups: routingGroup, tokenOptimizationGroup, semanticCacheGroup, promptCachingGroup,
// batchGroup, selfHostingGroup. Sliders: inputReduction, outputReduction, semanticHitRate,
// cacheableShare, prefixHitRate, batchShare (PercentSliders: <name>Slider, <name>Spin).
class LeverPanel : public QWidget
{
    Q_OBJECT
public:
    LeverPanel(services::WhatIfService *service, QWidget *parent = nullptr);

    QGroupBox *group(planning::Lever lever) const;

private:
    QGroupBox *makeGroup(planning::Lever lever, const QString &title, const QString &about);
    PercentSlider *addSlider(QGroupBox *group, const QString &name, const QString &label, const QString &tip);
    void syncFromService();
    void updateModels();

    services::WhatIfService *m_service;
    RoutingGroup *m_routing;
    SelfHostingGroup *m_selfHosting;
    QList<QGroupBox *> m_groups; // in lever order
    PercentSlider *m_inputReduction = nullptr;
    PercentSlider *m_outputReduction = nullptr;
    PercentSlider *m_semanticHitRate = nullptr;
    ModelPicker *m_embeddingModel = nullptr;
    QDoubleSpinBox *m_fixedCost = nullptr;
    PercentSlider *m_cacheableShare = nullptr;
    PercentSlider *m_prefixHitRate = nullptr;
    QLabel *m_cachingData = nullptr;
    PercentSlider *m_batchShare = nullptr;
    QLabel *m_batchData = nullptr;
};

} // namespace tl::ui
