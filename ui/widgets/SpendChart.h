#pragma once

#include <QChartView>

class QAbstractItemModel;

namespace tl::itemmodels {
class SpendOverTimeModel;
}

namespace tl::ui {

// Stacked bars of spend over time, one bar set per series of a SpendOverTimeModel, in the
// model's display currency. Hovering a segment shows its exact value; clicking a segment or a
// legend entry reports it (for drilling down).
class SpendChart : public QChartView
{
    Q_OBJECT
public:
    explicit SpendChart(itemmodels::SpendOverTimeModel *model, QWidget *parent = nullptr);

    int seriesCount() const { return m_seriesCount; }

Q_SIGNALS:
    void barClicked(int column, int row);
    void seriesClicked(int column);

private:
    void rebuild();

    itemmodels::SpendOverTimeModel *m_model;
    int m_seriesCount = 0;
};

} // namespace tl::ui
