#include "widgets/WaterfallChart.h"

#include "Palette.h"
#include "widgets/ChartAxis.h"
#include "widgets/ChartLifetime.h"
#include "itemmodels/LeverResultModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QCategoryAxis>

namespace tl::ui {

namespace {
const QColor kSaves(0x00, 0x9E, 0x73);     // bluish green
const QColor kCostsMore(0xD5, 0x5E, 0x00); // vermillion
const QColor kTotal(0x00, 0x72, 0xB2);     // blue

// Short, two-line names that fit under narrow bars (the axis labels take HTML).
QString shortTitle(planning::Lever lever)
{
    switch (lever) {
    case planning::Lever::Routing: return WaterfallChart::tr("Routing");
    case planning::Lever::TokenOptimization: return WaterfallChart::tr("Fewer<br>tokens");
    case planning::Lever::SemanticCache: return WaterfallChart::tr("Semantic<br>cache");
    case planning::Lever::PromptCaching: return WaterfallChart::tr("Prompt<br>caching");
    case planning::Lever::Batch: return WaterfallChart::tr("Batch");
    case planning::Lever::SelfHosting: return WaterfallChart::tr("Self-<br>hosting");
    }
    return {};
}

// An amount in USD as a short label in the display currency ("$1,200", "1.104 €").
QString shortMoney(Money usd, const DisplayCurrency &currency)
{
    const Money m = currency.convert(usd);
    return m.toDisplayString(QLocale(), currency.symbol(), m.rounded(0) == m || m > Money::fromUnits(100) ? 0 : 2);
}
} // namespace

WaterfallChart::WaterfallChart(itemmodels::LeverResultModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("waterfallChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showChart(this, chart);
    connect(chart, &QChart::plotAreaChanged, this, &WaterfallChart::placeLabels);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WaterfallChart::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WaterfallChart::rebuild);
    rebuild();
}

QStringList WaterfallChart::barLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *item : m_labels)
        out << item->text();
    return out;
}

void WaterfallChart::rebuild()
{
    QChart *c = chart();
    clearChart(c);
    qDeleteAll(m_labels);
    m_labels.clear();
    m_tops.clear();
    m_tips.clear();
    m_series = nullptr;
    const auto &result = m_model->result();
    if (!result) {
        c->setTitle(tr("No result to show"));
        return;
    }
    c->setTitle(QString());
    const QLocale locale;

    auto *base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    auto *saves = new QBarSet(tr("Saves"));
    saves->setColor(kSaves);
    saves->setBorderColor(kSaves.darker(130));
    auto *costsMore = new QBarSet(tr("Costs more"));
    costsMore->setColor(kCostsMore);
    costsMore->setBorderColor(kCostsMore.darker(130));
    auto *total = new QBarSet(tr("Monthly cost"));
    total->setColor(kTotal);
    total->setBorderColor(kTotal.darker(130));

    QStringList categories;
    QStringList texts;
    double maxValue = 0;
    // Bars, labels and tooltips in the display currency (tooltips to the cent, in the reader's
    // locale, like the lever explanations they quote).
    const DisplayCurrency &currency = m_model->currency();
    const auto exact = [&currency](Money usd) { return currency.format(usd, QLocale(), 2); };
    const auto shown = [&currency](Money usd) { return currency.convert(usd).toDouble(); };
    auto addTotal = [&](const QString &name, Money cost, const QString &tip) {
        categories << name;
        *base << 0;
        *saves << 0;
        *costsMore << 0;
        *total << shown(cost);
        m_tops << shown(cost);
        texts << shortMoney(cost, currency);
        m_tips << tip;
        maxValue = std::max(maxValue, shown(cost));
    };
    addTotal(tr("Baseline"), result->baselineCost,
             tr("Baseline monthly cost: %1.").arg(exact(result->baselineCost)));
    for (const planning::LeverResult &l : result->levers) {
        const double before = shown(l.costBefore);
        const double after = shown(l.costAfter);
        categories << shortTitle(l.lever);
        *base << std::min(before, after);
        *saves << (after < before ? before - after : 0.0);
        *costsMore << (after > before ? after - before : 0.0);
        *total << 0;
        m_tops << std::max(before, after);
        maxValue = std::max({maxValue, before, after});
        const Money s = l.savings();
        texts << (!l.active         ? tr("off")
                  : s.isZero()      ? QString(u'±' + shortMoney(Money(), currency))
                  : s.isNegative()  ? QString(u'+' + shortMoney(-s, currency))
                                    : QString(QStringLiteral("−") + shortMoney(s, currency)));
        m_tips << (l.active ? tr("%1: %2 → %3, saves %4.\n%5")
                                  .arg(itemmodels::LeverResultModel::leverTitle(l.lever), exact(l.costBefore),
                                       exact(l.costAfter), exact(s), l.explanation)
                            : tr("%1 is off: it changes nothing.").arg(itemmodels::LeverResultModel::leverTitle(l.lever)));
    }
    addTotal(tr("Scenario"), result->scenarioCost,
             tr("Scenario monthly cost: %1 − %2 savings = %3.")
                 .arg(exact(result->baselineCost), exact(result->totalSavings()), exact(result->scenarioCost)));

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.7);
    for (QBarSet *set : {base, saves, costsMore, total}) {
        m_series->append(set);
        connect(set, &QBarSet::hovered, this, &WaterfallChart::showTip);
    }
    c->addSeries(m_series);
    // The invisible base set needs no legend entry.
    const auto markers = c->legend()->markers(m_series);
    if (!markers.isEmpty())
        markers.first()->setVisible(false);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    c->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    // Room above the tallest bar for its amount.
    auto *y = moneyAxis(0, maxValue * 1.12, currency.symbol());
    y->setTitleText(tr("%1 per month").arg(currency.code()));
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);

    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setBold(true);
    for (const QString &t : std::as_const(texts)) {
        auto *item = new QGraphicsSimpleTextItem(t, c);
        item->setFont(f);
        item->setBrush(palette().color(QPalette::WindowText));
        m_labels << item;
    }
    setAccessibleDescription(texts.join(QStringLiteral(", ")));
    placeLabels();
}

void WaterfallChart::placeLabels()
{
    if (!m_series)
        return;
    for (int i = 0; i < m_labels.size(); ++i) {
        const QPointF top = chart()->mapToPosition(QPointF(i, m_tops.value(i)), m_series);
        const QRectF box = m_labels[i]->boundingRect();
        m_labels[i]->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
    }
}

void WaterfallChart::showTip(bool hovering, int category)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_tips.value(category), this);
}

} // namespace tl::ui
