#pragma once

#include "domain/Dimension.h"
#include "itemmodels/KpiModel.h"
#include "itemmodels/SpendOverTimeModel.h"
#include "query/Period.h"
#include "query/UsageFilter.h"

#include <QObject>

#include <memory>

namespace tl::store {
class Database;
}

namespace tl::itemmodels {

// Owns the dashboard's state (period, filters, stacking) and the item models the views show.
// Runs the queries; views only read the models and call the setters.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(QObject *parent = nullptr);
    ~DashboardService() override;

    void setDatabase(store::Database *db); // not owned; nullptr clears the models
    store::Database *database() const { return m_db; }

    void setPeriodPreset(query::PeriodPreset preset);
    void setCustomRange(const QDate &from, const QDate &to); // switches to Custom
    query::PeriodPreset periodPreset() const { return m_preset; }
    void setStackDimension(Dimension d);
    Dimension stackDimension() const { return m_stackBy; }
    void setFilter(const query::UsageFilter &dimensionFilter); // dates inside are ignored
    void setGranularity(query::Granularity g);

    // "Today" for the presets; defaults to the current UTC date. Tests pin it.
    void setToday(const QDate &today);
    QDate today() const;

    const query::Period &period() const { return m_period; }
    const query::UsageTotals &totals() const { return m_totals; }
    bool hasData() const { return m_hasData; }

    KpiModel *kpis() const { return m_kpis; }
    SpendOverTimeModel *spendOverTime() const { return m_spend; }

    // Re-runs every query for the current state. Cheap: reads rollups only.
    void refresh();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);

private:
    store::Database *m_db = nullptr;
    query::PeriodPreset m_preset = query::PeriodPreset::Last30Days;
    QDate m_customFrom;
    QDate m_customTo;
    QDate m_today;
    Dimension m_stackBy = Dimension::Provider;
    query::Granularity m_granularity = query::Granularity::Day;
    query::UsageFilter m_filter;
    query::Period m_period;
    query::UsageTotals m_totals;
    bool m_hasData = false;
    KpiModel *m_kpis;
    SpendOverTimeModel *m_spend;
};

} // namespace tl::itemmodels
