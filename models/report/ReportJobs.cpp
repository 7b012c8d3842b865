#include "report/ReportJobs.h"

#include "export/FocusExporter.h"
#include "export/RawCsvExporter.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace tl::report {

ReportJobs::ReportJobs(QObject *parent) : QObject(parent)
{
}

ReportJobs::~ReportJobs()
{
    cancel();
    m_task.waitForFinished();
}

void ReportJobs::emitProgress(const QString &step, double done)
{
    // Called on the worker thread: hand over to the owner's thread.
    QPointer<ReportJobs> self(this);
    QMetaObject::invokeMethod(
        this, [self, step, done] {
            if (self)
                Q_EMIT self->progress(step, int(done * 100));
        },
        Qt::QueuedConnection);
}

void ReportJobs::start(std::function<Outcome(const CancelToken &)> job)
{
    m_task.start(std::move(job), [this](const Outcome &o) { onFinished(o); });
}

bool ReportJobs::computeReport(const ReportRequest &request)
{
    if (isBusy())
        return false;
    const QString path = m_dbPath;
    start([this, path, request](const CancelToken &) -> Outcome {
        Outcome o;
        auto db = store::openWorkerDatabase(path);
        if (!db) {
            o.error = db.errorMessage();
            return o;
        }
        auto data = report::computeReport(**db, request, [this](const QString &step, double done) { emitProgress(step, done); });
        if (!data)
            o.error = data.errorMessage();
        else
            o.data = std::move(data).value();
        return o;
    });
    return true;
}

bool ReportJobs::exportData(ExportKind kind, const QString &file, const query::UsageFilter &filter)
{
    if (isBusy())
        return false;
    const QString path = m_dbPath;
    start([this, path, file, filter, kind](const CancelToken &cancel) -> Outcome {
        Outcome o;
        o.path = file;
        auto db = store::openWorkerDatabase(path);
        if (!db) {
            o.error = db.errorMessage();
            return o;
        }
        const auto progress = [this, cancel](std::int64_t done, std::int64_t total) {
            emitProgress(QCoreApplication::translate("tl::report::ReportJobs", "%1 rows").arg(done),
                         total > 0 ? double(done) / double(total) : 0.0);
            return !cancel.isCancelled();
        };
        if (kind == ExportKind::Focus || kind == ExportKind::Focus12) {
            auto pricing = pricing::DatabasePricing::load(**db);
            if (!pricing) {
                o.error = pricing.errorMessage();
                return o;
            }
            exporting::FocusExporter exporter(**db, **pricing);
            exporter.setOrganisationName((*db)->setting(QStringLiteral("organisation")));
            exporter.setVersion(kind == ExportKind::Focus12 ? exporting::FocusVersion::V1_2
                                                            : exporting::FocusExporter::kCurrentVersion);
            auto stats = exporter.write(file, filter, progress);
            if (stats)
                o.rows = stats->rows;
            else
                o.error = stats.errorMessage();
        } else {
            auto stats = exporting::RawCsvExporter(**db).write(file, filter, progress);
            if (stats)
                o.rows = stats->rows;
            else
                o.error = stats.errorMessage();
        }
        return o;
    });
    return true;
}

void ReportJobs::onFinished(const Outcome &o)
{
    if (!o.error.isEmpty())
        Q_EMIT failed(o.error);
    else if (o.data)
        Q_EMIT reportReady(*o.data);
    else
        Q_EMIT exportFinished(o.path, o.rows);
}

} // namespace tl::report
