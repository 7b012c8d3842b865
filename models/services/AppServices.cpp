#include "services/AppServices.h"

#include "itemmodels/ExplorerModel.h"
#include "itemmodels/LeverResultModel.h"
#include "itemmodels/OpportunityModel.h"
#include "itemmodels/WhatIfKpiModel.h"
#include "providers/CredentialStore.h"
#include "services/BudgetService.h"
#include "services/DashboardService.h"
#include "services/ExplorerService.h"
#include "services/ImportService.h"
#include "services/LedgerSubscriptionService.h"
#include "services/CatalogUpdateService.h"
#include "services/PricesService.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/SyncService.h"
#include "services/WhatIfService.h"

namespace tl::services {

AppServices::AppServices(Session &session, std::shared_ptr<providers::CredentialStore> credentials,
                         QObject *parent)
    : QObject(parent), m_session(session), m_dashboard(new DashboardService(this)),
      m_explorer(new ExplorerService(this)), m_prices(new PricesService(this)),
      m_catalogUpdates(new CatalogUpdateService(m_prices, this)),
      m_imports(new ImportService(this)), m_budgets(new BudgetService(this)),
      m_sync(new SyncService(credentials, this)),
      m_ledger(new LedgerSubscriptionService(std::move(credentials), this)), m_whatIf(new WhatIfService(this)),
      m_savings(new SavingsService(this))
{
    // Budgets are evaluated on a worker, on a timer and after every change of the usage.
    m_budgets->setMode(BudgetService::Mode::Background);
    m_savings->setMode(SavingsService::Mode::Background);

    connect(&m_session, &Session::databaseChanged, this, &AppServices::useCurrentDatabase);
    // One display currency for every page: Explore, What-if and Savings show amounts as the
    // dashboard does (their exact values and exports stay in USD).
    connect(m_dashboard, &DashboardService::displayCurrencyChanged, this, &AppServices::applyDisplayCurrency);
    connect(m_dashboard, &DashboardService::periodChosen, this, [this] { sharePeriod(true); });
    connect(m_explorer, &ExplorerService::periodChosen, this, [this] { sharePeriod(false); });
    applyDisplayCurrency();
    connect(m_prices, &PricesService::repriceFinished, this, [this](bool ok) {
        if (ok)
            onUsageChanged();
    });
    connect(m_imports, &ImportService::importFinished, this, &AppServices::onUsageChanged);
    connect(m_imports, &ImportService::undoFinished, this, &AppServices::onUsageChanged);
    connect(m_sync, &SyncService::syncFinished, this, [this](const QString &, bool ok, const QString &) {
        m_imports->reloadHistory(); // every sync is a row of the import history
        if (ok)
            onUsageChanged();
    });
    connect(m_ledger, &LedgerSubscriptionService::stateChanged, this,
            [this] { m_budgets->budgetList()->setLedgerUrl(m_ledger->url()); });
    connect(m_ledger, &LedgerSubscriptionService::pullFinished, this, [this](bool ok, bool changed, const QString &) {
        if (ok && changed) {
            m_imports->reloadHistory(); // the pulls are rows of the import history
            (void)m_prices->reload();   // the team ledger's prices may have changed
            onUsageChanged();
        }
    });
    useCurrentDatabase();
}

AppServices::~AppServices() = default;

std::shared_ptr<providers::CredentialStore> AppServices::systemKeychain()
{
    return std::make_shared<providers::KeychainCredentialStore>(QStringLiteral("TokenLedger"), 60000);
}

void AppServices::useCurrentDatabase()
{
    store::Database *db = m_session.database();
    m_dashboard->setDatabase(db);
    m_explorer->setDatabase(db);
    m_imports->setDatabase(db);
    m_prices->setDatabase(db);
    m_budgets->setDatabase(db);
    m_sync->setDatabase(db);
    m_ledger->setDatabase(db);
    m_budgets->budgetList()->setLedgerUrl(m_ledger->url());
    m_whatIf->setDatabase(db);
    m_savings->setDatabase(db);
}

void AppServices::sharePeriod(bool fromDashboard)
{
    // One period for Dashboard and Explore: what the analyst chooses on one page, the other
    // shows too (docs/user-guide.md, "One period for Dashboard and Explore").
    if (m_sharingPeriod)
        return;
    const query::PeriodPreset preset = fromDashboard ? m_dashboard->periodPreset() : m_explorer->periodPreset();
    const QDate from = fromDashboard ? m_dashboard->customFrom() : m_explorer->customFrom();
    const QDate to = fromDashboard ? m_dashboard->customTo() : m_explorer->customTo();
    const bool custom = preset == query::PeriodPreset::Custom;
    const bool same = fromDashboard
                          ? m_explorer->periodPreset() == preset
                                && (!custom || (m_explorer->customFrom() == from && m_explorer->customTo() == to))
                          : m_dashboard->periodPreset() == preset
                                && (!custom || (m_dashboard->customFrom() == from && m_dashboard->customTo() == to));
    if (same)
        return;
    m_sharingPeriod = true;
    if (fromDashboard)
        custom ? m_explorer->setCustomRange(from, to) : m_explorer->setPeriodPreset(preset);
    else
        custom ? m_dashboard->setCustomRange(from, to) : m_dashboard->setPeriodPreset(preset);
    m_sharingPeriod = false;
}

void AppServices::applyDisplayCurrency()
{
    const DisplayCurrency &currency = m_dashboard->displayCurrency();
    m_explorer->model()->setCurrency(currency);
    m_whatIf->leverResults()->setCurrency(currency);
    m_whatIf->kpis()->setCurrency(currency);
    m_whatIf->comparison()->setCurrency(currency);
    m_whatIf->setCurrency(currency);
    m_savings->opportunities()->setCurrency(currency);
}

void AppServices::onUsageChanged()
{
    m_dashboard->refresh();
    m_explorer->refresh();
    m_budgets->evaluateNow();
    if (m_savings->report())
        m_savings->refresh();
    Q_EMIT usageChanged();
}

} // namespace tl::services
