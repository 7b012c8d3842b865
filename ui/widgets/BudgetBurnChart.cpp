#include "widgets/BudgetBurnChart.h"

#include "Palette.h"
#include "money/DisplayCurrency.h"
#include "widgets/ChartAxis.h"
#include "widgets/ChartLifetime.h"
#include "itemmodels/BudgetListModel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QCategoryAxis>

namespace tl::ui {

namespace {
// The end of day d: a cumulative amount is what was spent by then. The period's origin is
// the end of the day before it, its first midnight.
qreal msOf(const QDate &d)
{
    return qreal(QDateTime(d.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

BudgetBurnChart::BudgetBurnChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("budgetBurnChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_caption->setObjectName(QStringLiteral("budgetBurnCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    setStatus(std::nullopt);
}

QStringList BudgetBurnChart::seriesNames() const
{
    QStringList names;
    if (m_view->chart())
        for (QAbstractSeries *s : m_view->chart()->series())
            names << s->name();
    return names;
}

void BudgetBurnChart::setStatus(const std::optional<budgets::BudgetStatus> &status, const QString &spendSource)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    if (!status) {
        chart->setTitle(tr("Select a budget to see its burn-up"));
        showChart(m_view, chart);
        m_caption->clear();
        return;
    }
    const budgets::BudgetStatus &s = *status;
    const budgets::Budget &b = s.budget;
    auto value = [&](Money usd) { return b.toBudgetCurrency(usd).toDouble(); };
    chart->setTitle(tr("%1 — cumulative spend, %2").arg(b.name, itemmodels::BudgetListModel::periodLabel(s)));

    auto *actual = new QLineSeries;
    actual->setName(tr("Spent"));
    actual->setPen(QPen(accentColor(), 2.5));
    Money cumulative;
    actual->append(msOf(s.period.first.addDays(-1)), 0);
    const QDate lastActual = std::min(s.today, s.period.last);
    for (QDate d = s.period.first; d <= lastActual; d = d.addDays(1)) {
        const auto it = s.daily.find(d);
        if (it != s.daily.end())
            cumulative += it->second;
        actual->append(msOf(d), value(cumulative));
    }
    double top = value(std::max({s.amountUsd, s.forecastHigh, s.actual}));
    chart->addSeries(actual);

    auto *limit = new QLineSeries;
    limit->setName(tr("Budget %1").arg(b.amount.toDisplayString(QLocale(), QString()) + u' ' + b.currency));
    limit->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
    limit->append(msOf(s.period.first.addDays(-1)), value(s.amountUsd));
    limit->append(msOf(s.period.last), value(s.amountUsd));
    chart->addSeries(limit);

    if (s.state == budgets::BudgetStatus::State::Running && s.forecast.available) {
        auto *path = new QLineSeries;
        path->setName(tr("Forecast"));
        // Its own colour, so the legend tells it from what was spent.
        path->setPen(QPen(seriesColor(1), 2, Qt::DotLine));
        Money running = s.actual;
        path->append(msOf(lastActual), value(running));
        for (const auto &[day, m] : s.forecast.expected) {
            running += m;
            if (day != lastActual)
                path->append(msOf(day), value(running));
        }
        chart->addSeries(path);
        auto *range = new QLineSeries;
        range->setName(tr("Forecast range"));
        range->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DotLine));
        range->append(msOf(s.period.last), value(s.forecastLow));
        range->append(msOf(lastActual), value(s.actual));
        range->append(msOf(s.period.last), value(s.forecastHigh));
        chart->addSeries(range);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(msOf(s.period.first.addDays(-1))), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(qint64(msOf(s.period.last)), Qt::UTC));
    x->setTickCount(std::min(6, s.period.days() + 1));
    auto *y = moneyAxis(0, top * 1.05, DisplayCurrency::knownSymbol(b.currency));
    y->setTitleText(b.currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    showChart(m_view, chart);

    QString caption = tr("Spent %1 of %2 (%3 %), %4. ")
                          .arg(itemmodels::BudgetListModel::formatMoney(b, s.actual),
                               b.amount.toDisplayString(QLocale(), QString()) + u' ' + b.currency)
                          .arg(s.perMilleUsed() / 10)
                          .arg(spendSource.isEmpty() ? itemmodels::BudgetListModel::basisText(s) : spendSource);
    if (s.forecast.available && s.state == budgets::BudgetStatus::State::Running)
        caption += tr("Forecast %1 (range %2 – %3). ")
                       .arg(itemmodels::BudgetListModel::formatMoney(b, s.forecastTotal),
                            itemmodels::BudgetListModel::formatMoney(b, s.forecastLow),
                            itemmodels::BudgetListModel::formatMoney(b, s.forecastHigh));
    if (s.exhaustionDate.isValid())
        caption += (s.exhaustionDate <= s.today ? tr("Budget used up on %1.")
                                                : tr("Expected to run out on %1."))
                       .arg(QLocale().toString(s.exhaustionDate, QLocale::LongFormat));
    for (const budgets::Spike &spike : s.spikes)
        caption += u' ' + tr("Spike on %1: %2 against a usual %3.")
                              .arg(QLocale().toString(spike.day, QLocale::ShortFormat),
                                   itemmodels::BudgetListModel::formatMoney(b, spike.spend),
                                   itemmodels::BudgetListModel::formatMoney(b, spike.baseline));
    m_caption->setText(caption);
}

} // namespace tl::ui
