#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;

namespace tl::services {
class WhatIfService;
}

namespace tl::ui {

// Self-hosting against the API by monthly volume: the API cost of the moved traffic as a line
// through the origin (slope = its API cost ÷ N), the instances' cost as steps (one instance
// more every `capacity` tokens), and a vertical marker at today's volume N. Shown only when
// self-hosting is on and moves traffic; otherwise a short explanation says what to do.
class BreakEvenChart : public QWidget
{
    Q_OBJECT
public:
    explicit BreakEvenChart(services::WhatIfService *service, QWidget *parent = nullptr);

    bool isChartShown() const;
    QString summaryText() const;

private:
    void rebuild();

    services::WhatIfService *m_service;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_explanation;
    QLabel *m_summary;
};

} // namespace tl::ui
