#pragma once

#include "domain/UsageFact.h"

#include <QList>

namespace tl::providers {

// OpenAI and Anthropic report tokens (usage endpoints) and money (cost endpoints) in separate
// rows. To compare computed with billed cost record by record, a cost row's amount is carried
// over to the token records of the same day, model and account (project/workspace), split in
// proportion to their computed cost (evenly when none has one), to the nano-dollar so the
// split adds up exactly; a list-price amount beside it (Anthropic's cost analytics) is split
// the same way. The matched cost rows are then dropped, so every amount is counted
// once. Cost rows that match no token record (code execution, web search, a line item
// without a model, a model without usage that day) stay as records with a billed cost and
// no tokens. Records that already carry both (AWS) are left alone. Models match when they
// are equal after lower-casing and dropping a trailing date ("gpt-4o-2024-08-06" = "gpt-4o").
// Deterministic: the same input always gives the same output, so re-reads stay no-ops.
QList<UsageFact> attachBilledCosts(const QList<UsageFact> &facts);

// The model id without a trailing -YYYY-MM-DD or -YYYYMMDD, lower-cased.
QString modelWithoutDate(const QString &model);

} // namespace tl::providers
