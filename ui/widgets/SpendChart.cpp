#include "widgets/SpendChart.h"

#include "Palette.h"
#include "widgets/ChartAxis.h"
#include "widgets/ChartLifetime.h"
#include "itemmodels/SpendOverTimeModel.h"
#include "query/UsageQueries.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>


namespace tl::ui {

SpendChart::SpendChart(itemmodels::SpendOverTimeModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("spendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().color(QPalette::Base));
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    showChart(this, chart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpendChart::rebuild);
    rebuild();
}

void SpendChart::rebuild()
{
    QChart *c = chart();
    clearChart(c);

    const int rows = m_model->rowCount();
    const int cols = m_model->columnCount();
    m_seriesCount = cols;
    if (rows == 0 || cols == 0) {
        c->setTitle(tr("No spend in this period"));
        return;
    }
    c->setTitle(QString());

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    double maxStack = 0;
    QList<double> stacks(rows, 0.0);
    for (int col = 0; col < cols; ++col) {
        const QString label = m_model->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString();
        auto *set = new QBarSet(label);
        const QColor color = label == query::UsageQueries::otherSeriesLabel() ? otherSeriesColor()
                                                                              : seriesColor(col);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        for (int row = 0; row < rows; ++row) {
            const double v = m_model->index(row, col).data(itemmodels::SpendOverTimeModel::ValueRole).toDouble();
            *set << v;
            stacks[row] += v;
        }
        connect(set, &QBarSet::hovered, this, [this, col](bool status, int row) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               m_model->index(row, col).data(Qt::ToolTipRole).toString() + u'\n'
                                   + tr("Click to explore this day."),
                               this);
        });
        connect(set, &QBarSet::clicked, this, [this, col](int row) { Q_EMIT barClicked(col, row); });
        series->append(set);
    }
    for (double s : stacks)
        maxStack = std::max(maxStack, s);
    c->addSeries(series);
    const QList<QLegendMarker *> markers = c->legend()->markers(series);
    for (int col = 0; col < markers.size(); ++col) {
        QLegendMarker *marker = markers[col];
        connect(marker, &QLegendMarker::clicked, this, [this, col] { Q_EMIT seriesClicked(col); });
        connect(marker, &QLegendMarker::hovered, this, [this, marker](bool status) {
            if (status)
                QToolTip::showText(QCursor::pos(), tr("Click to explore %1 over the whole period.").arg(marker->label()),
                                   this);
            else
                QToolTip::hideText();
        });
    }

    // A value axis with labels at about eight bars: a category axis would squeeze every
    // date under its own bar and elide them all.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, rows - 0.5);
    x->setStartValue(-0.5);
    const int step = std::max(1, (rows + 7) / 8);
    for (int row = 0; row < rows; row += step)
        x->append(m_model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString(), row);
    x->setGridLineVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = moneyAxis(0, maxStack, m_model->currency().symbol());
    y->setTitleText(tr("%1 per %2").arg(m_model->currency().code(),
                                        m_model->series().granularity == query::Granularity::Hour ? tr("hour")
                                                                                                  : tr("day")));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace tl::ui
