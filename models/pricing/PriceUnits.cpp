#include "pricing/PriceUnits.h"

#include "pricing/CatalogJson.h"

#include <array>

namespace tl::pricing {

namespace {

// Transcribed from genai-prices' units.yml (v2 catalog); the order is the registry's.
constexpr std::array kUnits = {
    PriceUnit{"input_mtok", "input_tokens", 1'000'000},
    PriceUnit{"output_mtok", "output_tokens", 1'000'000},
    PriceUnit{"cache_read_mtok", "cache_read_tokens", 1'000'000},
    PriceUnit{"cache_write_mtok", "cache_write_tokens", 1'000'000},
    PriceUnit{"cache_write_5m_mtok", "cache_write_5m_tokens", 1'000'000},
    PriceUnit{"cache_write_1h_mtok", "cache_write_1h_tokens", 1'000'000},
    PriceUnit{"input_text_mtok", "input_text_tokens", 1'000'000},
    PriceUnit{"output_text_mtok", "output_text_tokens", 1'000'000},
    PriceUnit{"cache_text_read_mtok", "cache_text_read_tokens", 1'000'000},
    PriceUnit{"cache_text_write_mtok", "cache_text_write_tokens", 1'000'000},
    PriceUnit{"cache_text_write_5m_mtok", "cache_text_write_5m_tokens", 1'000'000},
    PriceUnit{"cache_text_write_1h_mtok", "cache_text_write_1h_tokens", 1'000'000},
    PriceUnit{"input_audio_mtok", "input_audio_tokens", 1'000'000},
    PriceUnit{"output_audio_mtok", "output_audio_tokens", 1'000'000},
    PriceUnit{"cache_audio_read_mtok", "cache_audio_read_tokens", 1'000'000},
    PriceUnit{"cache_audio_write_mtok", "cache_audio_write_tokens", 1'000'000},
    PriceUnit{"cache_audio_write_5m_mtok", "cache_audio_write_5m_tokens", 1'000'000},
    PriceUnit{"cache_audio_write_1h_mtok", "cache_audio_write_1h_tokens", 1'000'000},
    PriceUnit{"input_image_mtok", "input_image_tokens", 1'000'000},
    PriceUnit{"output_image_mtok", "output_image_tokens", 1'000'000},
    PriceUnit{"cache_image_read_mtok", "cache_image_read_tokens", 1'000'000},
    PriceUnit{"cache_image_write_mtok", "cache_image_write_tokens", 1'000'000},
    PriceUnit{"cache_image_write_5m_mtok", "cache_image_write_5m_tokens", 1'000'000},
    PriceUnit{"cache_image_write_1h_mtok", "cache_image_write_1h_tokens", 1'000'000},
    PriceUnit{"input_video_mtok", "input_video_tokens", 1'000'000},
    PriceUnit{"output_video_mtok", "output_video_tokens", 1'000'000},
    PriceUnit{"cache_video_read_mtok", "cache_video_read_tokens", 1'000'000},
    PriceUnit{"cache_video_write_mtok", "cache_video_write_tokens", 1'000'000},
    PriceUnit{"cache_video_write_5m_mtok", "cache_video_write_5m_tokens", 1'000'000},
    PriceUnit{"cache_video_write_1h_mtok", "cache_video_write_1h_tokens", 1'000'000},
    PriceUnit{"input_tool_mtok", "input_tool_tokens", 1'000'000},
    PriceUnit{"input_text_tool_mtok", "input_text_tool_tokens", 1'000'000},
    PriceUnit{"input_audio_tool_mtok", "input_audio_tool_tokens", 1'000'000},
    PriceUnit{"input_image_tool_mtok", "input_image_tool_tokens", 1'000'000},
    PriceUnit{"input_video_tool_mtok", "input_video_tool_tokens", 1'000'000},
    PriceUnit{"output_reasoning_mtok", "output_reasoning_tokens", 1'000'000},
    PriceUnit{"output_text_reasoning_mtok", "output_text_reasoning_tokens", 1'000'000},
    PriceUnit{"output_audio_reasoning_mtok", "output_audio_reasoning_tokens", 1'000'000},
    PriceUnit{"output_image_reasoning_mtok", "output_image_reasoning_tokens", 1'000'000},
    PriceUnit{"output_video_reasoning_mtok", "output_video_reasoning_tokens", 1'000'000},
    PriceUnit{"output_citation_mtok", "output_citation_tokens", 1'000'000},
    PriceUnit{"output_text_citation_mtok", "output_text_citation_tokens", 1'000'000},
    PriceUnit{"output_audio_citation_mtok", "output_audio_citation_tokens", 1'000'000},
    PriceUnit{"output_image_citation_mtok", "output_image_citation_tokens", 1'000'000},
    PriceUnit{"output_video_citation_mtok", "output_video_citation_tokens", 1'000'000},
    PriceUnit{"input_mchars", "input_characters", 1'000'000},
    PriceUnit{"input_text_messages_kcount", "input_text_messages", 1'000},
    PriceUnit{"audio_hours", "audio_seconds", 3'600},
    PriceUnit{"input_audio_hours", "input_audio_seconds", 3'600},
    PriceUnit{"output_audio_hours", "output_audio_seconds", 3'600},
    PriceUnit{"input_gpixels", "input_pixels", 1'000'000'000},
    PriceUnit{"input_document_kpages", "input_document_pages", 1'000},
    PriceUnit{"input_annotated_document_kpages", "input_annotated_document_pages", 1'000},
    PriceUnit{"rerank_searches_kcount", "rerank_searches", 1'000},
    PriceUnit{"web_searches_kcount", "web_searches", 1'000},
    PriceUnit{"social_searches_kcount", "social_searches", 1'000},
    PriceUnit{"storage_searches_kcount", "storage_searches", 1'000},
    PriceUnit{"code_executions_kcount", "code_executions", 1'000},
    PriceUnit{"requests_kcount", "requests", 1'000},
};

} // namespace

std::span<const PriceUnit> priceUnits()
{
    return kUnits;
}

const PriceUnit *priceUnitByKey(const QString &priceKey)
{
    for (const PriceUnit &u : kUnits) {
        if (priceKey == QLatin1String(u.priceKey))
            return &u;
    }
    return nullptr;
}

namespace catalogjson {

bool v2PriceKey(const std::string &key)
{
    for (const PriceUnit &u : kUnits)
        if (key == u.priceKey)
            return true;
    return false;
}

} // namespace catalogjson

} // namespace tl::pricing
