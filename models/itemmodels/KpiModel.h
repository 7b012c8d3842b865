#pragma once

#include "money/Money.h"
#include "query/Period.h"
#include "query/UsageQueries.h"

#include <QAbstractListModel>

#include <optional>

namespace tl::itemmodels {

// The dashboard's KPI cards as a list model: one row per KPI.
// DisplayRole: the formatted value; TitleRole: the card title; DetailRole: a short line under
// the value; ToolTipRole: how the figure was computed, with exact values.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Row { Spend = 0, Change, CostPer1kRequests, RowCount };
    enum Roles
    {
        TitleRole = Qt::UserRole + 1,
        DetailRole,
        RawValueRole, // the exact figure: Money as a decimal string, a ratio as double
        TrendRole,    // -1 down, 0 flat/unknown, +1 up (spend going up is bad)
    };

    explicit KpiModel(QObject *parent = nullptr);

    void setFigures(const query::Period &period, const query::UsageTotals &current,
                    const query::UsageTotals &previous);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Money spend() const { return m_current.cost.total(); }
    std::optional<double> changeRatio() const;

private:
    bool m_hasData = false;
    query::Period m_period;
    query::UsageTotals m_current;
    query::UsageTotals m_previous;
};

} // namespace tl::itemmodels
