#pragma once

#include "planning/Scenario.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

class ModelPicker;
class PercentSlider;

// The routing lever: one row per tier (name, target model, share, optional cascade), with
// buttons to add and remove tiers. Checkable: unchecked is the lever off.
// Children: routingAddTier, routingTier<i>Name/Target/Share/Cascade/CascadeShare/
// CascadeTarget/Remove, routingUnassigned.
class RoutingGroup : public QGroupBox
{
    Q_OBJECT
public:
    RoutingGroup(services::WhatIfService *service, QWidget *parent = nullptr);

    // Shows the service's routing settings; rebuilds the rows only when tiers were added or
    // removed, so that a slider being dragged stays alive.
    void syncFromService();
    void setModels(const QList<planning::ModelRef> &models);

private:
    struct TierRow
    {
        QWidget *frame = nullptr;
        QLineEdit *name = nullptr;
        ModelPicker *target = nullptr;
        PercentSlider *share = nullptr;
        QCheckBox *cascade = nullptr;
        PercentSlider *cascadeShare = nullptr;
        ModelPicker *cascadeTarget = nullptr;
        QToolButton *remove = nullptr;
    };
    TierRow createRow(int tier);
    void rebuildRows(int count);

    services::WhatIfService *m_service;
    QList<planning::ModelRef> m_models;
    QList<TierRow> m_rows;
    QVBoxLayout *m_tiers;
    QPushButton *m_add;
    QLabel *m_unassigned;
};

} // namespace tl::ui
