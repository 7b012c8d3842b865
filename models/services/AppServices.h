#pragma once

#include <QObject>

#include <memory>

namespace tl::providers {
class CredentialStore;
}

namespace tl::services {

class BudgetService;
class CatalogUpdateService;
class DashboardService;
class ExplorerService;
class ImportService;
class LedgerSubscriptionService;
class PricesService;
class Session;
class SyncService;
class WhatIfService;
class SavingsService;

// The composition root of the desktop app: owns every use-case service, hands each one the
// session's database (again whenever another database is opened) and wires the services to
// each other, so that no service or view reaches for a global or opens a database itself.
// Views receive the services from here; the CLI calls the same use cases directly.
//
// What follows from what:
//   another database opened          → every service works on it
//   a re-price finished              → dashboard and explorer refresh, budgets re-evaluated
//   an import or undo finished       → dashboard and explorer refresh, budgets re-evaluated
//   a sync finished                  → import history reloaded; on success as after an import
//   a team-ledger pull brought data  → as after an import (the ledger's budgets came with it)
//   a period chosen on Dashboard     → Explore shows the same period, and the other way round
//                                      (a drill-down into Explore narrows Explore only)
class AppServices : public QObject
{
    Q_OBJECT
public:
    // `session` must outlive this object. `credentials` holds the billing-API keys (the
    // system keychain in the app, an in-memory store in tests).
    AppServices(Session &session, std::shared_ptr<providers::CredentialStore> credentials,
                QObject *parent = nullptr);
    ~AppServices() override;

    // The system keychain, with a minute to answer an unlock prompt.
    static std::shared_ptr<providers::CredentialStore> systemKeychain();

    Session &session() const { return m_session; }
    DashboardService *dashboard() const { return m_dashboard; }
    ExplorerService *explorer() const { return m_explorer; }
    PricesService *prices() const { return m_prices; }
    CatalogUpdateService *catalogUpdates() const { return m_catalogUpdates; }
    ImportService *imports() const { return m_imports; }
    BudgetService *budgets() const { return m_budgets; }
    SyncService *sync() const { return m_sync; }
    LedgerSubscriptionService *ledger() const { return m_ledger; }
    WhatIfService *whatIf() const { return m_whatIf; }
    SavingsService *savings() const { return m_savings; }

Q_SIGNALS:
    // The stored usage changed (import, undo, successful sync, ledger pull or re-price).
    void usageChanged();

private:
    void useCurrentDatabase();
    void onUsageChanged();
    void applyDisplayCurrency();
    void sharePeriod(bool fromDashboard);

    Session &m_session;
    DashboardService *m_dashboard;
    ExplorerService *m_explorer;
    PricesService *m_prices;
    CatalogUpdateService *m_catalogUpdates;
    ImportService *m_imports;
    BudgetService *m_budgets;
    SyncService *m_sync;
    LedgerSubscriptionService *m_ledger;
    WhatIfService *m_whatIf;
    SavingsService *m_savings;
    bool m_sharingPeriod = false;
};

} // namespace tl::services
