#include "providers/SyncTarget.h"

#include "store/Database.h"
#include "store/FactStore.h"
#include "store/WriteTransaction.h"

namespace tl::providers {

QString SyncTarget::recordKeyPrefix(const Connection &c) const
{
    return QStringLiteral("api:%1").arg(c.id);
}

Result<std::int64_t> LocalSyncTarget::beginBatch(const QString &source, const QString &name)
{
    return store::FactStore(m_db).beginBatch(source, name);
}

Result<SyncTarget::Written> LocalSyncTarget::writeWindow(std::int64_t batchId, const Connection &c,
                                                         std::span<const UsageFact> facts, const Window &window)
{
    store::WriteTransaction tx(m_db); // the window's facts and the watermark together
    if (!tx.isActive())
        return Error{tx.beginError()};
    const store::FactStore::StaleScope scope{window.keyPrefix, window.from, window.to};
    auto up = store::FactStore(m_db).upsertFacts(batchId, facts, &scope);
    if (!up)
        return up.error();
    if (window.watermark) {
        if (Status s = ConnectionStore(m_db).setWatermark(c.id, *window.watermark); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return Written{up->inserted, up->replaced, up->unchanged, up->removed};
}

Status LocalSyncTarget::finishBatch(std::int64_t batchId, const QString &status, std::int64_t read,
                                    std::int64_t imported, std::int64_t unchanged, const QString &message)
{
    return store::FactStore(m_db).finishBatch(batchId, status, read, imported, unchanged, 0, message);
}

Status LocalSyncTarget::recordSync(const Connection &record)
{
    return ConnectionStore(m_db).recordSync(record);
}

} // namespace tl::providers
