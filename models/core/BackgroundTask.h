#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace tl {

// Asked by the owner, read by the work: "stop at the next chance". Cheap to copy; every copy
// shares the same flag.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    bool isCancelled() const { return m_flag->load(); }
    void cancel() const { m_flag->store(true); }
    // The flag itself, for engines that take one; it lives as long as any copy of the token.
    const std::atomic_bool *flag() const { return m_flag.get(); }
    // A check for engines that poll ("stop now?"), safe to call on any thread.
    std::function<bool()> check() const
    {
        return [flag = m_flag] { return flag->load(); };
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// One piece of work at a time on a pool thread (QtConcurrent), its result handed to the owner
// on the owner's thread. The owner keeps the task as a member and calls `start(work, onDone)`:
// `work(const CancelToken &)` runs on the worker and returns R; `onDone(R)` runs on the thread
// that owns `owner` when the work is done. Starting again while work runs drops the earlier
// result (its onDone is not called). The destructor cancels and waits; owners whose work uses
// their members call cancel() and waitForFinished() at the top of their own destructor.
template <typename R>
class BackgroundTask
{
public:
    explicit BackgroundTask(QObject *owner)
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, owner, [this] {
            if (!m_onDone)
                return;
            const auto onDone = m_onDone; // onDone may start the next piece of work
            onDone(m_watcher.result());
        });
    }
    ~BackgroundTask()
    {
        cancel();
        waitForFinished();
    }
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    template <typename Work>
    void start(Work work, std::function<void(R)> onDone)
    {
        m_token = CancelToken();
        m_onDone = std::move(onDone);
        m_watcher.setFuture(QtConcurrent::run(
            [work = std::move(work), token = m_token]() -> R { return work(token); }));
    }
    void cancel() { m_token.cancel(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }
    // The token of the current (or last) piece of work.
    const CancelToken &token() const { return m_token; }

private:
    QFutureWatcher<R> m_watcher;
    CancelToken m_token;
    std::function<void(R)> m_onDone;
};

} // namespace tl
