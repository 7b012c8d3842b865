#pragma once

#include "store/MappingStore.h"

namespace tl::store {

class Database;

// MappingStore in the table import_mapping; every change runs in a transaction.
class SqliteMappingStore : public MappingStore
{
public:
    explicit SqliteMappingStore(Database &db) : m_db(db) {}

    Result<QStringList> names() override;
    Result<std::optional<QByteArray>> definition(const QString &name) override;
    Status save(const QString &name, const QByteArray &definition) override;
    Status remove(const QString &name) override;

private:
    Database &m_db;
};

} // namespace tl::store
