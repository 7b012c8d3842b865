#pragma once

#include "core/BackgroundTask.h"
#include "query/UsageFilter.h"
#include "report/ReportData.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace tl::report {

// Long report and export work for the GUI, off the GUI thread (QtConcurrent) on a connection
// of its own to the database file, one job at a time, with progress and cancel. Results and
// progress arrive on the thread that owns the object.
class ReportJobs : public QObject
{
    Q_OBJECT
public:
    // Focus: the current FOCUS version (1.3); Focus12: FOCUS 1.2 for tools that expect it.
    enum class ExportKind { Focus, Focus12, RawCsv };

    explicit ReportJobs(QObject *parent = nullptr);
    ~ReportJobs() override; // cancels and waits for a running job

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    bool isBusy() const { return m_task.isRunning(); }

    // Computes a report's data; `reportReady` or `failed` follows.
    bool computeReport(const ReportRequest &request);
    // Writes an export file; `exportFinished` or `failed` follows.
    bool exportData(ExportKind kind, const QString &path, const query::UsageFilter &filter);
    void cancel() { m_task.cancel(); }

Q_SIGNALS:
    void progress(const QString &step, int percent);
    void reportReady(const tl::report::ReportData &data);
    void exportFinished(const QString &path, qint64 rows);
    void failed(const QString &message);

private:
    struct Outcome
    {
        std::optional<ReportData> data;
        QString path;
        qint64 rows = -1;
        QString error;
    };
    void start(std::function<Outcome(const CancelToken &)> job);
    void onFinished(const Outcome &o);
    void emitProgress(const QString &step, double done);

    QString m_dbPath;
    BackgroundTask<Outcome> m_task{this};
};

} // namespace tl::report
