-- TokenLedger schema, version 2: price catalog sources, match rules, service-tier prices,
-- negotiated discounts; facts remember whether a price was found; rollups gain the computed
-- cost of the facts that carry a billed cost (for computed-vs-billed) and a count of facts
-- without a price.

ALTER TABLE price ADD COLUMN match_rule TEXT NOT NULL DEFAULT '';   -- genai-prices style JSON
ALTER TABLE price ADD COLUMN priority_input INTEGER;
ALTER TABLE price ADD COLUMN priority_output INTEGER;
ALTER TABLE price ADD COLUMN flex_input INTEGER;
ALTER TABLE price ADD COLUMN flex_output INTEGER;

-- The built-in catalog always comes from the program, so that an update of TokenLedger
-- brings its new prices; copies stored by version 1 are dropped.
DELETE FROM price WHERE catalog = 'builtin';

-- One row per catalog stored in the price table (the built-in catalog is not stored: it
-- always comes from the program itself).
CREATE TABLE catalog_source (
    name        TEXT PRIMARY KEY,   -- litellm, genai-prices, user, …
    format      TEXT NOT NULL,      -- tokenledger, litellm, genai-prices
    file        TEXT,
    file_hash   TEXT,
    imported_at INTEGER NOT NULL,
    entries     INTEGER NOT NULL
);

-- Negotiated discounts: a percentage off list price for a provider, or one model of it.
CREATE TABLE price_discount (
    id       INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    model    TEXT NOT NULL DEFAULT '',  -- '' = every model of the provider
    percent  TEXT NOT NULL,             -- decimal string, e.g. "12.5"
    note     TEXT NOT NULL DEFAULT '',
    UNIQUE (provider, model)
);

ALTER TABLE usage_fact ADD COLUMN priced INTEGER NOT NULL DEFAULT 1; -- 0: no catalog price

ALTER TABLE rollup_hour ADD COLUMN billed_computed_cost INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN unpriced_facts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN billed_computed_cost INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN unpriced_facts INTEGER NOT NULL DEFAULT 0;

-- Recompute the rollups so that the new columns are filled for existing data.
DELETE FROM rollup_hour;
DELETE FROM rollup_day;
INSERT INTO rollup_hour (hour, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_facts, billed_computed_cost, unpriced_facts)
    SELECT start_ts / 3600, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, count(*), sum(requests), sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), coalesce(sum(billed_cost), 0), count(billed_cost), coalesce(sum(CASE WHEN billed_cost IS NOT NULL THEN cost_input + cost_cache_read + cost_cache_write + cost_output END), 0), sum(CASE WHEN priced = 0 THEN 1 ELSE 0 END) FROM usage_fact GROUP BY start_ts / 3600, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id;
INSERT INTO rollup_day (day, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_facts, billed_computed_cost, unpriced_facts)
    SELECT start_ts / 86400, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, count(*), sum(requests), sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), coalesce(sum(billed_cost), 0), count(billed_cost), coalesce(sum(CASE WHEN billed_cost IS NOT NULL THEN cost_input + cost_cache_read + cost_cache_write + cost_output END), 0), sum(CASE WHEN priced = 0 THEN 1 ELSE 0 END) FROM usage_fact GROUP BY start_ts / 86400, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id;
