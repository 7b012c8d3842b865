#include "pages/DashboardPage.h"

#include "dialogs/CurrencyDialog.h"
#include "services/DashboardService.h"
#include "widgets/CompactTableView.h"
#include "widgets/CostSplitBar.h"
#include "widgets/DashboardControlBar.h"
#include "widgets/DashboardItemDelegate.h"
#include "widgets/DashboardPanel.h"
#include "widgets/FilterChipBar.h"
#include "widgets/FilterPopup.h"
#include "widgets/GettingStartedPanel.h"
#include "widgets/KpiCard.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SpendChart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QToolButton *segment(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void mutedLabel(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, label->palette().color(QPalette::PlaceholderText));
    label->setPalette(p);
    label->setWordWrap(true);
}
} // namespace

DashboardPage::DashboardPage(services::DashboardService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_controls(new DashboardControlBar(service, this)),
      m_chips(new FilterChipBar(this)), m_currencyNote(new QLabel(this)), m_content(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_service->setDisplayCurrency(DisplayCurrency::load(QSettings()));
    // Large databases refresh in the background; small ones answer at once.
    m_service->setRefreshMode(services::DashboardService::RefreshMode::Auto);
    m_chips->setCaption(tr("Filtered to:")); // hidden while no filter is active

    auto *dataView = new QWidget(this);
    dataView->setObjectName(QStringLiteral("dashboardContent"));
    auto *dataLayout = new QVBoxLayout(dataView);
    dataLayout->setContentsMargins(0, 0, 4, 8);
    dataLayout->setSpacing(12);
    dataLayout->addWidget(createKpis());
    dataLayout->addWidget(createSpendPanel());
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(createDriversPanel(), 11);
    middle->addWidget(createBreakdownPanel(), 9);
    dataLayout->addLayout(middle);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(createSplitPanel(), 11);
    bottom->addWidget(createBilledPanel(), 9);
    dataLayout->addLayout(bottom);
    dataLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidget(dataView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_gettingStarted = new GettingStartedPanel(this);
    m_content->addWidget(scroll);
    m_content->addWidget(m_gettingStarted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(m_controls);
    layout->addWidget(m_chips);
    // After an import of older data, say where the data is instead of showing zeros.
    m_outsideData = new NoticeBanner(QString(), tr("Show that period"), this);
    m_outsideData->setObjectName(QStringLiteral("outsideDataNotice"));
    m_outsideData->hide();
    connect(m_outsideData, &NoticeBanner::actionTriggered, this, [this] {
        const query::DataRange range = m_service->snapshot().range;
        if (!range.isEmpty())
            m_service->setCustomRange(range.first, range.last);
    });
    layout->addWidget(m_outsideData);
    layout->addWidget(m_content, 1);

    connect(m_controls, &DashboardControlBar::currencyButtonClicked, this, &DashboardPage::chooseCurrency);
    connect(m_chips, &FilterChipBar::removeRequested, this, [this](Dimension d, const QString &value) {
        query::UsageFilter f = m_service->filter();
        f.equals[d].removeAll(value);
        m_service->setFilter(f);
    });
    connect(m_chips, &FilterChipBar::clearRequested, this, [this] { m_service->setFilter({}); });
    connect(m_service, &services::DashboardService::refreshed, this, &DashboardPage::updateFromService);
    connect(m_service, &services::DashboardService::displayCurrencyChanged, this,
            &DashboardPage::updateCurrencyNote);
    updateCurrencyNote();
    updateFromService();
}

QWidget *DashboardPage::createKpis()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    // Four money figures on top, three shares and savings below (each spanning 4/3 columns).
    for (int row = 0; row < itemmodels::KpiModel::RowCount; ++row) {
        auto *card = new KpiCard(m_service->kpis(), row, box);
        m_cards << card;
        if (row < 4)
            grid->addWidget(card, 0, row * 3, 1, 3);
        else
            grid->addWidget(card, 1, (row - 4) * 4, 1, 4);
    }
    for (int c = 0; c < 12; ++c)
        grid->setColumnStretch(c, 1);
    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    mutedLabel(m_currencyNote);
    m_currencyNote->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_currencyNote, 2, 0, 1, 12);
    return box;
}

DashboardPanel *DashboardPage::createSpendPanel()
{
    auto *panel = new DashboardPanel(tr("Spend over time"), this);
    m_chart = new SpendChart(m_service->spendOverTime(), panel);
    m_stackBy = new QComboBox(panel);
    m_stackBy->setObjectName(QStringLiteral("stackByCombo"));
    for (Dimension d : {Dimension::Provider, Dimension::Model, Dimension::Team, Dimension::Tags, Dimension::ApiKey,
                        Dimension::Account, Dimension::Region, Dimension::ServiceTier})
        m_stackBy->addItem(dimensionLabel(d), static_cast<int>(d));
    m_stackBy->setCurrentIndex(m_stackBy->findData(static_cast<int>(m_service->stackDimension())));

    m_granularity = new QButtonGroup(panel);
    auto *day = segment(tr("Day"), QStringLiteral("granularityDay"), panel);
    m_hourButton = segment(tr("Hour"), QStringLiteral("granularityHour"), panel);
    day->setToolTip(tr("One bar per day"));
    m_granularity->addButton(day, int(query::Granularity::Day));
    m_granularity->addButton(m_hourButton, int(query::Granularity::Hour));
    m_granularity->button(int(m_service->granularity()))->setChecked(true);

    panel->addHeaderWidget(day);
    panel->addHeaderWidget(m_hourButton);
    panel->addHeaderWidget(caption(tr("&Stack by:"), m_stackBy, panel));
    panel->addHeaderWidget(m_stackBy);
    panel->setSubtitle(tr("The eight largest series by name, the rest in grey as Other. Hover over a segment "
                          "for its exact amount; click a segment or a legend entry to explore it."));
    panel->body()->addWidget(m_chart);
    m_chart->setMinimumHeight(280);

    connect(m_stackBy, &QComboBox::currentIndexChanged, this, [this] {
        m_service->setStackDimension(static_cast<Dimension>(m_stackBy->currentData().toInt()));
    });
    connect(m_granularity, &QButtonGroup::idClicked, this,
            [this](int id) { m_service->setGranularity(query::Granularity(id)); });
    connect(m_chart, &SpendChart::barClicked, this, [this](int column, int row) {
        Q_EMIT drillDownRequested(m_service->drillDownForBar(column, row));
    });
    connect(m_chart, &SpendChart::seriesClicked, this,
            [this](int column) { Q_EMIT drillDownRequested(m_service->drillDownForSeries(column)); });
    return panel;
}

DashboardPanel *DashboardPage::createDriversPanel()
{
    auto *panel = new DashboardPanel(tr("Top cost drivers"), this);
    m_driverMode = new QButtonGroup(panel);
    auto *byTeam = segment(tr("Model × team"), QStringLiteral("driversByTeam"), panel);
    auto *byTag = segment(tr("Model × tag"), QStringLiteral("driversByTag"), panel);
    m_driverMode->addButton(byTeam, int(Dimension::Team));
    m_driverMode->addButton(byTag, int(Dimension::Tags));
    if (QAbstractButton *b = m_driverMode->button(int(m_service->driverDimension())))
        b->setChecked(true);
    panel->addHeaderWidget(byTeam);
    panel->addHeaderWidget(byTag);
    panel->setSubtitle(tr("The five largest by cost in the period, with the change against the previous period."));

    m_drivers = new CompactTableView(panel);
    m_drivers->setObjectName(QStringLiteral("topDriversTable"));
    m_drivers->setAccessibleName(tr("Top cost drivers"));
    m_drivers->setModel(m_service->topDrivers());
    m_drivers->setItemDelegate(new DashboardItemDelegate(m_drivers));
    m_drivers->setMinimumRows(5);
    QHeaderView *h = m_drivers->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(itemmodels::TopDriversModel::ModelColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(itemmodels::TopDriversModel::OtherColumn, QHeaderView::Stretch);
    panel->body()->addWidget(m_drivers);
    panel->body()->addStretch(1);

    connect(m_driverMode, &QButtonGroup::idClicked, this,
            [this](int id) { m_service->setDriverDimension(Dimension(id)); });
    connect(m_drivers, &CompactTableView::rowActivated, this,
            [this](int row) { Q_EMIT drillDownRequested(m_service->drillDownForDriver(row)); });
    return panel;
}

DashboardPanel *DashboardPage::createBreakdownPanel()
{
    auto *panel = new DashboardPanel(tr("Breakdown"), this);
    m_breakdownBy = new QComboBox(panel);
    m_breakdownBy->setObjectName(QStringLiteral("breakdownCombo"));
    for (Dimension d : FilterPopup::dimensions())
        m_breakdownBy->addItem(dimensionLabel(d), static_cast<int>(d));
    m_breakdownBy->setCurrentIndex(m_breakdownBy->findData(static_cast<int>(m_service->breakdownDimension())));
    panel->addHeaderWidget(caption(tr("&By:"), m_breakdownBy, panel));
    panel->addHeaderWidget(m_breakdownBy);

    m_breakdown = new CompactTableView(panel);
    m_breakdown->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdown->setAccessibleName(tr("Breakdown of spend"));
    m_breakdown->setModel(m_service->breakdown());
    m_breakdown->setItemDelegate(new DashboardItemDelegate(m_breakdown));
    m_breakdown->setMinimumRows(3);
    QHeaderView *h = m_breakdown->horizontalHeader();
    h->setSectionResizeMode(itemmodels::BreakdownModel::ValueColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(itemmodels::BreakdownModel::CostColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(itemmodels::BreakdownModel::ShareColumn, QHeaderView::Fixed);
    h->resizeSection(itemmodels::BreakdownModel::ShareColumn, 170);
    panel->body()->addWidget(m_breakdown);
    panel->body()->addStretch(1);

    connect(m_breakdownBy, &QComboBox::currentIndexChanged, this, [this] {
        m_service->setBreakdownDimension(static_cast<Dimension>(m_breakdownBy->currentData().toInt()));
    });
    connect(m_breakdown, &CompactTableView::rowActivated, this,
            [this](int row) { Q_EMIT drillDownRequested(m_service->drillDownForBreakdown(row)); });
    return panel;
}

DashboardPanel *DashboardPage::createSplitPanel()
{
    auto *panel = new DashboardPanel(tr("Cost split"), this);
    panel->setSubtitle(tr("Input kinds never overlap, so the four parts add up to the spend exactly."));
    m_split = new CostSplitBar(m_service->costSplit(), panel);
    panel->body()->addWidget(m_split);
    panel->body()->addStretch(1);
    return panel;
}

DashboardPanel *DashboardPage::createBilledPanel()
{
    auto *panel = m_billedPanel = new DashboardPanel(tr("Computed vs billed"), this);
    panel->setSubtitle(tr("Over the records whose source reports a cost."));
    auto *table = m_billedTable = new CompactTableView(panel);
    table->setObjectName(QStringLiteral("billedTable"));
    table->setAccessibleName(tr("Computed vs billed cost per provider"));
    table->setModel(m_service->computedVsBilled());
    table->setItemDelegate(new DashboardItemDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->viewport()->setCursor(Qt::ArrowCursor);
    m_billedEmpty = new QLabel(tr("No billed cost reported for this period."), panel);
    m_billedEmpty->setObjectName(QStringLiteral("billedEmpty"));
    m_billedEmpty->setAlignment(Qt::AlignCenter);
    m_billedEmpty->setMinimumHeight(48);
    mutedLabel(m_billedEmpty);
    m_billedNote = new QLabel(panel);
    m_billedNote->setObjectName(QStringLiteral("billedNote"));
    mutedLabel(m_billedNote);
    panel->body()->addWidget(table);
    panel->body()->addWidget(m_billedEmpty);
    panel->body()->addWidget(m_billedNote);
    panel->body()->addStretch(1);
    return panel;
}

KpiCard *DashboardPage::kpiCard(int row) const
{
    return m_cards.value(row);
}

void DashboardPage::updateFromService()
{
    m_content->setCurrentIndex(m_service->hasData() ? 0 : 1);
    const query::DashboardSnapshot &snapshot = m_service->snapshot();
    const bool outside = snapshot.hasData && !snapshot.range.isEmpty()
                         && (snapshot.range.last < snapshot.period.from || snapshot.range.first > snapshot.period.to);
    if (outside) {
        const QLocale locale;
        m_outsideData->setText(tr("No usage in this period. The data in this database runs from %1 to %2.")
                                   .arg(locale.toString(snapshot.range.first, QLocale::ShortFormat),
                                        locale.toString(snapshot.range.last, QLocale::ShortFormat)));
    }
    m_outsideData->setVisible(outside);
    m_chips->setFilter(m_service->filter());
    const bool hourOk = m_service->period().days() <= query::kMaxHourlyDays;
    m_hourButton->setEnabled(hourOk);
    m_hourButton->setToolTip(hourOk ? tr("One bar per hour (UTC)")
                                    : tr("Hourly bars are available for periods of up to %1 days.")
                                          .arg(query::kMaxHourlyDays));
    const auto shown = m_service->snapshot().granularity;
    if (QAbstractButton *b = m_granularity->button(int(shown)))
        b->setChecked(true);
    const bool billed = m_service->computedVsBilled()->rowCount() > 0;
    m_billedTable->setVisible(billed);
    // The list-price column only when a provider reports list prices beside billed amounts.
    m_billedTable->setColumnHidden(itemmodels::ComputedVsBilledModel::ListColumn,
                                   !m_service->computedVsBilled()->hasListPrices());
    m_billedEmpty->setVisible(!billed);
    // Name the sources: a log's cost (LiteLLM's spend) is its estimate, a billing API's a bill.
    const QString sources = query::provenancePhrase(snapshot.provenance.all);
    m_billedPanel->setSubtitle(sources.isEmpty()
                                   ? tr("Over the records whose source reports a cost.")
                                   : tr("Over the records whose source reports a cost: %1.").arg(sources));
    m_billedNote->setText(m_service->computedVsBilled()->note());
    m_billedNote->setVisible(billed && !m_billedNote->text().isEmpty());
}

void DashboardPage::updateCurrencyNote()
{
    const DisplayCurrency &c = m_service->displayCurrency();
    m_currencyNote->setText(c.isUsd() ? QString()
                                      : tr("Amounts in %1: %2. Tooltips give the exact USD amounts.")
                                            .arg(c.code(), c.rateNote(QLocale())));
    m_currencyNote->setVisible(!c.isUsd());
}

void DashboardPage::chooseCurrency()
{
    CurrencyDialog dialog(m_service->displayCurrency(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    dialog.currency().save(settings);
    m_service->setDisplayCurrency(dialog.currency());
}

} // namespace tl::ui
