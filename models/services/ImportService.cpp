#include "services/ImportService.h"

#include "services/ImportUseCase.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"
#include "store/FactStore.h"
#include "store/SqliteImportLog.h"
#include "store/WriterNote.h"

#include <QFileInfo>
#include <QLocale>

namespace tl::services {

ImportService::ImportService(QObject *parent)
    : QObject(parent), m_history(new itemmodels::ImportHistoryModel(this)), m_problems(new itemmodels::ImportProblemsModel(this))
{
}

ImportService::~ImportService()
{
    m_task.cancel();
    m_task.waitForFinished();
}

void ImportService::setDatabase(store::Database *db)
{
    m_db = db;
    reloadHistory();
}

void ImportService::reloadHistory()
{
    if (!m_db) {
        m_history->setBatches({});
        m_problems->setProblems({});
        return;
    }
    auto batches = store::SqliteImportLog(*m_db).batches();
    m_history->setBatches(batches ? *batches : QList<store::ImportBatch>());
}

Status ImportService::showProblems(qint64 batchId)
{
    QList<ingest::ReadProblem> out;
    Status status;
    if (m_db) {
        auto problems = store::SqliteImportLog(*m_db).problems(batchId);
        if (problems) {
            for (const store::ImportProblem &p : std::as_const(*problems))
                out << ingest::ReadProblem{p.line, p.field, p.reason};
        } else {
            status = problems.error();
        }
    }
    m_problems->setProblems(out);
    return status;
}

QStringList ImportService::mappingNames() const
{
    if (!m_db)
        return {};
    auto names = ingest::MappingStore(*m_db).names();
    return names ? *names : QStringList();
}

Result<ingest::CsvMapping> ImportService::mapping(const QString &name) const
{
    if (!m_db)
        return Error{tr("No database is open.")};
    return ingest::MappingStore(*m_db).load(name);
}

Status ImportService::saveMapping(const ingest::CsvMapping &mapping)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    return ingest::MappingStore(*m_db).save(mapping);
}

bool ImportService::isBusy() const
{
    return m_task.isRunning();
}

bool ImportService::startImport(const QStringList &files, std::optional<ingest::ImportFormat> format,
                                std::optional<ingest::CsvMapping> mapping)
{
    QString refusal;
    if (!m_db || m_db->path().isEmpty())
        refusal = tr("Importing needs a database file.");
    else if (isBusy())
        refusal = tr("An import is already running.");
    else if (files.isEmpty())
        refusal = tr("No file was chosen.");
    if (!refusal.isEmpty()) {
        Q_EMIT importFinished(false, refusal);
        return false;
    }
    const QString path = m_db->path();
    ingest::ImportOptions options;
    options.format = format;
    options.mapping = std::move(mapping);
    m_task.start([this, path, files, options](const CancelToken &cancel) -> Outcome {
        // Its own connection: SQLite connections stay on one thread; in WAL mode the GUI's
        // connection keeps reading the old state until the import commits.
        auto db = store::openWorkerDatabase(path);
        if (!db)
            return {false, false, db.errorMessage()};
        // Tells a second writer (tokenledger-cli) who holds the file while this runs.
        store::WriterNote writerNote(**db, tr("an import in the desktop app"));
        ImportUseCase useCase(**db);
        useCase.setCancelFlag(cancel.flag());
        useCase.setProgress([this](int i, int n, const QString &file, const ingest::ImportProgress &p) {
            const double rate = p.seconds > 0 ? double(p.records) / p.seconds : 0;
            // The service outlives the worker (its destructor waits), so `this` is valid.
            QMetaObject::invokeMethod(this, [=, this] {
                Q_EMIT importProgress(i, n, file, p.bytesDone, p.bytesTotal, p.records, rate);
            }, Qt::QueuedConnection);
        });
        auto run = useCase.run(files, options);
        if (!run)
            return {false, false, run.errorMessage()};
        QStringList lines;
        const QLocale locale;
        for (const ImportFileOutcome &f : std::as_const(run->files)) {
            const QString name = QFileInfo(f.file).fileName();
            if (!f.summary)
                lines << f.error;
            else if (f.summary->cancelled)
                lines << tr("%1: cancelled; nothing of it was imported.").arg(name);
            else
                lines << tr("%1: %2 records read, %3 imported, %4 duplicates skipped, %5 rejected.")
                             .arg(name, locale.toString(qlonglong(f.summary->read)),
                                  locale.toString(qlonglong(f.summary->imported)),
                                  locale.toString(qlonglong(f.summary->duplicates)),
                                  locale.toString(qlonglong(f.summary->rejected)));
        }
        return {run->allOk(), run->changed(), lines.join(u'\n')};
    }, [this](const Outcome &o) { onJobFinished(o); });
    return true;
}

void ImportService::cancel()
{
    m_task.cancel();
}

bool ImportService::startUndo(qint64 batchId)
{
    if (!m_db || m_db->path().isEmpty() || isBusy()) {
        Q_EMIT undoFinished(false, tr("Cannot undo now: another import job is running."));
        return false;
    }
    const QString path = m_db->path();
    m_task.start([path, batchId](const CancelToken &) -> Outcome {
        auto db = store::openWorkerDatabase(path);
        if (!db)
            return {false, false, db.errorMessage(), true};
        store::FactStore facts(**db);
        if (Status s = facts.undoBatch(batchId); !s)
            return {false, false, s.errorMessage(), true};
        return {true, true, tr("The import was undone: its records were removed."), true};
    }, [this](const Outcome &o) { onJobFinished(o); });
    return true;
}

void ImportService::onJobFinished(const Outcome &o)
{
    reloadHistory();
    if (o.undo)
        Q_EMIT undoFinished(o.ok, o.message);
    else
        Q_EMIT importFinished(o.ok, o.message);
}

} // namespace tl::services
