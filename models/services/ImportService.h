#pragma once

#include "core/BackgroundTask.h"
#include "core/Result.h"
#include "ingest/CsvMapping.h"
#include "ingest/ImportFormat.h"
#include "itemmodels/ImportHistoryModel.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>


namespace tl::store {
class Database;
}

namespace tl::services {

// The Sources page's file imports: runs imports and undos on a worker thread with its own
// database connection (progress and cancel), and keeps the import history and the problems
// of the selected import in item models.
class ImportService : public QObject
{
    Q_OBJECT
public:
    explicit ImportService(QObject *parent = nullptr);
    ~ImportService() override; // cancels a running job and waits for it

    void setDatabase(store::Database *db); // not owned
    store::Database *database() const { return m_db; }

    itemmodels::ImportHistoryModel *history() const { return m_history; }
    itemmodels::ImportProblemsModel *problems() const { return m_problems; }
    void reloadHistory();
    // Shows the problems of an import in problems(); on a read error they stay empty and the
    // error is returned.
    Status showProblems(qint64 batchId);

    QStringList mappingNames() const;
    Result<ingest::CsvMapping> mapping(const QString &name) const;
    Status saveMapping(const ingest::CsvMapping &mapping);

    bool isBusy() const;
    // Imports the files one after the other; format nullopt detects each file's format.
    bool startImport(const QStringList &files, std::optional<ingest::ImportFormat> format,
                     std::optional<ingest::CsvMapping> mapping = std::nullopt);
    void cancel();
    // Removes an import's records and subtracts them from the rollups.
    bool startUndo(qint64 batchId);

Q_SIGNALS:
    // bytes of the current file; records read so far in it; records per second.
    void importProgress(int fileIndex, int fileCount, const QString &file, qint64 bytesDone,
                        qint64 bytesTotal, qint64 records, double rate);
    // After every import run (ok = every file imported; some may have been imported even when
    // not ok). Views that show usage connect it to their refresh.
    void importFinished(bool ok, const QString &summary);
    void undoFinished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        bool changed = false;
        QString message;
        bool undo = false;
    };
    void onJobFinished(const Outcome &o);

    store::Database *m_db = nullptr;
    itemmodels::ImportHistoryModel *m_history;
    itemmodels::ImportProblemsModel *m_problems;
    BackgroundTask<Outcome> m_task{this};
};

} // namespace tl::services
