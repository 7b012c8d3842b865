#include "pricing/CostEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace tl::pricing {

namespace {

// quantity × price / per, rounded half away from zero to the nano-dollar (roundedDivideWide),
// in 64 bits when the product fits, as it does for any ordinary record.
inline std::optional<Money> mulDivRounded(std::int64_t quantity, std::int64_t nanos, std::int64_t per)
{
    std::int64_t product = 0;
    if (!__builtin_mul_overflow(quantity, nanos, &product) && product != INT64_MIN) {
        const bool negative = product < 0;
        const auto n = static_cast<std::uint64_t>(negative ? -product : product);
        const auto d = static_cast<std::uint64_t>(per);
        std::uint64_t q = n / d;
        if ((n % d) * 2 >= d)
            ++q;
        return Money::fromNanos(negative ? -static_cast<std::int64_t>(q) : static_cast<std::int64_t>(q));
    }
    return Money::fromWideNanos(roundedDivideWide(static_cast<Int128>(quantity) * nanos, per));
}

// Money::fromWideNanos, inline: the range check of every part of every record.
inline std::optional<Money> fitting(Int128 nanos)
{
    if (nanos > static_cast<Int128>(INT64_MAX) || nanos < static_cast<Int128>(INT64_MIN))
        return std::nullopt;
    return Money::fromNanos(static_cast<std::int64_t>(nanos));
}

// CostEngine::tokenCost, inline.
inline std::optional<Money> perMillion(std::int64_t tokens, Money price)
{
    return mulDivRounded(tokens, price.nanos(), 1'000'000);
}

// The cost of one unit's quantity at a price per `per` of it, rounded to the nano-dollar.
std::optional<Money> unitCost(std::int64_t quantity, Money price, std::int64_t per)
{
    return mulDivRounded(quantity, price.nanos(), per);
}

// One part of the cost split, summed exactly; any term out of range spoils it.
struct Part
{
    Int128 nanos = 0;
    bool bad = false;
    void add(std::optional<Money> m)
    {
        if (!m)
            bad = true;
        else
            nanos += m->nanos();
    }
};

} // namespace

std::optional<Money> CostEngine::tokenCost(std::int64_t tokens, Money perMillion)
{
    // Both factors are below 2^63, so the product fits 127 bits: exact before the range check.
    return mulDivRounded(tokens, perMillion.nanos(), 1'000'000);
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
                                     const TokenCounts &t, bool perRequest, int modifiers,
                                     bool knownLongContext) const
{
    const ModelPrice *found = m_catalog.find(provider, model, date);
    if (!found)
        return {};
    const bool longContext = isLongContext(*found, t, perRequest, knownLongContext);
    return apply(rates(provider, model, *found, serviceTier, modifiers, longContext), t);
}

