#include "widgets/DashboardControlBar.h"

#include "services/DashboardService.h"
#include "widgets/FilterPopup.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace tl::ui {

DashboardControlBar::DashboardControlBar(services::DashboardService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_period(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_dash(new QLabel(QStringLiteral("–"), this)), m_periodLabel(new QLabel(this)),
      m_filters(new QToolButton(this)), m_currency(new QToolButton(this)), m_busy(new QLabel(this)),
      m_filterPopup(new FilterPopup([service](Dimension d) { return service->dimensionValues(d); }, this))
{
    setObjectName(QStringLiteral("dashboardControls"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_to->setObjectName(QStringLiteral("customTo"));
    m_filters->setObjectName(QStringLiteral("filtersButton"));
    m_currency->setObjectName(QStringLiteral("currencyButton"));
    m_busy->setObjectName(QStringLiteral("busyLabel"));

    using query::PeriodPreset;
    for (PeriodPreset p : {PeriodPreset::ThisMonth, PeriodPreset::LastMonth, PeriodPreset::Last7Days,
                           PeriodPreset::Last30Days, PeriodPreset::Last90Days, PeriodPreset::AllData,
                           PeriodPreset::Custom})
        m_period->addItem(query::periodPresetLabel(p), static_cast<int>(p));
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(service->periodPreset())));
    for (QDateEdit *e : {m_from, m_to}) {
        useLocaleDates(e);
        e->setVisible(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_from->setToolTip(tr("First day of the custom period (UTC)"));
    m_to->setToolTip(tr("Last day of the custom period, included (UTC)"));
    m_dash->setVisible(false);
    QPalette muted = m_periodLabel->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_periodLabel->setPalette(muted);
    // Long in some languages; it may be clipped in a narrow window rather than widen it.
    m_periodLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_periodLabel->setMinimumWidth(0);
    m_busy->setPalette(muted);
    m_busy->setText(tr("Updating…"));
    m_busy->setVisible(false);

    m_filters->setText(tr("Filters"));
    m_filters->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filters->setToolTip(tr("Narrow every figure to providers, models, teams, tags, API keys, projects, "
                             "regions or service tiers"));
    m_currency->setToolTip(tr("Currency the amounts are shown in"));

    auto *periodCaption = new QLabel(tr("&Period:"), this);
    periodCaption->setBuddy(m_period);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(periodCaption);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_periodLabel, 1);
    layout->addStretch(0); // takes the room when the label is empty
    layout->addWidget(m_busy);
    layout->addSpacing(8);
    layout->addWidget(m_filters);
    layout->addWidget(m_currency);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardControlBar::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardControlBar::onCustomDatesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardControlBar::onCustomDatesChanged);
    connect(m_filters, &QToolButton::clicked, this, &DashboardControlBar::showFilters);
    connect(m_currency, &QToolButton::clicked, this, &DashboardControlBar::currencyButtonClicked);
    connect(m_filterPopup, &FilterPopup::filterChanged, m_service, &services::DashboardService::setFilter);
    connect(m_service, &services::DashboardService::refreshed, this, &DashboardControlBar::syncFromService);
    connect(m_service, &services::DashboardService::displayCurrencyChanged, this,
            &DashboardControlBar::syncFromService);
    connect(m_service, &services::DashboardService::busyChanged, m_busy, &QLabel::setVisible);
    syncFromService();
}

void DashboardControlBar::showFilters()
{
    m_filterPopup->setFilter(m_service->filter());
    m_filterPopup->popup(m_filters, m_filterPopup->currentDimension());
}

void DashboardControlBar::onPresetChosen()
{
    if (m_syncing)
        return;
    const auto preset = static_cast<query::PeriodPreset>(m_period->currentData().toInt());
    if (preset == query::PeriodPreset::Custom) {
        // Start from what is shown now.
        const query::Period p = m_service->period();
        m_syncing = true;
        m_from->setDate(p.from.isValid() ? p.from : m_service->today());
        m_to->setDate(p.to.isValid() ? p.to : m_service->today());
        m_syncing = false;
        m_service->setCustomRange(m_from->date(), m_to->date());
        m_from->setFocus();
    } else {
        m_service->setPeriodPreset(preset);
    }
}

void DashboardControlBar::onCustomDatesChanged()
{
    if (m_syncing)
        return;
    m_service->setCustomRange(m_from->date(), m_to->date());
}

void DashboardControlBar::syncFromService()
{
    m_syncing = true;
    const bool custom = m_service->periodPreset() == query::PeriodPreset::Custom;
    const int idx = m_period->findData(static_cast<int>(m_service->periodPreset()));
    if (idx >= 0 && idx != m_period->currentIndex())
        m_period->setCurrentIndex(idx);
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_dash), static_cast<QWidget *>(m_to)})
        w->setVisible(custom);
    const query::Period &p = m_service->period();
    const QLocale locale;
    const auto date = [&locale](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    if (!p.from.isValid())
        m_periodLabel->clear();
    else if (custom) // the dates are in the edits
        m_periodLabel->setText(tr("(UTC) · compared with %1 – %2").arg(date(p.previousFrom), date(p.previousTo)));
    else
        m_periodLabel->setText(tr("%1 – %2 (UTC) · compared with %3 – %4")
                                   .arg(date(p.from), date(p.to), date(p.previousFrom), date(p.previousTo)));
    const int active = [&] {
        int n = 0;
        for (const QStringList &values : m_service->filter().equals)
            n += int(values.size());
        return n;
    }();
    m_filters->setText(active > 0 ? tr("Filters (%1)…").arg(active) : tr("Filters…"));
    const DisplayCurrency &c = m_service->displayCurrency();
    m_currency->setText(tr("Currency: %1…").arg(c.code()));
    m_currency->setAccessibleName(tr("Display currency: %1").arg(c.code()));
    m_syncing = false;
}

} // namespace tl::ui
