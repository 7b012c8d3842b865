#pragma once

#include "core/BackgroundTask.h"
#include "query/DashboardSnapshot.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tl::services {

// Runs dashboard refreshes off the GUI thread (QtConcurrent), one at a time, on its own
// database connection to the same file. A request that arrives while one runs waits; a newer
// one replaces it (only the latest is worth computing). Results come back on the thread that
// owns the worker, tagged with the generation they were asked with.
class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    explicit DashboardWorker(QObject *parent = nullptr);
    ~DashboardWorker() override; // waits for a running refresh

    // The database file the next refreshes read, on a new connection ("": none).
    void setDatabasePath(const QString &path);
    void submit(const query::DashboardRequest &request, quint64 generation);
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void finished(quint64 generation, const tl::query::DashboardSnapshot &snapshot);
    void failed(quint64 generation, const QString &message);

private:
    struct Connection;
    struct Job
    {
        query::DashboardRequest request;
        quint64 generation = 0;
    };
    struct Outcome
    {
        quint64 generation = 0;
        std::optional<query::DashboardSnapshot> snapshot;
        QString error;
    };
    static Outcome run(const std::shared_ptr<Connection> &connection, const Job &job);
    void start(const Job &job);
    void onFinished(const Outcome &outcome);

    std::shared_ptr<Connection> m_connection;
    BackgroundTask<Outcome> m_task{this};
    std::optional<Job> m_pending;
    bool m_running = false;
};

} // namespace tl::services
