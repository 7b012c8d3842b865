#pragma once

#include "planning/Scenario.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

class ModelPicker;
class PercentSlider;

// The self-hosting lever: which models leave the API, and the instances that serve them
// (hourly price, hours a month, throughput, target utilisation). Checkable: unchecked is off.
// Children: selfHostingModelPicker, selfHostingAddModel, selfHostingModels,
// selfHostingRemoveModel, selfHostingHourly, selfHostingHours, selfHostingThroughput,
// selfHostingUtilization (a PercentSlider).
class SelfHostingGroup : public QGroupBox
{
    Q_OBJECT
public:
    SelfHostingGroup(services::WhatIfService *service, QWidget *parent = nullptr);

    void syncFromService();
    void setModels(const QList<planning::ModelRef> &models);

private:
    void removeSelected();

    services::WhatIfService *m_service;
    ModelPicker *m_picker;
    QPushButton *m_addModel;
    QListWidget *m_models;
    QPushButton *m_removeModel;
    QDoubleSpinBox *m_hourly;
    QSpinBox *m_hours;
    QSpinBox *m_throughput;
    PercentSlider *m_utilization;
    bool m_pickerTouched = false; // the user chose a model in the picker
};

} // namespace tl::ui
