#pragma once

#include <QChartView>

class QGraphicsSimpleTextItem;
class QStackedBarSeries;

namespace tl::itemmodels {
class LeverResultModel;
}

namespace tl::ui {

// The savings waterfall: the baseline as a full bar, then one floating bar per lever from the
// cost before it to the cost after it (bluish green when it saves, vermillion when it costs
// more), then the scenario as a full bar. Every bar carries its amount as a label ("−$1,200",
// "+$300", "off"), so the chart reads in greyscale too; hovering shows how it was computed.
class WaterfallChart : public QChartView
{
    Q_OBJECT
public:
    explicit WaterfallChart(itemmodels::LeverResultModel *model, QWidget *parent = nullptr);

    QStringList barLabels() const; // the label texts, for tests and accessibility

private:
    void rebuild();
    void placeLabels();
    void showTip(bool hovering, int category);

    itemmodels::LeverResultModel *m_model;
    QStackedBarSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<double> m_tops;
    QStringList m_tips;
};

} // namespace tl::ui
