#pragma once

#include "store/DailySource.h"
#include "store/DimensionDictionary.h"
#include "store/WorkloadReader.h"

namespace tl::store {

class Database;

class SqliteWorkloadReader final : public WorkloadReader
{
public:
    explicit SqliteWorkloadReader(Database &db);

    Result<QList<WorkloadHourRow>> hoursOfDay(const query::UsageFilter &filter, Dimension groupBy) override;
    Result<QList<WorkloadOutputRow>> outputLengths(const query::UsageFilter &filter, Dimension groupBy) override;
    Result<QList<WorkloadRepeatRow>> repeats(const query::UsageFilter &filter, Dimension groupBy) override;
    Result<QList<WorkloadDaysRow>> activeDays(const query::UsageFilter &filter, Dimension groupBy) override;

private:
    Database &m_db;
    DimensionDictionary m_dims;
    DailySource m_days;
};

} // namespace tl::store
