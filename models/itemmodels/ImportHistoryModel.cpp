#include "itemmodels/ImportHistoryModel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace tl::itemmodels {

void ImportHistoryModel::setBatches(QList<store::ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    std::sort(m_batches.begin(), m_batches.end(),
              [](const store::ImportBatch &a, const store::ImportBatch &b) { return a.id > b.id; });
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString statusText(const QString &status)
{
    if (status == u"done")
        return ImportHistoryModel::tr("imported");
    if (status == u"undone")
        return ImportHistoryModel::tr("undone");
    if (status == u"running")
        return ImportHistoryModel::tr("running");
    if (status == u"failed")
        return ImportHistoryModel::tr("failed");
    if (status == u"cancelled")
        return ImportHistoryModel::tr("cancelled");
    return status;
}
} // namespace

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const store::ImportBatch &b = m_batches[index.row()];
    if (role == BatchIdRole)
        return QVariant::fromValue<qlonglong>(b.id);
    if (role == StatusRole)
        return b.status;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started:
            return QDateTime::fromSecsSinceEpoch(b.startedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Source: return b.source;
        case File: return b.file.contains(u'/') ? QFileInfo(b.file).fileName() : b.file;
        case Status: return statusText(b.status);
        case Read: return locale.toString(qlonglong(b.recordsRead));
        case Imported: return locale.toString(qlonglong(b.imported));
        case Duplicates: return locale.toString(qlonglong(b.duplicates));
        case Rejected: return locale.toString(qlonglong(b.rejected));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == File)
        return b.message.isEmpty() ? b.file : b.file + u"\n" + b.message;
    if (role == Qt::TextAlignmentRole && index.column() >= Read)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Time");
    case Source: return tr("Source");
    case File: return tr("File");
    case Status: return tr("Status");
    case Read: return tr("Read");
    case Imported: return tr("Imported");
    case Duplicates: return tr("Duplicates");
    case Rejected: return tr("Rejected");
    default: return {};
    }
}

void ImportProblemsModel::setProblems(QList<ingest::ReadProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ingest::ReadProblem &p = m_problems[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line: return QVariant::fromValue<qlonglong>(p.line);
        case Field: return p.field;
        case Reason: return p.reason;
        default: return {};
        }
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Field: return tr("Field");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace tl::itemmodels
