#pragma once

#include "core/Result.h"
#include "savings/Opportunity.h"
#include "store/WorkloadReader.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cstdint>

namespace tl::savings {

// What the stored records say about one workload over the period: token totals, when its
// requests ran, and how long its outputs were. Shape figures are taken over the records the
// store holds: single requests for imported logs, hourly or daily buckets for aggregated data
// (then "output per request" is a bucket's average, which hides the spread inside it).
struct WorkloadProfile
{
    WorkloadKey key;
    std::int64_t requests = 0;
    std::int64_t uncached = 0;
    std::int64_t cacheRead = 0;
    std::int64_t cacheWrite5m = 0;
    std::int64_t cacheWrite1h = 0;
    std::int64_t output = 0;
    std::int64_t batchRequests = 0;       // on the batch service tier
    std::array<std::int64_t, 24> requestsByHour{}; // by UTC hour of day
    std::int64_t records = 0;
    std::int64_t singleRequestRecords = 0;
    // Output length distribution: output per request of a record (rounded down) → requests
    // and output tokens of those records, in increasing order.
    struct OutputBucket
    {
        std::int64_t outputPerRequest = 0;
        std::int64_t requests = 0;
        std::int64_t output = 0;
    };
    QList<OutputBucket> outputs;
    // Requests carrying the source's fingerprint of the request (prompt key), the different
    // keys among them, and those the gateway answered from its own response cache.
    std::int64_t keyedRequests = 0;
    std::int64_t distinctKeys = 0;
    std::int64_t gatewayCacheHits = 0;
    // The first and last day with traffic (days since the epoch, UTC).
    std::int64_t firstDay = 0;
    std::int64_t lastDay = 0;

    std::int64_t input() const { return uncached + cacheRead + cacheWrite5m + cacheWrite1h; }
    bool perRequest() const { return records > 0 && singleRequestRecords * 10 >= records * 9; }
    double outputPerRequest() const { return requests ? double(output) / double(requests) : 0.0; }
    double inputPerRequest() const { return requests ? double(input()) / double(requests) : 0.0; }
    double cacheReadShare() const { return input() ? double(cacheRead) / double(input()) : 0.0; }
    double batchShare() const { return requests ? double(batchRequests) / double(requests) : 0.0; }
    // Requests that repeat an earlier request's key and were not answered from a cache:
    // what an exact-match response cache would have answered on top.
    std::int64_t uncachedRepeats() const { return std::max<std::int64_t>(0, keyedRequests - distinctKeys - gatewayCacheHits); }
    // Share of requests in the UTC hours first…last (inclusive, 0–23; first > last wraps
    // around midnight: 22…3 is six hours).
    double hoursShare(int first, int last) const;
    // Share of requests in the busiest n hours of the day.
    double busiestHoursShare(int n) const;
    // Smallest output per request such that at least permille/1000 of the requests have at
    // most that much.
    std::int64_t outputPercentile(int permille) const;
    // Output tokens above `cap` per request: Σ max(0, output − cap × requests) over the records.
    std::int64_t outputAbove(std::int64_t cap) const;
    // Requests whose records have at most `limit` output tokens per request.
    std::int64_t requestsWithOutputAtMost(std::int64_t limit) const;
    // Coefficient of variation of output per request over the records (weighted by requests).
    double outputVariation() const;
};

// Reads every workload of the period (grouped by options' dimension, provider and model).
// For the tag dimension, a tag set that contains a label which is itself a workload's whole
// tag set (on the same model) belongs to that workload: a tag filter matches both.
Result<QList<WorkloadProfile>> readProfiles(store::WorkloadReader &reader, const query::UsageFilter &filter,
                                            Dimension groupBy);

} // namespace tl::savings