CostEngine::Rates CostEngine::rates(const QString &provider, const QString &model,
                                    const ModelPrice &found, const QString &serviceTier,
                                    int modifiers, bool longContext) const
{
    Rates r;
    r.price = &found;
    const PriceSet &p = found.prices;

    Money input = p.input;
    Money output = p.output;
    // A kind without its own price is charged as uncached input.
    Money cacheRead = p.cacheRead.value_or(p.input);
    Money write5m = p.cacheWrite5m.value_or(p.input);
    Money write1h = p.cacheWrite1h.value_or(p.input);

    if (longContext) {
        input = p.longInput.value_or(input);
        output = p.longOutput.value_or(output);
        cacheRead = p.longCacheRead.value_or(p.cacheRead ? cacheRead : input);
        write5m = p.longCacheWrite5m.value_or(p.cacheWrite5m ? write5m : input);
        if (!p.cacheWrite1h)
            write1h = input;
        else
            write1h = p.unit("cache_write_1h_mtok", true).value_or(write1h);
    }
    const bool batch = serviceTier == u"batch";
    if (serviceTier == u"priority" && !longContext) {
        input = p.priorityInput.value_or(input);
        output = p.priorityOutput.value_or(output);
    } else if (serviceTier == u"flex" && !longContext) {
        input = p.flexInput.value_or(input);
        output = p.flexOutput.value_or(output);
    } else if (batch) {
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

    // Request modifiers the catalog has a rule for: stated by the source, or always on.
    Int128 factorPpm = 1'000'000;
    for (const RequestModifier m : kRequestModifiers) {
        const ModifierRule *rule = m_catalog.modifierRule(provider, model, found.model, m);
        if (rule && ((modifiers & m) != 0 || rule->always))
            factorPpm = factorPpm * rule->multiplierPpm / 1'000'000;
    }
    const bool modified = factorPpm != 1'000'000;
    const auto scaled = [&](Money m, bool &inRange) {
        if (!modified)
            return m;
        const auto s = Money::fromWideNanos(roundedDivideWide(static_cast<Int128>(m.nanos()) * factorPpm, 1'000'000));
        if (!s)
            inRange = false;
        return s.value_or(Money());
    };
    input = scaled(input, r.inRange);
    output = scaled(output, r.inRange);
    cacheRead = scaled(cacheRead, r.inRange);
    r.write5m = scaled(write5m, r.inRange);
    r.write1h = scaled(write1h, r.inRange);
    // A unit's own token price: long-context price in a long request, half in batch,
    // multiplied by the modifiers. A price out of range spoils the records that use the unit.
    const auto tokenPrice = [&](const char *key) {
        UnitRate u;
        if (const auto m = p.unit(key, longContext)) {
            bool inRange = true;
            u.price = scaled(batch ? m->mulDiv(1, 2) : *m, inRange);
            u.overflow = !inRange;
        }
        return u;
    };
    // Text prices of their own, where the catalog separates text from the other modalities;
    // these and the reasoning price are used by every record.
    const auto always = [&](const char *key, Money otherwise) {
        const UnitRate u = tokenPrice(key);
        if (u.overflow)
            r.inRange = false;
        return u.price.value_or(otherwise);
    };
    r.textInput = always("input_text_mtok", input);
    r.textCacheRead = always("cache_text_read_mtok", cacheRead);
    r.textOutput = always("output_text_mtok", output);
    r.reasoning = tokenPrice("output_reasoning_mtok");
    if (r.reasoning.overflow)
        r.inRange = false;
    r.audioInput = tokenPrice("input_audio_mtok");
    r.imageInput = tokenPrice("input_image_mtok");
    r.videoInput = tokenPrice("input_video_mtok");
    r.audioCacheRead = tokenPrice("cache_audio_read_mtok");
    r.imageCacheRead = tokenPrice("cache_image_read_mtok");
    r.videoCacheRead = tokenPrice("cache_video_read_mtok");
    r.audioOutput = tokenPrice("output_audio_mtok");
    r.imageOutput = tokenPrice("output_image_mtok");
    r.videoOutput = tokenPrice("output_video_mtok");
    // Per-call fees, not multiplied by the modifiers (they price tokens).
    r.webSearches.price = p.unit("web_searches_kcount");
    r.codeExecutions.price = p.unit("code_executions_kcount");
    r.perRequest = p.perRequest;
    if (const Discount *d = m_discounts.find(provider, model, found.model))
        r.keepPpm = d->keepPpm();
    return r;
}

CostEngine::Priced CostEngine::apply(const Rates &r, const TokenCounts &t)
{
    Priced out;
    out.price = r.price;
    if (!r.price)
        return out;
    bool inRange = r.inRange;
    Part uncachedPart, readPart, writePart, outputPart;
    const auto charge = [&](Part &part, const char *usageKey, const UnitRate &rate, std::int64_t qty,
                            std::int64_t per = 1'000'000) {
        if (qty <= 0)
            return;
        if (!rate.price) {
            out.unpriced.append({QString::fromLatin1(usageKey), qty});
            return;
        }
        if (rate.overflow)
            inRange = false;
        part.add(unitCost(qty, *rate.price, per));
    };
    const auto clampedRest = [](std::int64_t whole, std::initializer_list<std::int64_t> parts) {
        std::int64_t rest = whole;
        for (std::int64_t v : parts)
            rest -= v;
        return rest < 0 ? 0 : rest;
    };

    // Input: the text remainder at the input price, each modality at its own.
    uncachedPart.add(perMillion(clampedRest(t.uncachedInput, {t.audioInput, t.imageInput, t.videoInput}), r.textInput));
    charge(uncachedPart, "input_audio_tokens", r.audioInput, t.audioInput);
    charge(uncachedPart, "input_image_tokens", r.imageInput, t.imageInput);
    charge(uncachedPart, "input_video_tokens", r.videoInput, t.videoInput);
    readPart.add(perMillion(clampedRest(t.cacheRead, {t.audioCacheRead, t.imageCacheRead, t.videoCacheRead}),
                           r.textCacheRead));
    charge(readPart, "cache_audio_read_tokens", r.audioCacheRead, t.audioCacheRead);
    charge(readPart, "cache_image_read_tokens", r.imageCacheRead, t.imageCacheRead);
    charge(readPart, "cache_video_read_tokens", r.videoCacheRead, t.videoCacheRead);
    writePart.add(perMillion(t.cacheWrite5m, r.write5m));
    writePart.add(perMillion(t.cacheWrite1h, r.write1h));

    // Output: reasoning at its own price where there is one, else as text output.
    std::int64_t textOut = clampedRest(t.output, {t.audioOutput, t.imageOutput, t.videoOutput});
    if (r.reasoning.price && t.reasoning > 0) {
        const std::int64_t n = std::min(t.reasoning, textOut);
        textOut -= n;
        outputPart.add(perMillion(n, *r.reasoning.price));
    }
    outputPart.add(perMillion(textOut, r.textOutput));
    charge(outputPart, "output_audio_tokens", r.audioOutput, t.audioOutput);
    charge(outputPart, "output_image_tokens", r.imageOutput, t.imageOutput);
    charge(outputPart, "output_video_tokens", r.videoOutput, t.videoOutput);

    // Per-call fees.
    if (r.perRequest)
        uncachedPart.add(fitting(static_cast<Int128>(r.perRequest->nanos()) * t.requests));
    charge(uncachedPart, "web_searches", r.webSearches, t.webSearches, 1000);
    charge(uncachedPart, "code_executions", r.codeExecutions, t.codeExecutions, 1000);

    const auto uncached = uncachedPart.bad ? std::nullopt : fitting(uncachedPart.nanos);
    const auto readCost = readPart.bad ? std::nullopt : fitting(readPart.nanos);
    const auto writes = writePart.bad ? std::nullopt : fitting(writePart.nanos);
    const auto outCost = outputPart.bad ? std::nullopt : fitting(outputPart.nanos);
    if (!inRange || !uncached || !readCost || !writes || !outCost) {
        out.outOfRange = true;
        return out;
    }
    out.cost.uncachedInput = *uncached;
    out.cost.cacheRead = *readCost;
    out.cost.cacheWrite = *writes;
    out.cost.output = *outCost;
    if (r.keepPpm) {
        for (Money *part : {&out.cost.uncachedInput, &out.cost.cacheRead, &out.cost.cacheWrite,
                            &out.cost.output}) {
            const auto kept = Money::checkedMulDiv(*part, *r.keepPpm, 1'000'000);
            if (!kept) {
                out.outOfRange = true;
                out.cost = {};
                return out;
            }
            *part = *kept;
        }
    }
    // The total of the parts must fit too: every later sum starts from it.
    Int128 total = 0;
    for (Money part : {out.cost.uncachedInput, out.cost.cacheRead, out.cost.cacheWrite, out.cost.output})
        total += part.nanos();
    if (!fitting(total)) {
        out.outOfRange = true;
        out.cost = {};
    }
    return out;
}

bool CostEngine::priceFact(UsageFact &fact) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(fact.start, QTimeZone::utc()).date();
    // A cloud bill's long-context SKU (Google) holds tokens of requests beyond the threshold.
    const bool longContext = !fact.tags.isEmpty() &&
                             fact.tags.contains(QLatin1String("context_window:long"));
    const Priced r = price(fact.provider, fact.model, date, fact.serviceTier, fact.tokens,
                           fact.bucket == BucketWidth::Request, fact.modifiers, longContext);
    fact.cost = r.cost;
    fact.priced = r.price != nullptr && !r.outOfRange;
    fact.unpricedUnits = fact.priced ? r.unpricedTotal() : 0;
    return fact.priced;
}

} // namespace tl::pricing
