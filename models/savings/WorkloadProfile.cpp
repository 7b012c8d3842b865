#include "savings/WorkloadProfile.h"

#include "domain/Dimension.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tl::savings {

double WorkloadProfile::hoursShare(int first, int last) const
{
    if (!requests)
        return 0.0;
    std::int64_t n = 0;
    const int hours = (last - first + 24) % 24 + 1;
    for (int i = 0; i < hours; ++i)
        n += requestsByHour[static_cast<size_t>((first + i) % 24)];
    return double(n) / double(requests);
}

double WorkloadProfile::busiestHoursShare(int n) const
{
    if (!requests)
        return 0.0;
    std::array<std::int64_t, 24> sorted = requestsByHour;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::int64_t sum = 0;
    for (int i = 0; i < n && i < 24; ++i)
        sum += sorted[static_cast<size_t>(i)];
    return double(sum) / double(requests);
}

std::int64_t WorkloadProfile::outputPercentile(int permille) const
{
    std::int64_t total = 0;
    for (const OutputBucket &b : outputs)
        total += b.requests;
    if (!total)
        return 0;
    std::int64_t seen = 0;
    for (const OutputBucket &b : outputs) {
        seen += b.requests;
        // seen / total ≥ permille / 1000, in integers
        if (Int128(seen) * 1000 >= Int128(total) * permille)
            return b.outputPerRequest;
    }
    return outputs.isEmpty() ? 0 : outputs.last().outputPerRequest;
}

std::int64_t WorkloadProfile::outputAbove(std::int64_t cap) const
{
    // A bucket holds records whose output per request rounds down to the same value, so either
    // every record in it is above the cap (value ≥ cap) or none is.
    std::int64_t above = 0;
    for (const OutputBucket &b : outputs)
        if (b.outputPerRequest >= cap)
            above += b.output - cap * b.requests;
    return above;
}

std::int64_t WorkloadProfile::requestsWithOutputAtMost(std::int64_t limit) const
{
    std::int64_t n = 0;
    for (const OutputBucket &b : outputs)
        if (b.outputPerRequest <= limit)
            n += b.requests;
    return n;
}

double WorkloadProfile::outputVariation() const
{
    double n = 0, sum = 0, sumSq = 0;
    for (const OutputBucket &b : outputs) {
        const double v = double(b.outputPerRequest);
        n += double(b.requests);
        sum += v * double(b.requests);
        sumSq += v * v * double(b.requests);
    }
    if (n <= 0 || sum <= 0)
        return 0.0;
    const double mean = sum / n;
    const double variance = std::max(0.0, sumSq / n - mean * mean);
    return std::sqrt(variance) / mean;
}

namespace {

struct Key
{
    QString group, provider, model;
    bool operator==(const Key &) const = default;
};
size_t qHash(const Key &k, size_t seed = 0)
{
    return ::qHash(k.group, seed) ^ ::qHash(k.provider, seed * 31 + 1) ^ ::qHash(k.model, seed * 17 + 2);
}

} // namespace

Result<QList<WorkloadProfile>> readProfiles(store::WorkloadReader &reader, const query::UsageFilter &filter,
                                            Dimension groupBy)
{
    auto hours = reader.hoursOfDay(filter, groupBy);
    if (!hours)
        return hours.error();
    auto lengths = reader.outputLengths(filter, groupBy);
    if (!lengths)
        return lengths.error();
    auto repeats = reader.repeats(filter, groupBy);
    if (!repeats)
        return repeats.error();
    auto days = reader.activeDays(filter, groupBy);
    if (!days)
        return days.error();

    // The tag dimension: a filter on a tag set that is one label also matches every set that
    // contains the label, so such sets join that workload.
    QHash<Key, QString> owner; // (tag set, provider, model) → the workload's tag set
    if (groupBy == Dimension::Tags) {
        QHash<Key, bool> single;
        for (const store::WorkloadHourRow &r : *hours)
            if (!r.group.contains(u','))
                single.insert({r.group, r.provider, r.model}, true);
        for (const store::WorkloadHourRow &r : *hours) {
            if (!r.group.contains(u','))
                continue;
            for (const QString &label : r.group.split(u',')) {
                if (single.contains({label, r.provider, r.model})) {
                    owner.insert({r.group, r.provider, r.model}, label);
                    break;
                }
            }
        }
    }
    auto keyOf = [&](const QString &group, const QString &provider, const QString &model) {
        Key k{group, provider, model};
        const auto it = owner.constFind(k);
        if (it != owner.constEnd())
            k.group = *it;
        return k;
    };

    QList<WorkloadProfile> profiles;
    QHash<Key, int> index;
    auto profileFor = [&](const Key &k) -> WorkloadProfile & {
        auto it = index.constFind(k);
        if (it == index.constEnd()) {
            WorkloadProfile p;
            p.key = {groupBy, k.group, {k.provider, k.model}};
            profiles << p;
            it = index.insert(k, static_cast<int>(profiles.size() - 1));
        }
        return profiles[*it];
    };
    for (const store::WorkloadHourRow &r : *hours) {
        WorkloadProfile &p = profileFor(keyOf(r.group, r.provider, r.model));
        p.requests += r.requests;
        p.uncached += r.uncached;
        p.cacheRead += r.cacheRead;
        p.cacheWrite5m += r.cacheWrite5m;
        p.cacheWrite1h += r.cacheWrite1h;
        p.output += r.output;
        if (r.serviceTier == u"batch")
            p.batchRequests += r.requests;
        if (r.hourOfDay >= 0 && r.hourOfDay < 24)
            p.requestsByHour[static_cast<size_t>(r.hourOfDay)] += r.requests;
    }
    for (const store::WorkloadOutputRow &r : *lengths) {
        const Key k = keyOf(r.group, r.provider, r.model);
        if (!index.contains(k))
            continue;
        WorkloadProfile &p = profileFor(k);
        p.records += r.records;
        p.singleRequestRecords += r.singleRequestRecords;
        auto pos = std::lower_bound(p.outputs.begin(), p.outputs.end(), r.outputPerRequest,
                                    [](const WorkloadProfile::OutputBucket &b, std::int64_t v) {
                                        return b.outputPerRequest < v;
                                    });
        if (pos != p.outputs.end() && pos->outputPerRequest == r.outputPerRequest) {
            pos->requests += r.requests;
            pos->output += r.output;
        } else {
            p.outputs.insert(pos, {r.outputPerRequest, r.requests, r.output});
        }
    }
    for (const store::WorkloadRepeatRow &r : *repeats) {
        const Key k = keyOf(r.group, r.provider, r.model);
        if (!index.contains(k))
            continue;
        // A key seen under two tag sets of one workload counts twice among the distinct keys:
        // the repeats come out lower, never higher.
        WorkloadProfile &p = profileFor(k);
        p.keyedRequests += r.keyedRequests;
        p.distinctKeys += r.distinctKeys;
        p.gatewayCacheHits += r.cacheHits;
    }
    for (const store::WorkloadDaysRow &r : *days) {
        const Key k = keyOf(r.group, r.provider, r.model);
        if (!index.contains(k))
            continue;
        WorkloadProfile &p = profileFor(k);
        const bool first = p.firstDay == 0 && p.lastDay == 0;
        p.firstDay = first ? r.firstDay : std::min(p.firstDay, r.firstDay);
        p.lastDay = first ? r.lastDay : std::max(p.lastDay, r.lastDay);
    }
    return profiles;
}

} // namespace tl::savings
