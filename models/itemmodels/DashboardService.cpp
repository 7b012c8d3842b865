#include "itemmodels/DashboardService.h"

#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QDateTime>

namespace tl::itemmodels {

DashboardService::DashboardService(QObject *parent)
    : QObject(parent), m_kpis(new KpiModel(this)), m_spend(new SpendOverTimeModel(this))
{
}

DashboardService::~DashboardService() = default;

void DashboardService::setDatabase(store::Database *db)
{
    m_db = db;
    refresh();
}

void DashboardService::setPeriodPreset(query::PeriodPreset preset)
{
    m_preset = preset;
    refresh();
}

void DashboardService::setCustomRange(const QDate &from, const QDate &to)
{
    m_preset = query::PeriodPreset::Custom;
    m_customFrom = from;
    m_customTo = to;
    refresh();
}

void DashboardService::setStackDimension(Dimension d)
{
    m_stackBy = d;
    refresh();
}

void DashboardService::setFilter(const query::UsageFilter &dimensionFilter)
{
    m_filter.equals = dimensionFilter.equals;
    refresh();
}

void DashboardService::setGranularity(query::Granularity g)
{
    m_granularity = g;
    refresh();
}

void DashboardService::setToday(const QDate &today)
{
    m_today = today;
}

QDate DashboardService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

void DashboardService::refresh()
{
    if (!m_db) {
        m_hasData = false;
        m_totals = {};
        m_kpis->clear();
        m_spend->setSeries({});
        Q_EMIT refreshed();
        return;
    }
    query::UsageQueries queries(*m_db);
    auto range = queries.dataRange();
    if (!range) {
        Q_EMIT errorOccurred(range.errorMessage());
        return;
    }
    m_hasData = !range->isEmpty();
    m_period = query::resolvePeriod(m_preset, today(), range->first, range->last, m_customFrom,
                                    m_customTo);

    query::UsageFilter current = m_filter;
    current.from = m_period.from;
    current.to = m_period.to;
    query::UsageFilter previous = m_filter;
    previous.from = m_period.previousFrom;
    previous.to = m_period.previousTo;

    auto now = queries.summary(current);
    auto before = queries.summary(previous);
    auto series = queries.timeSeries(current, m_granularity, m_stackBy);
    if (!now || !before || !series) {
        Q_EMIT errorOccurred(!now ? now.errorMessage()
                                  : (!before ? before.errorMessage() : series.errorMessage()));
        return;
    }
    m_totals = now->totals;
    if (m_hasData)
        m_kpis->setFigures(m_period, now->totals, before->totals);
    else
        m_kpis->clear();
    m_spend->setSeries(std::move(series).value());
    Q_EMIT refreshed();
}

} // namespace tl::itemmodels
