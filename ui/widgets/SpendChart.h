#pragma once

#include <QChartView>

class QAbstractItemModel;

namespace tl::itemmodels {
class SpendOverTimeModel;
}

namespace tl::ui {

// Stacked bars of spend over time, one bar set per series of a SpendOverTimeModel.
// Hovering a segment shows its exact value.
class SpendChart : public QChartView
{
    Q_OBJECT
public:
    explicit SpendChart(itemmodels::SpendOverTimeModel *model, QWidget *parent = nullptr);

    int seriesCount() const { return m_seriesCount; }

private:
    void rebuild();

    itemmodels::SpendOverTimeModel *m_model;
    int m_seriesCount = 0;
};

} // namespace tl::ui
