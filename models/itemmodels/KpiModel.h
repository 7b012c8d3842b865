#pragma once

#include "money/DisplayCurrency.h"
#include "money/Money.h"
#include "query/DashboardSnapshot.h"
#include "query/Period.h"
#include "query/UsageQueries.h"

#include <QAbstractListModel>

#include <optional>

namespace tl::itemmodels {

// The dashboard's KPI cards as a list model: one row per KPI.
// DisplayRole: the formatted value (in the display currency); TitleRole: the card title;
// DetailRole: a short line under the value; ToolTipRole: how the figure was computed, with
// exact values in USD. RawValueRole is always in USD.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Row
    {
        Spend = 0,
        Change,
        CostPer1kRequests,
        MonthEndForecast,
        OutputShare,
        CacheSavings,
        BatchShare,
        RowCount
    };
    enum Roles
    {
        TitleRole = Qt::UserRole + 1,
        DetailRole,
        RawValueRole, // the exact figure: Money as a USD decimal string, a ratio as double
        TrendRole,    // -1 down, 0 flat/unknown, +1 up (spend going up is bad)
    };

    explicit KpiModel(QObject *parent = nullptr);

    // Every row from one dashboard refresh.
    void setSnapshot(const query::DashboardSnapshot &snapshot);
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Money spend() const { return m_current.cost.total(); }
    std::optional<double> changeRatio() const;
    std::optional<double> outputShare() const;
    std::optional<double> batchShare() const;

private:
    QVariant spendData(int role) const;
    QVariant changeData(int role) const;
    QVariant perRequestData(int role) const;
    QVariant forecastData(int role) const;
    QVariant outputShareData(int role) const;
    QVariant cacheSavingsData(int role) const;
    QVariant batchShareData(int role) const;
    QString money(Money usd, int decimals = 2) const;
    void changedAll();

    bool m_hasData = false;
    query::Period m_period;
    query::UsageTotals m_current;
    query::UsageTotals m_previous;
    Money m_batchCost;
    query::CacheSavings m_cacheSavings;
    bool m_periodContainsToday = false;
    query::MonthForecast m_forecast;
    DisplayCurrency m_currency;
};

} // namespace tl::itemmodels
