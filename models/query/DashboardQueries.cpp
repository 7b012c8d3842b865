#include "query/DashboardQueries.h"

#include "store/UsageReader.h"

namespace tl::query {

Result<QList<CubeRow>> DashboardQueries::cube(const UsageFilter &filter, const QList<Dimension> &dimensions)
{
    return m_queries.reader().cube(filter, dimensions);
}

Result<QList<CostRow>> DashboardQueries::costBy(const UsageFilter &filter, const QList<Dimension> &dimensions)
{
    return m_queries.reader().costBy(filter, dimensions);
}

Result<QList<CacheReadGroup>> DashboardQueries::cacheReads(const UsageFilter &filter)
{
    return m_queries.reader().cacheReads(filter);
}

Result<std::int64_t> DashboardQueries::rollupRowsPerDay()
{
    return m_queries.reader().rollupRowsPerDay();
}

} // namespace tl::query
