-- TokenLedger schema, version 8: the hourly rollup is keyed by time and the dimensions whose
-- number stays small — provider, model, family, account, team, region, tier.
--
-- With the API key, the user and the tags in its key, rollup_hour had about one row per request
-- for per-request logs (944,680 rows for a million LiteLLM lines), so it cost as much to write
-- as the facts and summed almost nothing. Without them its size follows hours × models × teams.
-- rollup_day keeps every dimension. An hourly query that filters or groups by the API key, the
-- user or the tags reads the facts of its hours instead (usage_fact_start), see
-- SqliteUsageReader. Rows are summed into the new key; the totals stay equal to the facts.

CREATE TABLE rollup_hour_v8 (
    hour INTEGER NOT NULL,
    provider_id INTEGER NOT NULL, model_id INTEGER NOT NULL, family_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL, team_id INTEGER NOT NULL, region_id INTEGER NOT NULL,
    tier_id INTEGER NOT NULL,
    facts INTEGER NOT NULL, requests INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL,
    cache_write_5m_tokens INTEGER NOT NULL, cache_write_1h_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
    images INTEGER NOT NULL, audio_ms INTEGER NOT NULL, web_searches INTEGER NOT NULL,
    cost_input INTEGER NOT NULL, cost_cache_read INTEGER NOT NULL,
    cost_cache_write INTEGER NOT NULL, cost_output INTEGER NOT NULL,
    billed_cost INTEGER NOT NULL, billed_facts INTEGER NOT NULL,
    billed_computed_cost INTEGER NOT NULL DEFAULT 0, unpriced_facts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id)
) WITHOUT ROWID;

INSERT INTO rollup_hour_v8 (hour, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id, facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_facts, billed_computed_cost, unpriced_facts)
    SELECT hour, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id, sum(facts), sum(requests), sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), sum(billed_cost), sum(billed_facts), sum(billed_computed_cost), sum(unpriced_facts)
    FROM rollup_hour
    GROUP BY hour, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id;

DROP TABLE rollup_hour;
ALTER TABLE rollup_hour_v8 RENAME TO rollup_hour;
