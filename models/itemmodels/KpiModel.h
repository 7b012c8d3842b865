#pragma once

#include "query/KpiFigures.h"

#include <QAbstractListModel>

namespace tl::itemmodels {

// The dashboard's KPI cards as a list model: one row per query::KpiFigures::Row, with the
// roles KpiFigures describes (DisplayRole, TitleRole, DetailRole, ToolTipRole, RawValueRole,
// TrendRole). The figures and their texts come from KpiFigures; this class only tells views
// when they change.
class KpiModel : public QAbstractListModel, public query::KpiFigures
{
    Q_OBJECT
public:
    explicit KpiModel(QObject *parent = nullptr);

    void setSnapshot(const query::DashboardSnapshot &snapshot);
    void setCurrency(const DisplayCurrency &currency);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void changedAll();
};

} // namespace tl::itemmodels
