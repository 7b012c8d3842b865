#pragma once

#include "ingest/RecordReader.h"
#include "store/FactStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::itemmodels {

// Every import_batch, newest first: file imports and API syncs alike.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Source, File, Status, Read, Imported, Duplicates, Rejected, ColumnCount };
    static constexpr int BatchIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setBatches(QList<store::ImportBatch> batches);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<store::ImportBatch> m_batches;
};

// The problems (rejected records) of one import: line, field, reason.
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Field, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setProblems(QList<ingest::ReadProblem> problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<ingest::ReadProblem> m_problems;
};

} // namespace tl::itemmodels
