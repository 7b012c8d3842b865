#pragma once

#include "store/DailySource.h"
#include "store/DimensionDictionary.h"
#include "store/ExportReader.h"

namespace tl::store {

class Database;

// ExportReader over the SQLite rollups and usage_fact: each cursor steps prepared statements, so
// rows are read as the exporter writes them.
class SqliteExportReader final : public ExportReader
{
public:
    explicit SqliteExportReader(Database &db);

    Result<std::int64_t> rollupGroupFacts(const query::UsageFilter &filter) override;
    Result<std::unique_ptr<RowCursor<RollupGroupRow>>> rollupGroups(const query::UsageFilter &filter) override;
    Result<std::int64_t> factCount(const query::UsageFilter &filter) override;
    Result<std::unique_ptr<RowCursor<UsageFact>>> facts(const query::UsageFilter &filter) override;

private:
    // The WHERE clause over the facts (start seconds).
    Result<QString> factWhere(const query::UsageFilter &filter);
    Result<std::int64_t> count(const QString &sql);

    Database &m_db;
    DimensionDictionary m_dims;
    DailySource m_days;
};

} // namespace tl::store
