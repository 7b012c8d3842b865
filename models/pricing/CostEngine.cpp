#include "pricing/CostEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

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

namespace {

// The cost of one unit's quantity at a price per `per` of it, rounded to the nano-dollar.
std::optional<Money> unitCost(std::int64_t quantity, Money price, std::int64_t per)
{
    return Money::fromWideNanos(roundedDivideWide(static_cast<Int128>(quantity) * price.nanos(), per));
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

CostEngine::Priced CostEngine::price(const QString &provider, const QString &model,
                                     const QDate &date, const QString &serviceTier,
                                     const TokenCounts &t, bool perRequest, int modifiers,
                                     bool knownLongContext) const
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
        p.longContextThreshold &&
        (knownLongContext || (perRequest && t.totalInput() > *p.longContextThreshold));
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
        const ModifierRule *rule = m_catalog.modifierRule(provider, model, out.price->model, m);
        if (rule && ((modifiers & m) != 0 || rule->always))
            factorPpm = factorPpm * rule->multiplierPpm / 1'000'000;
    }
    const bool modified = factorPpm != 1'000'000;
    bool priceRange = true;
    const auto scaled = [&](Money m) {
        if (!modified)
            return m;
        const auto r = Money::fromWideNanos(roundedDivideWide(static_cast<Int128>(m.nanos()) * factorPpm, 1'000'000));
        if (!r)
            priceRange = false;
        return r.value_or(Money());
    };
    input = scaled(input);
    output = scaled(output);
    cacheRead = scaled(cacheRead);
    write5m = scaled(write5m);
    write1h = scaled(write1h);
    // A unit's own token price: long-context price in a long request, half in batch,
    // multiplied by the modifiers.
    const auto tokenPrice = [&](const char *key) -> std::optional<Money> {
        auto m = p.unit(key, longContext);
        if (!m)
            return std::nullopt;
        return scaled(batch ? m->mulDiv(1, 2) : *m);
    };
    // Text prices of their own, where the catalog separates text from the other modalities.
    const Money textInput = tokenPrice("input_text_mtok").value_or(input);
    const Money textCacheRead = tokenPrice("cache_text_read_mtok").value_or(cacheRead);
    const Money textOutput = tokenPrice("output_text_mtok").value_or(output);

    Part uncachedPart, readPart, writePart, outputPart;
    const auto charge = [&](Part &part, const char *usageKey, const char *priceKey, std::int64_t qty,
                            std::int64_t per = 1'000'000, bool tokens = true) {
        if (qty <= 0)
            return;
        const auto price = tokens ? tokenPrice(priceKey) : p.unit(priceKey);
        if (!price) {
            out.unpriced.append({QString::fromLatin1(usageKey), qty});
            return;
        }
        part.add(unitCost(qty, *price, per));
    };
    const auto clampedRest = [](std::int64_t whole, std::initializer_list<std::int64_t> parts) {
        std::int64_t rest = whole;
        for (std::int64_t v : parts)
            rest -= v;
        return rest < 0 ? 0 : rest;
    };

    // Input: the text remainder at the input price, each modality at its own.
    uncachedPart.add(tokenCost(clampedRest(t.uncachedInput, {t.audioInput, t.imageInput, t.videoInput}), textInput));
    charge(uncachedPart, "input_audio_tokens", "input_audio_mtok", t.audioInput);
    charge(uncachedPart, "input_image_tokens", "input_image_mtok", t.imageInput);
    charge(uncachedPart, "input_video_tokens", "input_video_mtok", t.videoInput);
    readPart.add(tokenCost(clampedRest(t.cacheRead, {t.audioCacheRead, t.imageCacheRead, t.videoCacheRead}),
                           textCacheRead));
    charge(readPart, "cache_audio_read_tokens", "cache_audio_read_mtok", t.audioCacheRead);
    charge(readPart, "cache_image_read_tokens", "cache_image_read_mtok", t.imageCacheRead);
    charge(readPart, "cache_video_read_tokens", "cache_video_read_mtok", t.videoCacheRead);
    writePart.add(tokenCost(t.cacheWrite5m, write5m));
    writePart.add(tokenCost(t.cacheWrite1h, write1h));

    // Output: reasoning at its own price where there is one, else as text output.
    std::int64_t textOut = clampedRest(t.output, {t.audioOutput, t.imageOutput, t.videoOutput});
    if (const auto reasoningPrice = tokenPrice("output_reasoning_mtok"); reasoningPrice && t.reasoning > 0) {
        const std::int64_t r = std::min(t.reasoning, textOut);
        textOut -= r;
        outputPart.add(tokenCost(r, *reasoningPrice));
    }
    outputPart.add(tokenCost(textOut, textOutput));
    charge(outputPart, "output_audio_tokens", "output_audio_mtok", t.audioOutput);
    charge(outputPart, "output_image_tokens", "output_image_mtok", t.imageOutput);
    charge(outputPart, "output_video_tokens", "output_video_mtok", t.videoOutput);

    // Per-call fees, not multiplied by the modifiers (they price tokens).
    if (p.perRequest)
        uncachedPart.add(Money::fromWideNanos(static_cast<Int128>(p.perRequest->nanos()) * t.requests));
    charge(uncachedPart, "web_searches", "web_searches_kcount", t.webSearches, 1000, false);
    charge(uncachedPart, "code_executions", "code_executions_kcount", t.codeExecutions, 1000, false);

    const auto uncached = uncachedPart.bad ? std::nullopt : Money::fromWideNanos(uncachedPart.nanos);
    const auto readCost = readPart.bad ? std::nullopt : Money::fromWideNanos(readPart.nanos);
    const auto writes = writePart.bad ? std::nullopt : Money::fromWideNanos(writePart.nanos);
    const auto outCost = outputPart.bad ? std::nullopt : Money::fromWideNanos(outputPart.nanos);
    if (!priceRange || !uncached || !readCost || !writes || !outCost) {
        out.outOfRange = true;
        return out;
    }
    out.cost.uncachedInput = *uncached;
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
