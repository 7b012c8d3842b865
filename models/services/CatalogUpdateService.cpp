#include "services/CatalogUpdateService.h"

#include "services/PricesService.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"

#include <QScopeGuard>

namespace tl::services {

CatalogUpdateService::CatalogUpdateService(PricesService *prices, QObject *parent)
    : QObject(parent), m_prices(prices), m_task(this)
{
    // Another database: its own sources, and the previews of the old one no longer apply.
    connect(m_prices, &PricesService::reloaded, this, [this] {
        store::Database *db = m_prices->database();
        if (m_applying || m_last.isEmpty() || !db)
            return;
        if (m_lastPath != db->path()) {
            m_last.clear();
            m_lastTime = {};
        }
    });
}

CatalogUpdateService::~CatalogUpdateService()
{
    m_task.cancel();
    m_task.waitForFinished();
}

QStringList CatalogUpdateService::sources() const
{
    const store::Database *db = m_prices->database();
    return db ? configuredCatalogSources(*db) : defaultCatalogSources();
}

bool CatalogUpdateService::usesDefaultSources() const
{
    return sources() == defaultCatalogSources();
}

Status CatalogUpdateService::setSources(const QStringList &list)
{
    store::Database *db = m_prices->database();
    if (!db)
        return Error{tr("No database is open. Open or create one from the File menu first.")};
    return setConfiguredCatalogSources(*db, list);
}

bool CatalogUpdateService::isChecking() const
{
    return m_task.isRunning();
}

bool CatalogUpdateService::startCheck()
{
    store::Database *db = m_prices->database();
    const QStringList list = sources();
    QString refusal;
    if (!db)
        refusal = tr("No database is open. Open or create one from the File menu first.");
    else if (isChecking())
        refusal = tr("A check for price updates is already running.");
    else if (db->path().isEmpty())
        refusal = tr("Checking for price updates needs a database file; this database exists "
                     "only in memory.");
    if (!refusal.isEmpty()) {
        QList<CatalogCheck> refused;
        for (const QString &s : list)
            refused.append(CatalogCheck{s, std::nullopt, refusal});
        if (!isChecking()) {
            m_last = refused;
            m_lastPath = db ? db->path() : QString();
            m_lastTime = QDateTime::currentDateTimeUtc();
        }
        Q_EMIT checkFinished();
        Q_EMIT pendingChanged();
        return false;
    }
    const QString path = db->path();
    // The worker reads through a connection of its own (SQLite connections stay on their
    // thread); a preview stores nothing, so it never competes with the GUI's writes.
    m_task.start(
        [path, list](const CancelToken &cancel) {
            QList<CatalogCheck> out;
            auto worker = store::openWorkerDatabase(path);
            for (const QString &source : list) {
                CatalogCheck check{source, std::nullopt, {}};
                if (!worker) {
                    check.error = worker.errorMessage();
                } else if (cancel.isCancelled()) {
                    check.error = tr("The check was cancelled.");
                } else {
                    auto r = updateCatalog(**worker, source, false, cancel.check());
                    if (r)
                        check.result = std::move(r).value();
                    else
                        check.error = r.errorMessage();
                }
                out.append(std::move(check));
            }
            return out;
        },
        [this, path](QList<CatalogCheck> checks) {
            m_last = std::move(checks);
            m_lastPath = path;
            m_lastTime = QDateTime::currentDateTimeUtc();
            Q_EMIT checkFinished();
            Q_EMIT pendingChanged();
        });
    Q_EMIT checkStarted();
    return true;
}

void CatalogUpdateService::cancelCheck()
{
    m_task.cancel();
}

int CatalogUpdateService::pendingChanges() const
{
    int n = 0;
    for (const CatalogCheck &c : m_last)
        if (c.result && c.result->hasChanges())
            n += int(c.result->report.added.size() + c.result->report.changed.size()
                     + c.result->report.removed.size());
    return n;
}

Result<QList<pricing::CatalogImportReport>> CatalogUpdateService::applyPending()
{
    QList<pricing::CatalogImportReport> applied;
    // Applying reloads the prices (PricesService::reloaded), which must not clear the list
    // being walked.
    m_applying = true;
    const auto done = qScopeGuard([this] { m_applying = false; });
    for (CatalogCheck &c : m_last) {
        if (!c.result || !c.result->hasChanges())
            continue;
        auto report = m_prices->applyCatalogUpdate(*c.result);
        if (!report) {
            Q_EMIT pendingChanged();
            return Error{tr("Could not apply the update from %1: %2").arg(c.source, report.errorMessage())};
        }
        applied.append(*report);
        // Applied: what the source holds is now the stored import.
        c.result->outcome = CatalogUpdateResult::Outcome::Applied;
        c.result->document.clear();
    }
    Q_EMIT pendingChanged();
    return applied;
}

} // namespace tl::services
