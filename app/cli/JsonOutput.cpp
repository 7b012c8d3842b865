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
    // Units with prices of their own (docs/formats.md, "Units"); the modality tokens are parts of
    // the token figures above.
    j["units"] = {
        {"audio_input_tokens", t.tokens.audioInput},
        {"audio_cache_read_tokens", t.tokens.audioCacheRead},
        {"audio_output_tokens", t.tokens.audioOutput},
        {"image_input_tokens", t.tokens.imageInput},
        {"image_cache_read_tokens", t.tokens.imageCacheRead},
        {"image_output_tokens", t.tokens.imageOutput},
        {"video_input_tokens", t.tokens.videoInput},
        {"video_cache_read_tokens", t.tokens.videoCacheRead},
        {"video_output_tokens", t.tokens.videoOutput},
        {"images", t.tokens.images},
        {"web_searches", t.tokens.webSearches},
        {"code_executions", t.tokens.codeExecutions},
    };
    j["unpriced_records"] = t.unpricedFacts;
    j["unpriced_units"] = t.unpricedUnits;
    return j;
}

void printJson(const nlohmann::ordered_json &j)
{
    const std::string text = j.dump(2);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

} // namespace tl::cli
