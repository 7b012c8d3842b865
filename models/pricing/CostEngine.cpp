#include "pricing/CostEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace tl::pricing {

std::optional<Money> CostEngine::tokenCost(std::int64_t tokens, Money perMillion)
{
    // Both factors are below 2^63, so the product fits 127 bits: exact before the range check.
    return Money::fromWideNanos(
        roundedDivideWide(static_cast<Int128>(tokens) * perMillion.nanos(), 1'000'000));
}

QString CostEngine::outOfRangeMessage()
{
    return QCoreApplication::translate(
        "tl::pricing::CostEngine",
        "the cost of this record is more than 9.2 billion, the most TokenLedger can add up "
        "exactly (check the token counts and the price)");
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

    // Every part in 128 bits, checked into the money range; a request's parts and their sum
    // must all fit, else the record is out of range (never a wrapped, negative amount).
    const auto uncached = tokenCost(t.uncachedInput, input);
    const auto readCost = tokenCost(t.cacheRead, cacheRead);
    const auto w5 = tokenCost(t.cacheWrite5m, write5m);
    const auto w1 = tokenCost(t.cacheWrite1h, write1h);
    const auto outCost = tokenCost(t.output, output);
    const auto requestFee =
        p.perRequest ? Money::fromWideNanos(static_cast<Int128>(p.perRequest->nanos()) * t.requests)
                     : std::optional<Money>(Money());
    const auto writes = w5 && w1 ? Money::checkedAdd(*w5, *w1) : std::nullopt;
    const auto uncachedAll = uncached && requestFee ? Money::checkedAdd(*uncached, *requestFee) : std::nullopt;
    if (!uncachedAll || !readCost || !writes || !outCost) {
        out.outOfRange = true;
        return out;
    }
    out.cost.uncachedInput = *uncachedAll;
    out.cost.cacheRead = *readCost;
    out.cost.cacheWrite = *writes;
    out.cost.output = *outCost;
    if (const Discount *d = m_discounts.find(provider, model, out.price->model)) {
        if (const auto keep = d->keepPpm()) {
            for (Money *part : {&out.cost.uncachedInput, &out.cost.cacheRead, &out.cost.cacheWrite,
                                &out.cost.output}) {
                const auto kept = Money::checkedMulDiv(*part, *keep, 1'000'000);
                if (!kept) {
                    out.outOfRange = true;
                    out.cost = {};
                    return out;
                }
                *part = *kept;
            }
        }
    }
    // The total of the parts must fit too: every later sum starts from it.
    Int128 total = 0;
    for (Money part : {out.cost.uncachedInput, out.cost.cacheRead, out.cost.cacheWrite, out.cost.output})
        total += part.nanos();
    if (!Money::fromWideNanos(total)) {
        out.outOfRange = true;
        out.cost = {};
    }
    return out;
}

bool CostEngine::priceFact(UsageFact &fact) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(fact.start, QTimeZone::utc()).date();
    const Priced r = price(fact.provider, fact.model, date, fact.serviceTier, fact.tokens,
                           fact.bucket == BucketWidth::Request);
    fact.cost = r.cost;
    fact.priced = r.price != nullptr && !r.outOfRange;
    return fact.priced;
}

} // namespace tl::pricing
