#pragma once

#include "core/Result.h"
#include "store/ledger/LedgerAddress.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace tl::services {

// Keeps one connection to a team ledger open that LISTENs for its change notices, on a thread
// of its own (a wait that lasts as long as the app runs must not hold one of the few pool
// threads the other services share), and says so on the owner's thread: connected() when it
// listens (again: changes made while it was away may have been missed), changed() for every
// notice, lost() when it could not connect or the connection dropped, with the delay before
// the next attempt (doubling from the first delay up to the longest), and listenRefused() when
// the server took the connection but not LISTEN, after which it stops (the owner polls).
class LedgerListener : public QObject
{
    Q_OBJECT
public:
    // Called on the listener's thread before every attempt: the address with its password
    // (read from the keychain there, never on the GUI thread).
    using AddressSource = std::function<Result<store::ledger::LedgerAddress>()>;

    explicit LedgerListener(QObject *parent = nullptr);
    ~LedgerListener() override; // stops and waits for every thread it started

    void start(AddressSource address);
    // Stops listening at once for the owner: no signal of the stopped connection arrives after
    // this; its thread ends by itself within moments (or after a connection attempt that is
    // under way gives up).
    void stop();
    bool isRunning() const { return m_current != nullptr; }
    void setReconnectDelays(int firstMs, int longestMs);
    // The server process of the listening connection; 0 while not connected.
    int backendPid() const;

Q_SIGNALS:
    void connected();
    void changed();
    void lost(const QString &why, int retryInMs);
    void listenRefused(const QString &why);

private:
    struct Run;
    void loop(Run *run, AddressSource source);
    void reap(); // joins the threads that have ended

    std::vector<std::unique_ptr<Run>> m_runs;
    Run *m_current = nullptr;
    quint64 m_lastRunId = 0;
    int m_firstDelayMs = 1000;
    int m_longestDelayMs = 60000;
};

} // namespace tl::services
