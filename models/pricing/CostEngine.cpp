#include "pricing/CostEngine.h"

#include <QDateTime>
#include <QTimeZone>

namespace tl::pricing {

Money CostEngine::tokenCost(std::int64_t tokens, Money perMillion)
{
    return Money::fromNanos(
        roundedDivide(static_cast<Int128>(tokens) * perMillion.nanos(), 1'000'000));
}

CostEngine::Priced CostEngine::price(const QString &provider, const QString &model,
                                     const QDate &date, const QString &serviceTier,
                                     const TokenCounts &t, bool perRequest) const
{
    Priced out;
    out.price = m_catalog.find(provider, model, date);
    if (!out.price)
        return out;
    const PriceSet &p = out.price->prices;

    Money input = p.input;
    Money output = p.output;
    // A kind without its own price is charged as uncached input.
    Money cacheRead = p.cacheRead.value_or(p.input);
    Money write5m = p.cacheWrite5m.value_or(p.input);
    Money write1h = p.cacheWrite1h.value_or(p.input);

    const bool longContext =
        perRequest && p.longContextThreshold && t.totalInput() > *p.longContextThreshold;
    if (longContext) {
        input = p.longInput.value_or(input);
        output = p.longOutput.value_or(output);
        cacheRead = p.longCacheRead.value_or(p.cacheRead ? cacheRead : input);
        write5m = p.longCacheWrite5m.value_or(p.cacheWrite5m ? write5m : input);
        if (!p.cacheWrite1h)
            write1h = input;
    }
    if (serviceTier == u"priority" && !longContext) {
        input = p.priorityInput.value_or(input);
        output = p.priorityOutput.value_or(output);
    } else if (serviceTier == u"flex" && !longContext) {
        input = p.flexInput.value_or(input);
        output = p.flexOutput.value_or(output);
    } else if (serviceTier == u"batch") {
        // Batch discounts apply to input and output; cache prices stay as they are. A long
        // request in batch pays half of the long-context prices.
        input = longContext ? input.mulDiv(1, 2) : p.batchInput.value_or(input.mulDiv(1, 2));
        output = longContext ? output.mulDiv(1, 2) : p.batchOutput.value_or(output.mulDiv(1, 2));
        if (!p.cacheRead)
            cacheRead = input;
        if (!p.cacheWrite5m)
            write5m = input;
        if (!p.cacheWrite1h)
            write1h = input;
    }

    out.cost.uncachedInput = tokenCost(t.uncachedInput, input);
    out.cost.cacheRead = tokenCost(t.cacheRead, cacheRead);
    out.cost.cacheWrite = tokenCost(t.cacheWrite5m, write5m) + tokenCost(t.cacheWrite1h, write1h);
    out.cost.output = tokenCost(t.output, output);
    if (p.perRequest)
        out.cost.uncachedInput += Money::fromNanos(p.perRequest->nanos() * t.requests);
    if (const Discount *d = m_discounts.find(provider, model, out.price->model)) {
        if (const auto keep = d->keepPpm()) {
            for (Money *part : {&out.cost.uncachedInput, &out.cost.cacheRead, &out.cost.cacheWrite,
                                &out.cost.output})
                *part = part->mulDiv(*keep, 1'000'000);
        }
    }
    return out;
}

bool CostEngine::priceFact(UsageFact &fact) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(fact.start, QTimeZone::utc()).date();
    const Priced r = price(fact.provider, fact.model, date, fact.serviceTier, fact.tokens,
                           fact.bucket == BucketWidth::Request);
    fact.cost = r.cost;
    fact.priced = r.price != nullptr;
    return fact.priced;
}

} // namespace tl::pricing
