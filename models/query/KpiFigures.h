#pragma once

#include "money/DisplayCurrency.h"
#include "money/Money.h"
#include "query/DashboardSnapshot.h"
#include "query/Period.h"
#include "query/UsageQueries.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace tl::query {

// The dashboard's key figures from one refresh, as the texts a card (or a report line) shows:
// for each row, Qt::DisplayRole is the formatted value (in the display currency); TitleRole
// the card title; DetailRole a short line under the value; Qt::ToolTipRole how the figure was
// computed, with exact values in USD; RawValueRole the exact figure, always in USD. Plain
// data: itemmodels::KpiModel presents it as a list model, the report reads it directly.
class KpiFigures
{
    Q_DECLARE_TR_FUNCTIONS(tl::KpiFigures)
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

    // Every row from one dashboard refresh.
    void setSnapshot(const DashboardSnapshot &snapshot);
    void setCurrency(const DisplayCurrency &currency);
    const DisplayCurrency &currency() const { return m_currency; }
    void clear();

    // The value of `row` (a Row) for `role`; an invalid QVariant for unknown rows and roles.
    QVariant value(int row, int role) const;

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

    bool m_hasData = false;
    Period m_period;
    UsageTotals m_current;
    UsageTotals m_previous;
    Money m_batchCost;
    query::CacheSavings m_cacheSavings;
    query::BatchSavings m_batchSavings;
    bool m_periodContainsToday = false;
    MonthForecast m_forecast;
    Provenance m_provenance;
    DisplayCurrency m_currency;
};

} // namespace tl::query
