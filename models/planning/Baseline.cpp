#include "planning/Baseline.h"

#include "query/UsageQueries.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace tl::planning {

Baseline manualBaseline(const BaselineSpec::Manual &manual)
{
    Baseline b;
    b.manual = true;
    b.days = 30;
    Slice s;
    s.model = manual.model;
    s.requests = manual.requestsPerMonth;
    // requests × tokens per request, both with six decimals: divide once by the scale.
    s.uncached = Quantity::fromMicros(manual.requestsPerMonth.micros() * manual.inputTokensPerRequest.micros()
                                      / Quantity::kScale);
    s.output = Quantity::fromMicros(manual.requestsPerMonth.micros() * manual.outputTokensPerRequest.micros()
                                    / Quantity::kScale);
    b.slices << s;
    return b;
}

Result<Baseline> buildBaseline(store::Database &db, const BaselineSpec &spec)
{
    if (spec.manual)
        return manualBaseline(*spec.manual);
    if (!spec.from.isValid() || !spec.to.isValid() || spec.to < spec.from)
        return Error{QCoreApplication::translate(
            "tl::planning::Baseline", "The baseline needs a period: a first and a last day.")};

    query::UsageFilter filter;
    filter.from = spec.from;
    filter.to = spec.to;
    filter.equals = spec.filters;
    const QList<Dimension> groupBy = {Dimension::Provider, Dimension::Model, Dimension::ServiceTier,
                                      Dimension::Team, Dimension::Tags};
    auto summary = query::UsageQueries(db).summary(filter, groupBy);
    if (!summary)
        return summary.error();

    Baseline b;
    b.from = spec.from;
    b.to = spec.to;
    b.days = static_cast<int>(spec.from.daysTo(spec.to)) + 1;
    b.scaleNum = 30;
    b.scaleDen = b.days;
    auto scaled = [&](std::int64_t n) { return Quantity::fromWhole(n).mulDiv(b.scaleNum, b.scaleDen); };
    for (const query::UsageGroup &g : summary->groups) {
        Slice s;
        s.model = {g.key[0], g.key[1]};
        s.serviceTier = g.key[2].isEmpty() ? QStringLiteral("standard") : g.key[2];
        s.team = g.key[3];
        s.tags = g.key[4];
        const TokenCounts &t = g.totals.tokens;
        s.requests = scaled(t.requests);
        s.uncached = scaled(t.uncachedInput);
        s.cacheRead = scaled(t.cacheRead);
        s.cacheWrite5m = scaled(t.cacheWrite5m);
        s.cacheWrite1h = scaled(t.cacheWrite1h);
        s.output = scaled(t.output);
        b.slices << s;
    }
    return b;
}

} // namespace tl::planning
