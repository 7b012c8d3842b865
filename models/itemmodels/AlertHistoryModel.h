#pragma once

#include "budgets/Alert.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace tl::itemmodels {

// The alert history, newest first: time, budget, kind, figures and state (new, snoozed,
// acknowledged).
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        BudgetColumn,
        KindColumn,
        FiguresColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1,
        BudgetIdRole,
        AcknowledgedRole,
        ActiveRole /* neither acknowledged nor snoozed */
    };

    explicit AlertHistoryModel(QObject *parent = nullptr);

    // `format` formats a USD amount in the currency of the alert's budget.
    void setAlerts(const QList<budgets::Alert> &alerts, const QDateTime &now,
                   const std::function<QString(std::int64_t budgetId, Money usd)> &format);
    const QList<budgets::Alert> &alerts() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString stateText(const budgets::Alert &a) const;

    QList<budgets::Alert> m_rows;
    QStringList m_figures;
    QDateTime m_now;
};

} // namespace tl::itemmodels
