#include "cli/JsonOutput.h"

#include <cstdio>

namespace tl::cli {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

nlohmann::ordered_json totalsToJson(const query::UsageTotals &t)
{
    nlohmann::ordered_json j;
    j["requests"] = t.tokens.requests;
    j["input_tokens"] = t.tokens.uncachedInput;
    j["cache_read_tokens"] = t.tokens.cacheRead;
    j["cache_write_tokens"] = t.tokens.cacheWrite();
    j["cache_write_5m_tokens"] = t.tokens.cacheWrite5m;
    j["cache_write_1h_tokens"] = t.tokens.cacheWrite1h;
    j["output_tokens"] = t.tokens.output;
    j["reasoning_tokens"] = t.tokens.reasoning;
    j["cost"] = utf8(t.cost.total().toDecimalString(2));
    j["billed_cost"] = utf8(t.billed.toDecimalString(2));
    j["cost_breakdown"] = {
        {"uncached_input", utf8(t.cost.uncachedInput.toDecimalString(2))},
        {"cache_read", utf8(t.cost.cacheRead.toDecimalString(2))},
        {"cache_write", utf8(t.cost.cacheWrite.toDecimalString(2))},
        {"output", utf8(t.cost.output.toDecimalString(2))},
    };
    j["records"] = t.facts;
    return j;
}

void printJson(const nlohmann::ordered_json &j)
{
    const std::string text = j.dump(2);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

} // namespace tl::cli
