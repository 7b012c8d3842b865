#pragma once

#include "pricing/ModelPrice.h"

#include <QString>

namespace tl::store {

// A price's units beyond input, output and cache as the stores keep them (the local price
// table and the team ledger's ledger_price alike): {"units": {key: "decimal"},
// "long_units": {...}}, or '' when the price has none.
QString unitPricesText(const pricing::PriceSet &s);
// Adds what `text` holds to `s`; text it cannot read adds nothing.
void readUnitPrices(const QString &text, pricing::PriceSet &s);

} // namespace tl::store
