#include "services/DashboardService.h"

#include "budgets/MonthEndForecast.h"
#include "services/DashboardWorker.h"
#include "query/DashboardQueries.h"
#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QDateTime>

namespace tl::services {

DashboardService::DashboardService(QObject *parent)
    : QObject(parent), m_worker(new DashboardWorker(this)), m_kpis(new itemmodels::KpiModel(this)),
      m_spend(new itemmodels::SpendOverTimeModel(this)), m_drivers(new itemmodels::TopDriversModel(this)),
      m_breakdown(new itemmodels::BreakdownModel(this)), m_costSplit(new itemmodels::CostSplitModel(this)),
      m_billed(new itemmodels::ComputedVsBilledModel(this))
{
    connect(m_worker, &DashboardWorker::finished, this, &DashboardService::onWorkerFinished);
    connect(m_worker, &DashboardWorker::failed, this, &DashboardService::onWorkerFailed);
}

DashboardService::~DashboardService() = default;

void DashboardService::setDatabase(store::Database *db)
{
    m_db = db;
    m_worker->setDatabasePath(db && db->path() != u":memory:" ? db->path() : QString());
    probeDatabase();
    refresh();
}

void DashboardService::probeDatabase()
{
    m_range = {};
    m_rowsPerDay = 0;
    if (!m_db)
        return;
    query::UsageQueries queries(*m_db);
    if (auto range = queries.dataRange())
        m_range = *range;
    if (auto rows = query::DashboardQueries(queries).rollupRowsPerDay())
        m_rowsPerDay = *rows;
}

void DashboardService::setPeriodPreset(query::PeriodPreset preset)
{
    m_request.preset = preset;
    refresh();
    Q_EMIT periodChosen();
}

void DashboardService::setCustomRange(const QDate &from, const QDate &to)
{
    m_request.preset = query::PeriodPreset::Custom;
    m_request.customFrom = from;
    m_request.customTo = to;
    refresh();
    Q_EMIT periodChosen();
}

void DashboardService::setStackDimension(Dimension d)
{
    m_request.stackBy = d;
    refresh();
}

void DashboardService::setFilter(const query::UsageFilter &dimensionFilter)
{
    m_request.filter = {};
    for (auto it = dimensionFilter.equals.constBegin(); it != dimensionFilter.equals.constEnd(); ++it)
        if (!it.value().isEmpty())
            m_request.filter.equals.insert(it.key(), it.value());
    refresh();
}

void DashboardService::setGranularity(query::Granularity g)
{
    m_request.granularity = g;
    refresh();
}

void DashboardService::setDriverDimension(Dimension d)
{
    m_request.driverDimension = d;
    refresh();
}

void DashboardService::setBreakdownDimension(Dimension d)
{
    m_request.breakdownDimension = d;
    refresh();
}

void DashboardService::setDisplayCurrency(const DisplayCurrency &currency)
{
    m_currency = currency;
    m_kpis->setCurrency(currency);
    m_spend->setCurrency(currency);
    m_drivers->setCurrency(currency);
    m_breakdown->setCurrency(currency);
    m_costSplit->setCurrency(currency);
    m_billed->setCurrency(currency);
    Q_EMIT displayCurrencyChanged();
}

void DashboardService::setRefreshMode(RefreshMode mode)
{
    m_mode = mode;
}

void DashboardService::setToday(const QDate &today)
{
    m_today = today;
}

QDate DashboardService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

QStringList DashboardService::dimensionValues(Dimension d) const
{
    if (!m_db)
        return {};
    query::UsageQueries queries(*m_db);
    auto values = queries.dimensionValues(d);
    return values ? *values : QStringList();
}

bool DashboardService::runsInBackground() const
{
    if (!m_db || m_db->path() == u":memory:" || m_mode == RefreshMode::Synchronous)
        return false;
    if (m_mode == RefreshMode::Background)
        return true;
    // Auto: estimate the rollup rows the refresh reads — the period and the previous one, a
    // month for the forecast, 24 × for hourly bars — from the rows of the last day.
    const query::Period p = query::resolvePeriod(m_request.preset, today(), m_range.first, m_range.last,
                                                 m_request.customFrom, m_request.customTo);
    const bool hourly = query::effectiveGranularity(m_request.granularity, p) == query::Granularity::Hour;
    const std::int64_t days = 2LL * p.days() + 31 + (hourly ? 24LL * p.days() : 0);
    return m_rowsPerDay * days >= kAutoBackgroundRows;
}

void DashboardService::refresh()
{
    const quint64 generation = ++m_generation; // supersedes whatever is still running
    if (!m_db) {
        query::DashboardSnapshot empty;
        empty.request = m_request;
        publish(std::move(empty));
        return;
    }
    m_request.today = today();
    if (runsInBackground()) {
        m_worker->submit(m_request, generation);
        setBusy(true);
        return;
    }
    auto snapshot = budgets::computeDashboardWithForecast(*m_db, m_request);
    if (!snapshot) {
        Q_EMIT errorOccurred(snapshot.errorMessage());
        return;
    }
    publish(std::move(snapshot).value());
}

void DashboardService::onWorkerFinished(quint64 generation, const query::DashboardSnapshot &snapshot)
{
    if (generation == m_generation)
        publish(snapshot);
    setBusy(m_worker->isBusy());
}

void DashboardService::onWorkerFailed(quint64 generation, const QString &message)
{
    if (generation == m_generation)
        Q_EMIT errorOccurred(message);
    setBusy(m_worker->isBusy());
}

void DashboardService::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void DashboardService::publish(query::DashboardSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    if (m_db) {
        m_range = m_snapshot.range;
        m_rowsPerDay = m_snapshot.rollupRowsPerDay;
    }
    const Money total = m_snapshot.current.cost.total();
    m_kpis->setSnapshot(m_snapshot);
    m_spend->setSeries(m_snapshot.series);
    m_drivers->setDrivers(m_snapshot.drivers, m_snapshot.request.driverDimension, total);
    m_breakdown->setRows(m_snapshot.breakdown, m_snapshot.request.breakdownDimension, total);
    m_costSplit->setCost(m_snapshot.current.cost, m_snapshot.current.unpricedFacts, m_snapshot.current.facts,
                         m_snapshot.current.unpricedUnits);
    m_billed->setProviders(m_snapshot.providers, m_snapshot.listPriceByProvider);
    m_billed->setProvenance(m_snapshot.provenance.byProvider);
    Q_EMIT refreshed();
}

query::UsageFilter DashboardService::narrowed(Dimension d, const QStringList &values, const QDate &from,
                                              const QDate &to) const
{
    query::UsageFilter f;
    f.equals = m_snapshot.request.filter.equals;
    f.from = from;
    f.to = to;
    if (!values.isEmpty())
        f.equals.insert(d, values);
    return f;
}

query::UsageFilter DashboardService::drillDownForBar(int column, int row) const
{
    const QDate day = m_spend->bucketDay(row);
    return narrowed(m_snapshot.request.stackBy, m_spend->seriesFilterValues(column), day, day);
}

query::UsageFilter DashboardService::drillDownForSeries(int column) const
{
    return narrowed(m_snapshot.request.stackBy, m_spend->seriesFilterValues(column), m_snapshot.period.from,
                    m_snapshot.period.to);
}

query::UsageFilter DashboardService::drillDownForDriver(int row) const
{
    const auto &rows = m_drivers->drivers();
    if (row < 0 || row >= rows.size())
        return narrowed(Dimension::Model, {}, m_snapshot.period.from, m_snapshot.period.to);
    query::UsageFilter f = narrowed(Dimension::Model, {rows[row].model}, m_snapshot.period.from, m_snapshot.period.to);
    f.equals.insert(m_drivers->otherDimension(), {rows[row].other});
    return f;
}

query::UsageFilter DashboardService::drillDownForBreakdown(int row) const
{
    return narrowed(m_breakdown->dimension(), m_breakdown->filterValues(row), m_snapshot.period.from,
                    m_snapshot.period.to);
}

} // namespace tl::services
