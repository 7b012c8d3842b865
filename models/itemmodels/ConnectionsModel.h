#pragma once

#include "providers/Connection.h"

#include <QAbstractTableModel>

namespace tl::itemmodels {

// Provider connections for the Sources page: name, provider, base URL, filters, last sync,
// rows of the last sync and its error. ConnectionIdRole gives the connection id.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name = 0,
        Provider,
        BaseUrl,
        Filters,
        LastSync,
        Rows,
        LastError,
        ColumnCount
    };
    enum Roles
    {
        ConnectionIdRole = Qt::UserRole
    };

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setConnections(const QList<providers::Connection> &connections);
    const providers::Connection *connectionAt(int row) const;
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<providers::Connection> m_rows;
};

} // namespace tl::itemmodels
