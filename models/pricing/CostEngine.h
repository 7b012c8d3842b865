#pragma once

#include "domain/UsageFact.h"
#include "pricing/Discounts.h"
#include "pricing/PriceCatalog.h"

#include <QDate>

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
// - negotiated discounts (a percentage per provider or model) reduce every part of the cost.
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
    };

    Priced price(const QString &provider, const QString &model, const QDate &date,
                 const QString &serviceTier, const TokenCounts &tokens, bool perRequest) const;

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
