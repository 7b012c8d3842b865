#pragma once

#include "query/UsageQueries.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace tl::cli {

std::string utf8(const QString &s);
// Token counts and money of a totals record, as in `summary --json` (money as strings).
nlohmann::ordered_json totalsToJson(const query::UsageTotals &t);
void printJson(const nlohmann::ordered_json &j);

} // namespace tl::cli
