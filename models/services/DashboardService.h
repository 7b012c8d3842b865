#pragma once

#include "domain/Dimension.h"
#include "itemmodels/BreakdownModel.h"
#include "itemmodels/ComputedVsBilledModel.h"
#include "itemmodels/CostSplitModel.h"
#include "itemmodels/KpiModel.h"
#include "itemmodels/SpendOverTimeModel.h"
#include "itemmodels/TopDriversModel.h"
#include "money/DisplayCurrency.h"
#include "query/DashboardSnapshot.h"
#include "query/Period.h"
#include "query/UsageFilter.h"

#include <QObject>

#include <memory>

namespace tl::store {
class Database;
}

namespace tl::services {

class DashboardWorker;

// Owns the dashboard's state (period, filters, stacking, display currency) and the item
// models the views show. Runs the queries (rollups only); views only read the models and call
// the setters.
//
// Every setter refreshes. By default synchronously, so that the models hold the new figures
// when the setter returns. The page switches to Auto: refreshes that read many rollup rows run
// in the background on the worker's own connection, and a newer request supersedes an older
// one; `busyChanged` tells when one is running.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    enum class RefreshMode
    {
        Synchronous, // on the calling thread (default; tests)
        Background,  // always on the worker (file databases only)
        Auto,        // on the worker when a refresh reads more than kAutoBackgroundRows rows
    };
    static constexpr std::int64_t kAutoBackgroundRows = 20'000;

    explicit DashboardService(QObject *parent = nullptr);
    ~DashboardService() override;

    void setDatabase(store::Database *db); // not owned; nullptr clears the models
    store::Database *database() const { return m_db; }

    void setPeriodPreset(query::PeriodPreset preset);
    void setCustomRange(const QDate &from, const QDate &to); // switches to Custom
    query::PeriodPreset periodPreset() const { return m_request.preset; }
    QDate customFrom() const { return m_request.customFrom; }
    QDate customTo() const { return m_request.customTo; }
    void setStackDimension(Dimension d);
    Dimension stackDimension() const { return m_request.stackBy; }
    void setFilter(const query::UsageFilter &dimensionFilter); // dates inside are ignored
    const query::UsageFilter &filter() const { return m_request.filter; }
    void setGranularity(query::Granularity g); // Hour applies to periods of up to 14 days
    query::Granularity granularity() const { return m_request.granularity; }
    void setDriverDimension(Dimension d); // top drivers: model × team or model × tag
    Dimension driverDimension() const { return m_request.driverDimension; }
    void setBreakdownDimension(Dimension d);
    Dimension breakdownDimension() const { return m_request.breakdownDimension; }
    void setDisplayCurrency(const DisplayCurrency &currency); // no re-query
    const DisplayCurrency &displayCurrency() const { return m_currency; }

    void setRefreshMode(RefreshMode mode);
    RefreshMode refreshMode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

    // "Today" for the presets; defaults to the current UTC date. Tests pin it.
    void setToday(const QDate &today);
    QDate today() const;

    const query::Period &period() const { return m_snapshot.period; }
    const query::UsageTotals &totals() const { return m_snapshot.current; }
    bool hasData() const { return m_snapshot.hasData; }
    const query::DashboardSnapshot &snapshot() const { return m_snapshot; }

    // Values of a dimension for the filter picker, sorted (reads the dimension table only).
    QStringList dimensionValues(Dimension d) const;

    itemmodels::KpiModel *kpis() const { return m_kpis; }
    itemmodels::SpendOverTimeModel *spendOverTime() const { return m_spend; }
    itemmodels::TopDriversModel *topDrivers() const { return m_drivers; }
    itemmodels::BreakdownModel *breakdown() const { return m_breakdown; }
    itemmodels::CostSplitModel *costSplit() const { return m_costSplit; }
    itemmodels::ComputedVsBilledModel *computedVsBilled() const { return m_billed; }

    // Filters for drilling down from what is shown: the dashboard's dimension filters narrowed
    // to the clicked item. A bar segment: that series on that day; a series (legend entry):
    // that series over the period; a top driver: its model and team/tag; a breakdown row: its
    // value(s). "Other" stands for all the values summed into it.
    query::UsageFilter drillDownForBar(int column, int row) const;
    query::UsageFilter drillDownForSeries(int column) const;
    query::UsageFilter drillDownForDriver(int row) const;
    query::UsageFilter drillDownForBreakdown(int row) const;

    // Re-runs every query for the current state (see RefreshMode).
    void refresh();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);
    void busyChanged(bool busy);
    void displayCurrencyChanged();
    // The period was chosen (a preset or a custom range); AppServices shares it with Explore.
    void periodChosen();

private:
    bool runsInBackground() const;
    void publish(query::DashboardSnapshot snapshot);
    void onWorkerFinished(quint64 generation, const query::DashboardSnapshot &snapshot);
    void onWorkerFailed(quint64 generation, const QString &message);
    void setBusy(bool busy);
    void probeDatabase();
    query::UsageFilter narrowed(Dimension d, const QStringList &values, const QDate &from, const QDate &to) const;

    store::Database *m_db = nullptr;
    query::DashboardRequest m_request;
    QDate m_today;
    DisplayCurrency m_currency;
    RefreshMode m_mode = RefreshMode::Synchronous;
    query::DashboardSnapshot m_snapshot;
    query::DataRange m_range;         // of the database, for estimating the work of a refresh
    std::int64_t m_rowsPerDay = 0;    // rollup rows per day, likewise
    quint64 m_generation = 0;
    bool m_busy = false;
    DashboardWorker *m_worker;
    itemmodels::KpiModel *m_kpis;
    itemmodels::SpendOverTimeModel *m_spend;
    itemmodels::TopDriversModel *m_drivers;
    itemmodels::BreakdownModel *m_breakdown;
    itemmodels::CostSplitModel *m_costSplit;
    itemmodels::ComputedVsBilledModel *m_billed;
};

} // namespace tl::services
