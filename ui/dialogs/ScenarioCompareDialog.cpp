#include "dialogs/ScenarioCompareDialog.h"

#include "Palette.h"
#include "widgets/ChartAxis.h"
#include "widgets/ChartLifetime.h"
#include "itemmodels/LeverResultModel.h"
#include "itemmodels/ScenarioComparisonModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QLegend>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QCategoryAxis>

namespace tl::ui {

using itemmodels::ScenarioComparisonModel;

ScenarioCompareDialog::ScenarioCompareDialog(ScenarioComparisonModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_table(new QTableView(this)), m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Compare scenarios"));
    resize(980, 680);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Each scenario's column as wide as its name and figures; the table scrolls sideways
    // rather than cutting the last name short.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);

    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Savings per lever and scenario (USD per month)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a long scenario name is shortened in the legend
    chart->setBackgroundRoundness(0);
    showChart(m_chart, chart);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    // The table shows all its rows; the chart gets the rest.
    const int tableHeight = m_table->horizontalHeader()->sizeHint().height()
                            + model->rowCount() * (m_table->fontMetrics().height() + 4)
                            + m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth();
    splitter->setSizes({tableHeight, 680 - tableHeight});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(model, &QAbstractItemModel::modelReset, this, &ScenarioCompareDialog::rebuildChart);
    connect(model, &QAbstractItemModel::dataChanged, this, &ScenarioCompareDialog::rebuildChart);
    rebuildChart();
}

int ScenarioCompareDialog::barSetCount() const
{
    const auto series = m_chart->chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QBarSeries *>(series.first())->count());
}

void ScenarioCompareDialog::rebuildChart()
{
    QChart *c = m_chart->chart();
    clearChart(c);
    auto *series = new QBarSeries;
    double lo = 0, hi = 0;
    for (int col = 0; col < m_model->columnCount(); ++col) {
        auto *set = new QBarSet(m_model->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString());
        set->setColor(seriesColor(col));
        for (int l = 0; l < 6; ++l) {
            const double v =
                m_model->index(ScenarioComparisonModel::FirstLeverRow + l, col).data(ScenarioComparisonModel::ValueRole).toDouble();
            *set << v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        connect(set, &QBarSet::hovered, this, [this, col](bool on, int lever) {
            if (!on)
                return QToolTip::hideText();
            const QModelIndex idx = m_model->index(ScenarioComparisonModel::FirstLeverRow + lever, col);
            QToolTip::showText(QCursor::pos(),
                               m_model->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString() + u'\n'
                                   + idx.data().toString() + u'\n' + idx.data(Qt::ToolTipRole).toString(),
                               m_chart);
        });
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    for (int l = 0; l < 6; ++l)
        x->append(itemmodels::LeverResultModel::leverTitle(planning::kLeverOrder[l]).replace(u' ', QStringLiteral("<br>")).replace(u'-', QStringLiteral("-<br>")));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = moneyAxis(lo, hi, QStringLiteral("$"));
    y->setTitleText(tr("USD per month"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace tl::ui
