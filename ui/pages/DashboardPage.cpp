#include "pages/DashboardPage.h"

#include "itemmodels/DashboardService.h"
#include "pages/EmptyStatePage.h"
#include "widgets/KpiCard.h"
#include "widgets/SpendChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tl::ui {

DashboardPage::DashboardPage(itemmodels::DashboardService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_period(new QComboBox(this)),
      m_stackBy(new QComboBox(this)), m_periodLabel(new QLabel(this)),
      m_chart(new SpendChart(service->spendOverTime(), this)), m_content(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_stackBy->setObjectName(QStringLiteral("stackByCombo"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));

    using query::PeriodPreset;
    for (PeriodPreset p : {PeriodPreset::ThisMonth, PeriodPreset::LastMonth, PeriodPreset::Last7Days,
                           PeriodPreset::Last30Days, PeriodPreset::Last90Days, PeriodPreset::AllData})
        m_period->addItem(query::periodPresetLabel(p), static_cast<int>(p));
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(service->periodPreset())));
    for (Dimension d : {Dimension::Provider, Dimension::Model, Dimension::Team, Dimension::Tags,
                        Dimension::ApiKey})
        m_stackBy->addItem(dimensionLabel(d), static_cast<int>(d));
    m_stackBy->setCurrentIndex(m_stackBy->findData(static_cast<int>(service->stackDimension())));

    auto *periodCaption = new QLabel(tr("&Period:"), this);
    periodCaption->setBuddy(m_period);
    auto *stackCaption = new QLabel(tr("&Stack by:"), this);
    stackCaption->setBuddy(m_stackBy);

    auto *controls = new QHBoxLayout;
    controls->addWidget(periodCaption);
    controls->addWidget(m_period);
    controls->addSpacing(12);
    controls->addWidget(m_periodLabel);
    controls->addStretch();
    controls->addWidget(stackCaption);
    controls->addWidget(m_stackBy);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (int row = 0; row < itemmodels::KpiModel::RowCount; ++row) {
        auto *card = new KpiCard(service->kpis(), row, this);
        m_cards << card;
        cards->addWidget(card);
    }

    auto *chartTitle = new QLabel(tr("Spend over time"), this);
    QFont f = chartTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    chartTitle->setFont(f);

    auto *dataView = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(dataView);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addLayout(cards);
    dataLayout->addSpacing(8);
    dataLayout->addWidget(chartTitle);
    dataLayout->addWidget(m_chart, 1);

    auto *empty = new EmptyStatePage(
        tr("No usage yet"),
        tr("Spend, trends and the other key figures appear here once usage is in the database."),
        tr("Import log files or connect a provider on the Sources page, or load the demo "
           "organisation from the File menu to look around."),
        this);
    m_content->addWidget(dataView);
    m_content->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(controls);
    layout->addSpacing(6);
    layout->addWidget(m_content, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_service->setPeriodPreset(static_cast<query::PeriodPreset>(m_period->currentData().toInt()));
    });
    connect(m_stackBy, &QComboBox::currentIndexChanged, this, [this] {
        m_service->setStackDimension(static_cast<Dimension>(m_stackBy->currentData().toInt()));
    });
    connect(m_service, &itemmodels::DashboardService::refreshed, this, &DashboardPage::updateEmptyState);
    updateEmptyState();
}

KpiCard *DashboardPage::kpiCard(int row) const
{
    return m_cards.value(row);
}

void DashboardPage::updateEmptyState()
{
    m_content->setCurrentIndex(m_service->hasData() ? 0 : 1);
    const query::Period &p = m_service->period();
    const QLocale locale;
    m_periodLabel->setText(p.from.isValid()
                               ? tr("%1 – %2 (UTC)").arg(locale.toString(p.from, QLocale::ShortFormat),
                                                         locale.toString(p.to, QLocale::ShortFormat))
                               : QString());
}

} // namespace tl::ui
