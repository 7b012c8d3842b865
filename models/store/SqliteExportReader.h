#pragma once

#include "store/DimensionDictionary.h"
#include "store/ExportReader.h"

namespace tl::store {

class Database;

// ExportReader over the SQLite rollup_day and usage_fact tables: each cursor steps one
// prepared statement, so rows are read as the exporter writes them.
class SqliteExportReader final : public ExportReader
{
public:
    explicit SqliteExportReader(Database &db);

    Result<std::int64_t> rollupGroupCount(const query::UsageFilter &filter) override;
    Result<std::unique_ptr<RowCursor<RollupGroupRow>>> rollupGroups(const query::UsageFilter &filter) override;
    Result<std::int64_t> factCount(const query::UsageFilter &filter) override;
    Result<std::unique_ptr<RowCursor<UsageFact>>> facts(const query::UsageFilter &filter) override;

private:
    // The WHERE clauses over the daily rollup (days) and the facts (start seconds).
    Result<QString> rollupWhere(const query::UsageFilter &filter);
    Result<QString> factWhere(const query::UsageFilter &filter);
    Result<std::int64_t> count(const QString &sql);

    Database &m_db;
    DimensionDictionary m_dims;
};

} // namespace tl::store
