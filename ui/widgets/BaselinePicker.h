#pragma once

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QWidget;

namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

class ModelPicker;

// Which traffic the scenario replays: a period of history ("Last month", "Last 30 days",
// "Last 90 days", custom dates) with an optional team, or a baseline typed in by hand
// (requests a month, input and output tokens per request, model). Shows the period, filters
// and scale factor the service used. Children: baselineSource, baselineFrom, baselineTo,
// teamFilter, manualRequests, manualInputTokens, manualOutputTokens, manualModel,
// baselineDescription.
class BaselinePicker : public QGroupBox
{
    Q_OBJECT
public:
    enum Source { LastMonth = 0, Last30Days, Last90Days, CustomDates, ByHand };

    BaselinePicker(services::WhatIfService *service, QWidget *parent = nullptr);

    void setSource(Source source);

private:
    void applySource();
    void applyManual();
    void syncFromService();
    void updateLists();

    services::WhatIfService *m_service;
    QComboBox *m_source;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_teamLabel;
    QComboBox *m_team;
    QWidget *m_manual;
    QDoubleSpinBox *m_requests;
    QDoubleSpinBox *m_inputTokens;
    QDoubleSpinBox *m_outputTokens;
    ModelPicker *m_model;
    QLabel *m_description;
};

} // namespace tl::ui
