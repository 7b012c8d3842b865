#include "services/LedgerListener.h"

#include "store/ledger/LedgerNotifications.h"

#include <QMetaObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace tl::services {

struct LedgerListener::Run
{
    std::atomic_bool stop{false};
    std::atomic_bool ended{false};
    std::atomic_int pid{0};
    quint64 id = 0;
    std::mutex mutex;
    std::condition_variable wake;
    std::thread thread;
    int firstDelayMs = 1000;
    int longestDelayMs = 60000;

    // Sleeps `ms` unless stopped first; false when stopped.
    bool sleep(int ms)
    {
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stop.load(); });
        return !stop.load();
    }
    void requestStop()
    {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        wake.notify_all();
    }
};

LedgerListener::LedgerListener(QObject *parent) : QObject(parent) {}

LedgerListener::~LedgerListener()
{
    for (auto &run : m_runs)
        run->requestStop();
    for (auto &run : m_runs)
        if (run->thread.joinable())
            run->thread.join();
}

void LedgerListener::setReconnectDelays(int firstMs, int longestMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_longestDelayMs = std::max(m_firstDelayMs, longestMs);
}

int LedgerListener::backendPid() const
{
    return m_current ? m_current->pid.load() : 0;
}

void LedgerListener::start(AddressSource address)
{
    stop();
    auto run = std::make_unique<Run>();
    run->firstDelayMs = m_firstDelayMs;
    run->longestDelayMs = m_longestDelayMs;
    run->id = ++m_lastRunId;
    m_current = run.get();
    Run *raw = run.get();
    m_runs.push_back(std::move(run));
    raw->thread = std::thread([this, raw, source = std::move(address)] {
        loop(raw, source);
        raw->ended = true;
    });
}

void LedgerListener::stop()
{
    if (m_current)
        m_current->requestStop();
    m_current = nullptr;
    reap();
}

void LedgerListener::reap()
{
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if ((*it)->ended.load() && (*it).get() != m_current) {
            if ((*it)->thread.joinable())
                (*it)->thread.join();
            it = m_runs.erase(it);
        } else {
            ++it;
        }
    }
}

void LedgerListener::loop(Run *run, AddressSource source)
{
    // Every signal goes through the owner's thread and is dropped there once this run was
    // stopped (the owner may have started another one meanwhile).
    auto post = [this, id = run->id](auto emitIt) {
        QMetaObject::invokeMethod(
            this,
            [this, id, emitIt] {
                if (m_current && m_current->id == id)
                    emitIt(this);
            },
            Qt::QueuedConnection);
    };
    int delay = run->firstDelayMs;
    while (!run->stop.load()) {
        QString why;
        auto address = source();
        if (!address) {
            why = address.error().message;
        } else if (auto notices = store::ledger::LedgerNotifications::open(*address); !notices) {
            why = notices.error().message;
        } else {
            store::ledger::LedgerNotifications &n = **notices;
            if (Status s = n.listen(); !s) {
                post([why = s.error().message](LedgerListener *l) { Q_EMIT l->listenRefused(why); });
                return;
            }
            run->pid = n.backendPid();
            delay = run->firstDelayMs;
            post([](LedgerListener *l) { Q_EMIT l->connected(); });
            while (!run->stop.load()) {
                auto waited = n.wait(250);
                if (!waited) {
                    why = waited.error().message;
                    break;
                }
                if (*waited > 0)
                    post([](LedgerListener *l) { Q_EMIT l->changed(); });
            }
            run->pid = 0;
            if (run->stop.load())
                return;
        }
        post([why, delay](LedgerListener *l) { Q_EMIT l->lost(why, delay); });
        if (!run->sleep(delay))
            return;
        delay = std::min(delay * 2, run->longestDelayMs);
    }
}

} // namespace tl::services
