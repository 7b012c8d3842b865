#include "itemmodels/AlertHistoryModel.h"

#include <QLocale>

namespace tl::itemmodels {

using budgets::Alert;

AlertHistoryModel::AlertHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertHistoryModel::setAlerts(const QList<Alert> &alerts, const QDateTime &now,
                                  const std::function<QString(std::int64_t, Money)> &format)
{
    beginResetModel();
    m_rows = alerts;
    m_now = now;
    m_figures.clear();
    for (const Alert &a : m_rows)
        m_figures << a.summary([&](Money usd) { return format(a.budgetId, usd); });
    endResetModel();
}

QString AlertHistoryModel::stateText(const Alert &a) const
{
    if (a.isAcknowledged())
        return tr("Acknowledged");
    if (a.isSnoozedAt(m_now))
        return tr("Snoozed until %1")
            .arg(QLocale().toString(a.snoozedUntil.toLocalTime(), QLocale::ShortFormat));
    return tr("New");
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Alert &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat);
        case BudgetColumn:
            return a.budgetName;
        case KindColumn:
            return a.kind == budgets::AlertKind::Spike
                       ? budgets::alertKindLabel(a.kind)
                       : tr("%1 ≥ %2 %").arg(budgets::alertKindLabel(a.kind)).arg(a.threshold);
        case FiguresColumn:
            return m_figures.value(index.row());
        case StateColumn:
            return stateText(a);
        default:
            return {};
        }
    case AlertIdRole:
        return qlonglong(a.id);
    case BudgetIdRole:
        return qlonglong(a.budgetId);
    case AcknowledgedRole:
        return a.isAcknowledged();
    case ActiveRole:
        return !a.isAcknowledged() && !a.isSnoozedAt(m_now);
    default:
        return {};
    }
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BudgetColumn:
        return tr("Budget");
    case KindColumn:
        return tr("Alert");
    case FiguresColumn:
        return tr("Figures");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace tl::itemmodels
