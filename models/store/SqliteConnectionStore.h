#pragma once

#include "store/ConnectionStore.h"

namespace tl::store {

class Database;

// ConnectionStore in the table provider_connection.
class SqliteConnectionStore : public ConnectionStore
{
public:
    explicit SqliteConnectionStore(Database &db) : m_db(db) {}

    Result<QList<providers::Connection>> all() override;
    Result<std::optional<providers::Connection>> byName(const QString &name) override;
    Result<std::optional<providers::Connection>> byId(std::int64_t id) override;
    Result<std::int64_t> insert(const providers::Connection &connection) override;
    Status update(const providers::Connection &connection) override;
    Status remove(std::int64_t id) override;
    Status setWatermark(std::int64_t id, std::int64_t watermark) override;
    Status recordSync(const providers::Connection &connection) override;

private:
    Database &m_db;
};

} // namespace tl::store
