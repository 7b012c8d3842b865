#pragma once

#include "core/Result.h"
#include "domain/Dimension.h"
#include "query/UsageFilter.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace tl::store {

// Traffic of one workload (a value of the grouping dimension on one provider and model) in
// one hour of the day (0–23, UTC) and one service tier, summed over the filter's days from the
// hourly rollup.
struct WorkloadHourRow
{
    QString group;
    QString provider;
    QString model;
    QString serviceTier;
    int hourOfDay = 0;
    std::int64_t requests = 0;
    std::int64_t uncached = 0;
    std::int64_t cacheRead = 0;
    std::int64_t cacheWrite5m = 0;
    std::int64_t cacheWrite1h = 0;
    std::int64_t output = 0;
};

// The stored records of one workload whose output per request (output tokens ÷ requests,
// rounded down) is `outputPerRequest`: how many records, requests and tokens they hold, and
// how many of them are single requests (the others are aggregates such as hourly buckets).
struct WorkloadOutputRow
{
    QString group;
    QString provider;
    QString model;
    std::int64_t outputPerRequest = 0;
    std::int64_t records = 0;
    std::int64_t singleRequestRecords = 0;
    std::int64_t requests = 0;
    std::int64_t input = 0; // every kind of input token
    std::int64_t output = 0;
};

// The requests of one workload that carry the source's fingerprint of the request (a prompt
// key, e.g. LiteLLM's cache_key): how many, how many different keys among them, and how many
// the gateway already answered from its own cache.
struct WorkloadRepeatRow
{
    QString group;
    QString provider;
    QString model;
    std::int64_t keyedRequests = 0;
    std::int64_t distinctKeys = 0;
    std::int64_t cacheHits = 0;
};

// The first and last day (days since the epoch, UTC) on which one workload's traffic ran.
struct WorkloadDaysRow
{
    QString group;
    QString provider;
    QString model;
    std::int64_t firstDay = 0;
    std::int64_t lastDay = 0;
};

// The reads behind the savings finder (savings::SavingsFinder): traffic by hour of day, the
// distribution of output length, repeated requests and the days traffic ran, per workload. A filter's days are inclusive UTC days.
class WorkloadReader
{
public:
    virtual ~WorkloadReader() = default;
    virtual Result<QList<WorkloadHourRow>> hoursOfDay(const query::UsageFilter &filter, Dimension groupBy) = 0;
    virtual Result<QList<WorkloadOutputRow>> outputLengths(const query::UsageFilter &filter,
                                                           Dimension groupBy) = 0;
    virtual Result<QList<WorkloadRepeatRow>> repeats(const query::UsageFilter &filter, Dimension groupBy) = 0;
    virtual Result<QList<WorkloadDaysRow>> activeDays(const query::UsageFilter &filter, Dimension groupBy) = 0;
};

} // namespace tl::store
