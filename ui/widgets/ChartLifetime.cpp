#include "widgets/ChartLifetime.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>

namespace tl::ui {

void clearChart(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void showChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    if (previous != chart)
        delete previous;
}

} // namespace tl::ui
