#pragma once

#include "domain/UsageFact.h"
#include "pricing/Discounts.h"
#include "pricing/PriceCatalog.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tl::pricing {

// Computes the cost of token counts from a price catalog (product spec §4):
// - input kinds are disjoint: uncached × input + cache read × cache-read price
//   + 5m writes × write-5m + 1h writes × write-1h; output × output price;
// - a kind without its own price is charged as uncached input (never dropped, never twice);
// - batch tier uses the batch prices, else 50 % of standard input and output;
// - when the total input of a request exceeds the long-context threshold, the long prices
//   apply to the whole request (only for per-request facts, where the total is known);
// - priority and flex tiers use their own prices where the catalog lists them;
// - the price in force on the usage date applies;
// - negotiated discounts (a percentage per provider or model) reduce every part of the cost;
// - audio, image and video tokens (within the input, cache-read and output figures) are
//   priced by their own prices; reasoning tokens by their own price where the catalog has
//   one (else as output); web searches and code executions per call; a unit the price has
//   no price for is counted in Priced::unpriced and costs nothing, never another unit's
//   price;
// - request modifiers (US-only inference, fast mode, regional processing) multiply the
//   token prices by the catalog's rule for the provider and model (RequestModifiers.h).
// Per-call fees (requests, web searches, code executions) are part of the uncached-input
// cost in the split, as the split has no part of its own for them.
class CostEngine
{
public:
    explicit CostEngine(const PriceCatalog &catalog, Discounts discounts = {})
        : m_catalog(catalog), m_discounts(std::move(discounts))
    {
    }

    struct Priced
    {
        CostBreakdown cost;
        const ModelPrice *price = nullptr; // nullptr: the model has no price
        // True when the exact cost does not fit the money range (about 9.2 billion): the
        // cost is then zero and must not be used; the caller rejects the record.
        bool outOfRange = false;
        // Units with a quantity the price has no price for: (usage key, quantity), e.g.
        // ("input_audio_tokens", 1200). Their cost is zero.
        QList<std::pair<QString, std::int64_t>> unpriced;
        std::int64_t unpricedTotal() const
        {
            std::int64_t n = 0;
            for (const auto &u : unpriced)
                n += u.second;
            return n;
        }
    };

    // `modifiers`: the RequestModifier bits the source stated for the request.
    // `longContext`: the tokens are known to belong to requests beyond the model's
    // long-context threshold (a cloud bills them under their own SKU), whatever their count.
    Priced price(const QString &provider, const QString &model, const QDate &date,
                 const QString &serviceTier, const TokenCounts &tokens, bool perRequest,
                 int modifiers = 0, bool longContext = false) const;

    // What price() works out before it looks at the counts, for one model price, service
    // tier, set of modifiers and long-context state: the price of each unit (scaled by the
    // modifiers, halved in batch) and the discount. price() is rates() then apply(); an import,
    // which prices many records alike, keeps the rates it has worked out (RateCache).
    struct UnitRate
    {
        std::optional<Money> price; // nullopt: the price has no price for the unit
        bool overflow = false;      // scaled out of the money range (the cost is then out of range)
    };
    struct Rates
    {
        const ModelPrice *price = nullptr;
        bool inRange = true; // false: a price of every record is out of range
        Money textInput, textCacheRead, write5m, write1h, textOutput;
        UnitRate reasoning, audioInput, imageInput, videoInput, audioCacheRead, imageCacheRead,
            videoCacheRead, audioOutput, imageOutput, videoOutput, webSearches, codeExecutions;
        std::optional<Money> perRequest;
        std::optional<std::int64_t> keepPpm; // the discount: the share of list price kept
    };
    // The price in force for the model on `date` (nullptr: none).
    const ModelPrice *find(const QString &provider, const QString &model, const QDate &date) const
    {
        return m_catalog.find(provider, model, date);
    }
    // Whether the long-context prices of `price` apply (see price()).
    static bool isLongContext(const ModelPrice &price, const TokenCounts &tokens, bool perRequest,
                              bool knownLongContext)
    {
        const auto &threshold = price.prices.longContextThreshold;
        return threshold && (knownLongContext || (perRequest && tokens.totalInput() > *threshold));
    }
    Rates rates(const QString &provider, const QString &model, const ModelPrice &price,
                const QString &serviceTier, int modifiers, bool longContext) const;
    static Priced apply(const Rates &rates, const TokenCounts &tokens);

    // Prices a fact in place (fills fact.cost and fact.priced); returns false when no price
    // was found or the cost is out of range, in which case the cost is zero and the caller
    // should report the model.
    bool priceFact(UsageFact &fact) const;

    // Cost of `tokens` tokens at `perMillion`, rounded to the nano-dollar; nullopt when it does
    // not fit the money range. Exact: the product is formed in 128 bits.
    static std::optional<Money> tokenCost(std::int64_t tokens, Money perMillion);

    // The message for a record whose cost is out of range.
    static QString outOfRangeMessage();

private:
    const PriceCatalog &m_catalog;
    Discounts m_discounts;
};

} // namespace tl::pricing
