#pragma once

#include "core/Result.h"
#include "export/ExportWriter.h"
#include "query/UsageFilter.h"

#include <QStringList>

namespace tl::store {
class Database;
}

namespace tl::exporting {

struct RawCsvStats
{
    std::int64_t rows = 0;
    Money cost;   // Σ computed cost written
    Money billed; // Σ billed cost written (empty fields count as zero)
};

// Writes every stored usage fact matching a filter as CSV, one line per fact, streamed from
// the facts table in time order (memory does not grow with the number of facts). Columns:
// see columns() and docs/formats.md ("Raw facts CSV"). Days are UTC; the filter's dimension
// filters apply as on the dashboard.
class RawCsvExporter
{
public:
    explicit RawCsvExporter(store::Database &db) : m_db(db) {}

    static QStringList columns();
    Result<RawCsvStats> write(const QString &path, const query::UsageFilter &filter,
                              const ExportProgress &progress = {});

private:
    store::Database &m_db;
};

} // namespace tl::exporting
