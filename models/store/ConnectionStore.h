#pragma once

#include "core/Result.h"
#include "providers/Connection.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tl::store {

// The provider billing APIs the user connected, with their sync state. Stores what it is
// given: checking a connection is providers::ConnectionStore's job.
class ConnectionStore
{
public:
    virtual ~ConnectionStore() = default;

    virtual Result<QList<providers::Connection>> all() = 0; // by name
    virtual Result<std::optional<providers::Connection>> byName(const QString &name) = 0;
    virtual Result<std::optional<providers::Connection>> byId(std::int64_t id) = 0;
    // Stores a new connection's user-editable fields (provider, name, base URL, options) and
    // returns its id; `connection.id` is ignored.
    virtual Result<std::int64_t> insert(const providers::Connection &connection) = 0;
    // Replaces the user-editable fields of connection `connection.id`.
    virtual Status update(const providers::Connection &connection) = 0;
    virtual Status remove(std::int64_t id) = 0;
    virtual Status setWatermark(std::int64_t id, std::int64_t watermark) = 0;
    // Stores the last_* fields of connection `connection.id`; a missing lastSyncAt means now.
    virtual Status recordSync(const providers::Connection &connection) = 0;
};

} // namespace tl::store
