#include "services/DashboardWorker.h"

#include "budgets/MonthEndForecast.h"
#include "store/ReaderDatabase.h"

namespace tl::services {

// The worker's own connection, opened on first use in the pool thread and reused while the
// path stays the same. Only one refresh uses it at a time.
struct DashboardWorker::Connection
{
    QString path;
    std::unique_ptr<store::Database> db;

    Status open()
    {
        if (db)
            return {};
        auto opened = store::openReaderDatabase(path);
        if (!opened)
            return opened.error();
        db = std::move(opened).value();
        return {};
    }
};

DashboardWorker::DashboardWorker(QObject *parent) : QObject(parent)
{
}

DashboardWorker::~DashboardWorker()
{
    m_pending.reset();
    m_task.waitForFinished();
}

void DashboardWorker::setDatabasePath(const QString &path)
{
    // Always a new connection: the file at the same path may have been replaced (File ▸ Start
    // empty database). A running refresh keeps the old connection alive until it is done.
    m_connection = path.isEmpty() ? nullptr : std::make_shared<Connection>(Connection{path, nullptr});
}

void DashboardWorker::submit(const query::DashboardRequest &request, quint64 generation)
{
    Job job{request, generation};
    if (m_running) {
        m_pending = std::move(job); // supersedes any request still waiting
        return;
    }
    start(job);
}

DashboardWorker::Outcome DashboardWorker::run(const std::shared_ptr<Connection> &connection, const Job &job)
{
    Outcome out;
    out.generation = job.generation;
    if (!connection) {
        out.error = tr("No database file to read.");
        return out;
    }
    if (Status s = connection->open(); !s) {
        out.error = s.errorMessage();
        return out;
    }
    auto snapshot = budgets::computeDashboardWithForecast(*connection->db, job.request);
    if (!snapshot)
        out.error = snapshot.errorMessage();
    else
        out.snapshot = std::move(snapshot).value();
    return out;
}

void DashboardWorker::start(const Job &job)
{
    m_running = true;
    m_task.start([connection = m_connection, job](const CancelToken &) { return run(connection, job); },
                 [this](const Outcome &outcome) { onFinished(outcome); });
}

void DashboardWorker::onFinished(const Outcome &outcome)
{
    m_running = false;
    if (m_pending) {
        const Job next = *m_pending;
        m_pending.reset();
        start(next);
    }
    if (outcome.snapshot)
        Q_EMIT finished(outcome.generation, *outcome.snapshot);
    else
        Q_EMIT failed(outcome.generation, outcome.error);
}

} // namespace tl::services
