#include "itemmodels/ConnectionsModel.h"

#include <QDateTime>
#include <QLocale>

namespace tl::itemmodels {

ConnectionsModel::ConnectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConnectionsModel::setConnections(const QList<providers::Connection> &connections)
{
    beginResetModel();
    m_rows = connections;
    endResetModel();
}

const providers::Connection *ConnectionsModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConnectionsModel::rowOf(std::int64_t id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const providers::Connection &c = m_rows[index.row()];
    if (role == ConnectionIdRole)
        return QVariant::fromValue<qint64>(c.id);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Provider:
            return providers::providerDisplayName(c.provider);
        case BaseUrl:
            return c.baseUrl;
        case Filters:
            return c.filterSummary().isEmpty() ? tr("all") : c.filterSummary();
        case LastSync:
            if (!c.lastSyncAt)
                return tr("never");
            return tr("%1 (%2)").arg(
                locale.toString(QDateTime::fromSecsSinceEpoch(*c.lastSyncAt), QLocale::ShortFormat),
                c.lastStatus == u"done"        ? tr("done")
                : c.lastStatus == u"cancelled" ? tr("cancelled")
                                               : tr("failed"));
        case Rows:
            if (!c.lastSyncAt)
                return QString();
            return tr("%1 new · %2 replaced · %3 unchanged")
                .arg(locale.toString(static_cast<qlonglong>(c.lastInserted)),
                     locale.toString(static_cast<qlonglong>(c.lastReplaced)),
                     locale.toString(static_cast<qlonglong>(c.lastUnchanged)));
        case LastError:
            return c.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastError && !c.lastError.isEmpty())
            return c.lastError;
        if (index.column() == LastSync && c.watermark)
            return tr("Complete up to %1 (UTC); the next sync re-reads a few days before that.")
                .arg(QDateTime::fromSecsSinceEpoch(*c.watermark, Qt::UTC)
                         .date()
                         .toString(Qt::ISODate));
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Provider:
        return tr("Provider");
    case BaseUrl:
        return tr("Base URL");
    case Filters:
        return tr("Filters");
    case LastSync:
        return tr("Last sync");
    case Rows:
        return tr("Records");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace tl::itemmodels
