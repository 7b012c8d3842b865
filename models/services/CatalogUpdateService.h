#pragma once

#include "core/BackgroundTask.h"
#include "core/Result.h"
#include "services/CatalogUpdate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace tl::services {

class PricesService;

// What one source of a price-update check gave: a preview of its changes (or "not
// modified"), or why it could not be read.
struct CatalogCheck
{
    QString source;
    std::optional<CatalogUpdateResult> result;
    QString error; // when there is no result
};

// "Check for price updates" on the desktop: the list of update sources (kept in the database,
// shared with `tokenledger-cli catalog sources`), a check that downloads each source on a worker
// thread and compares it with its stored import without storing anything, and applying exactly
// what the check showed. Applying goes through the Prices service, so the price table reloads
// and the page offers to re-price stored usage.
class CatalogUpdateService : public QObject
{
    Q_OBJECT
public:
    explicit CatalogUpdateService(PricesService *prices, QObject *parent = nullptr);
    ~CatalogUpdateService() override; // cancels a running check and waits for it

    QStringList sources() const;
    bool usesDefaultSources() const;
    Status setSources(const QStringList &sources);

    bool isChecking() const;
    // Starts a check of sources(); false (with checkFinished and an error per source) when it
    // cannot start: no database file, or a check already running.
    bool startCheck();
    void cancelCheck();

    // The last finished check (empty before the first) and when it finished.
    const QList<CatalogCheck> &lastCheck() const { return m_last; }
    QDateTime lastCheckTime() const { return m_lastTime; }
    // Models added, changed and removed over the last check's previews.
    int pendingChanges() const;

    // Stores every preview of the last check that has changes, each in its own transaction;
    // the reports of those applied. A failure stops at that source (earlier ones stay applied)
    // and says which source failed. Afterwards the last check no longer holds them.
    Result<QList<pricing::CatalogImportReport>> applyPending();

Q_SIGNALS:
    void checkStarted();
    void checkFinished();
    // What is waiting to be applied changed: a check finished, or updates were applied.
    void pendingChanged();

private:
    PricesService *m_prices;
    QList<CatalogCheck> m_last;
    QString m_lastPath; // the database file the last check compared with
    bool m_applying = false;
    QDateTime m_lastTime;
    BackgroundTask<QList<CatalogCheck>> m_task;
};

} // namespace tl::services
