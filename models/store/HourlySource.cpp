#include "store/HourlySource.h"

#include <limits>

namespace tl::store {

// rollup_hour keeps neither the API key, the user nor the tags (008_hourly_rollup_key.sql),
// so neither the dimensions derived from the tags.
bool hourlyRollupKeeps(Dimension d)
{
    return d != Dimension::ApiKey && d != Dimension::User && d != Dimension::Tags && !isDerived(d);
}

bool hourlyRollupServes(const query::UsageFilter &filter, const QList<Dimension> &dimensions)
{
    for (Dimension d : dimensions) {
        if (!hourlyRollupKeeps(d))
            return false;
    }
    for (auto it = filter.equals.constBegin(); it != filter.equals.constEnd(); ++it) {
        if (!it.value().isEmpty() && !hourlyRollupKeeps(it.key()))
            return false;
    }
    return true;
}

QString hourlySource(const query::UsageFilter &filter, std::optional<Dimension> groupBy,
                     std::int64_t firstHour, std::int64_t lastHour)
{
    if (hourlyRollupServes(filter, groupBy ? QList<Dimension>{*groupBy} : QList<Dimension>{}))
        return QStringLiteral("rollup_hour");
    return factsOfBuckets(firstHour, lastHour, 3600);
}

QString factsOfBuckets(std::int64_t first, std::int64_t last, std::int64_t secondsPerBucket)
{
    // Bounds beyond the 64-bit range (open ends) become the range's ends.
    std::int64_t from = 0;
    std::int64_t to = 0;
    if (__builtin_mul_overflow(first, secondsPerBucket, &from))
        from = std::numeric_limits<std::int64_t>::min();
    if (__builtin_mul_overflow(last, secondsPerBucket, &to) || __builtin_add_overflow(to, secondsPerBucket - 1, &to))
        to = std::numeric_limits<std::int64_t>::max();
    return factsAsRollupRows(from, to);
}

QString factsAsRollupRows(std::int64_t fromTs, std::int64_t toTs)
{
    return QStringLiteral(
               "(SELECT (start_ts - CASE WHEN start_ts < 0 THEN 3599 ELSE 0 END) / 3600 AS hour, "
               "provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, "
               "region_id, tier_id, 1 AS facts, requests, input_tokens, cache_read_tokens, "
               "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, "
               "audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, "
               "coalesce(billed_cost, 0) AS billed_cost, billed_cost IS NOT NULL AS billed_facts, "
               "CASE WHEN billed_cost IS NOT NULL THEN cost_input + cost_cache_read + cost_cache_write "
               "+ cost_output ELSE 0 END AS billed_computed_cost, CASE WHEN priced = 0 THEN 1 ELSE 0 "
               "END AS unpriced_facts, audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, "
               "image_input_tokens, image_cache_read_tokens, image_output_tokens, video_input_tokens, "
               "video_cache_read_tokens, video_output_tokens, code_executions, unpriced_units "
               "FROM usage_fact WHERE start_ts BETWEEN %1 AND %2)")
        .arg(fromTs)
        .arg(toTs);
}

} // namespace tl::store
