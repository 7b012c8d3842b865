#include "widgets/BreakEvenChart.h"

#include "Palette.h"
#include "widgets/ChartAxis.h"
#include "widgets/ChartLifetime.h"
#include "services/WhatIfService.h"

#include <QChart>
#include <QCoreApplication>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QCategoryAxis>
#include <QVBoxLayout>

#include <cmath>

namespace tl::ui {

namespace {
// "950,000", "12.5 M", "3.2 B" tokens.
QString tokensText(double tokens)
{
    const QLocale locale;
    if (tokens >= 1e9)
        return QCoreApplication::translate("tl::ui::BreakEvenChart", "%1 B").arg(locale.toString(tokens / 1e9, 'f', 2));
    if (tokens >= 1e6)
        return QCoreApplication::translate("tl::ui::BreakEvenChart", "%1 M").arg(locale.toString(tokens / 1e6, 'f', 1));
    return locale.toString(static_cast<qlonglong>(std::llround(tokens)));
}
} // namespace

BreakEvenChart::BreakEvenChart(services::WhatIfService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_stack(new QStackedWidget(this)), m_view(new QChartView(this)),
      m_explanation(new QLabel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("breakEvenChart"));
    m_view->setObjectName(QStringLiteral("breakEvenChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(130);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    showChart(m_view, chart);
    m_explanation->setObjectName(QStringLiteral("breakEvenExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("breakEvenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_summary);
    m_stack->addWidget(chartPage);
    m_stack->addWidget(m_explanation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_service, &services::WhatIfService::evaluated, this, &BreakEvenChart::rebuild);
    rebuild();
}

bool BreakEvenChart::isChartShown() const
{
    return m_stack->currentIndex() == 0;
}

QString BreakEvenChart::summaryText() const
{
    return m_summary->text();
}

void BreakEvenChart::rebuild()
{
    QChart *c = m_view->chart();
    clearChart(c);
    const auto &result = m_service->result();
    const bool on = m_service->isLeverEnabled(planning::Lever::SelfHosting);
    const planning::SelfHostingLever &lever = *m_service->settings().selfHosting;
    if (!on || !result || !result->selfHosting || result->selfHosting->tokensPerMonth.isZero()) {
        m_explanation->setText(
            !on ? tr("Switch on self-hosting and choose the models to run yourself to see where your own "
                     "instances break even with the API.")
            : lever.models.isEmpty() ? tr("Choose at least one model to self-host.")
                                     : tr("The chosen models carry no traffic in this scenario, so there is "
                                          "nothing to move off the API."));
        m_summary->clear();
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    const planning::SelfHostingResult &h = *result->selfHosting;
    const QLocale locale;
    // Drawn and written in the display currency, like the waterfall beside it.
    const DisplayCurrency &currency = m_service->kpis()->currency();
    const double rate = currency.convert(Money::fromUnits(1)).toDouble();
    const auto money = [&](Money usd) { return currency.format(usd, locale, 2); };
    const double n = h.tokensPerMonth.toDouble();
    const double perToken = h.apiCostOfMovedTraffic.toDouble() * rate / n;
    const Money perInstance = lever.instanceHourlyCost.mulDiv(lever.hoursPerMonth, 1);
    const double perInstanceShown = perInstance.toDouble() * rate;
    const double capacity = h.capacityPerInstance.toDouble();
    const double breakEven = h.breakEvenTokensPerMonth ? h.breakEvenTokensPerMonth->toDouble() : 0.0;
    const double xMax = std::max(n, breakEven) * 1.3;
    const bool billions = xMax >= 2e9;
    const double unit = billions ? 1e9 : 1e6;

    auto *api = new QLineSeries;
    api->setName(tr("API"));
    api->setPen(QPen(seriesColor(0), 2.5));
    api->append(0, 0);
    api->append(xMax / unit, perToken * xMax);

    auto *own = new QLineSeries;
    own->setName(tr("Own instances"));
    own->setPen(QPen(seriesColor(5), 2.5, Qt::DashLine));
    double yMax = perToken * xMax;
    const int steps = capacity > 0 ? int(std::min(400.0, std::ceil(xMax / capacity))) : 0;
    if (steps > 0 && steps < 400) {
        for (int k = 1; k <= steps; ++k) {
            const double y = perInstanceShown * k;
            own->append((k - 1) * capacity / unit, y);
            own->append(std::min(k * capacity, xMax) / unit, y);
            yMax = std::max(yMax, y);
        }
    } else { // too many steps to draw: the cost grows with the volume
        own->append(0, perInstanceShown);
        own->append(xMax / unit, perInstanceShown * std::ceil(xMax / std::max(capacity, 1.0)));
        yMax = std::max(yMax, perInstanceShown * std::ceil(xMax / std::max(capacity, 1.0)));
    }
    yMax = std::max(yMax * 1.1, 1.0);

    auto *today = new QLineSeries;
    today->setName(tr("Today: %1").arg(tokensText(n)));
    today->setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DotLine));
    today->append(n / unit, 0);
    today->append(n / unit, yMax);

    QList<QAbstractSeries *> all{api, own, today};
    if (h.breakEvenTokensPerMonth) {
        auto *point = new QScatterSeries;
        point->setName(tr("Break-even: %1").arg(tokensText(breakEven)));
        point->setMarkerSize(11);
        point->setColor(seriesColor(2));
        point->append(breakEven / unit, perInstanceShown);
        all << point;
    }
    auto *x = numberAxis(0, xMax / unit, 5, locale);
    x->setTitleText(billions ? tr("Tokens per month, in billions") : tr("Tokens per month, in millions"));
    // Three intervals: the chart shares its column with the waterfall and is often short.
    auto *y = moneyAxis(0, yMax, currency.symbol(), 3, locale);
    y->setTitleText(tr("%1/month", "short: the axis is often only a few lines tall; %1 is the currency code")
                        .arg(currency.code()));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : all) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }

    const QString beText = h.breakEvenTokensPerMonth
                               ? locale.toString(static_cast<qlonglong>(h.breakEvenTokensPerMonth->rounded()))
                               : tr("none (the moved traffic costs nothing on the API)");
    m_summary->setText((h.instances == 1
                            ? tr("Today %1 tokens/month: API %2 vs one instance %3. Break-even: %4 tokens/month.")
                                  .arg(locale.toString(static_cast<qlonglong>(h.tokensPerMonth.rounded())),
                                       money(h.apiCostOfMovedTraffic), money(h.fixedMonthlyCost), beText)
                            : tr("Today %1 tokens/month: API %2 vs %3 instances %4. Break-even: %5 tokens/month.")
                                  .arg(locale.toString(static_cast<qlonglong>(h.tokensPerMonth.rounded())),
                                       money(h.apiCostOfMovedTraffic), locale.toString(qlonglong(h.instances)),
                                       money(h.fixedMonthlyCost), beText)));
    const QString why = result->levers.value(int(planning::Lever::SelfHosting)).explanation;
    m_view->setToolTip(why);
    m_summary->setToolTip(
        tr("API cost line: %1 ÷ %2 tokens per token. One instance: %3/h × %4 h = %5/month, "
           "serving %6 tokens/month.\n%7")
            .arg(money(h.apiCostOfMovedTraffic), locale.toString(static_cast<qlonglong>(h.tokensPerMonth.rounded())))
            .arg(money(lever.instanceHourlyCost))
            .arg(lever.hoursPerMonth)
            .arg(money(perInstance), locale.toString(static_cast<qlonglong>(h.capacityPerInstance.rounded())), why));
}

} // namespace tl::ui
