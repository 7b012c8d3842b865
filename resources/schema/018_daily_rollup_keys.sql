-- TokenLedger schema, version 18: the daily rollup's key loses the tags, and a second daily
-- rollup keeps the tags without the user and the API key.
--
-- With the user, the API key and the tags in one key, rollup_day had a row for about every three
-- requests of a per-request log (337,599 rows for a million LiteLLM lines of 200 users with ten
-- tag sets), and writing them was the larger half of an import's storing work. Users and keys
-- are counted in hundreds or thousands; tag sets multiply them. Now:
--   rollup_day      day × provider, model, family, account, API key, user, team, region, tier
--   rollup_tag_day  day × provider, model, family, account, team, tag set, region, tier
-- A daily query reads rollup_day unless it filters or groups by the tags (or a dimension read
-- from them); then rollup_tag_day unless it also needs the user or the API key; only a query
-- that needs both reads the facts of its days (store/DailySource). Both tables are sums of the
-- same facts, so their totals stay equal to the facts'.

CREATE TABLE rollup_day_v18 (
    day INTEGER NOT NULL,
    provider_id INTEGER NOT NULL,
    model_id INTEGER NOT NULL,
    family_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    api_key_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    tier_id INTEGER NOT NULL,
    facts INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    images INTEGER NOT NULL DEFAULT 0,
    audio_ms INTEGER NOT NULL DEFAULT 0,
    web_searches INTEGER NOT NULL DEFAULT 0,
    cost_input INTEGER NOT NULL DEFAULT 0,
    cost_cache_read INTEGER NOT NULL DEFAULT 0,
    cost_cache_write INTEGER NOT NULL DEFAULT 0,
    cost_output INTEGER NOT NULL DEFAULT 0,
    billed_cost INTEGER NOT NULL DEFAULT 0,
    billed_facts INTEGER NOT NULL DEFAULT 0,
    billed_computed_cost INTEGER NOT NULL DEFAULT 0,
    unpriced_facts INTEGER NOT NULL DEFAULT 0,
    audio_input_tokens INTEGER NOT NULL DEFAULT 0,
    audio_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    audio_output_tokens INTEGER NOT NULL DEFAULT 0,
    image_input_tokens INTEGER NOT NULL DEFAULT 0,
    image_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    image_output_tokens INTEGER NOT NULL DEFAULT 0,
    video_input_tokens INTEGER NOT NULL DEFAULT 0,
    video_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    video_output_tokens INTEGER NOT NULL DEFAULT 0,
    code_executions INTEGER NOT NULL DEFAULT 0,
    unpriced_units INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, region_id, tier_id)
) WITHOUT ROWID;

INSERT INTO rollup_day_v18 (day, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, region_id, tier_id, facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_facts, billed_computed_cost, unpriced_facts, audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, image_input_tokens, image_cache_read_tokens, image_output_tokens, video_input_tokens, video_cache_read_tokens, video_output_tokens, code_executions, unpriced_units)
    SELECT day, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, region_id, tier_id, sum(facts), sum(requests), sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), sum(billed_cost), sum(billed_facts), sum(billed_computed_cost), sum(unpriced_facts), sum(audio_input_tokens), sum(audio_cache_read_tokens), sum(audio_output_tokens), sum(image_input_tokens), sum(image_cache_read_tokens), sum(image_output_tokens), sum(video_input_tokens), sum(video_cache_read_tokens), sum(video_output_tokens), sum(code_executions), sum(unpriced_units)
    FROM rollup_day GROUP BY day, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, region_id, tier_id;

CREATE TABLE rollup_tag_day (
    day INTEGER NOT NULL,
    provider_id INTEGER NOT NULL,
    model_id INTEGER NOT NULL,
    family_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    tags_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    tier_id INTEGER NOT NULL,
    facts INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    images INTEGER NOT NULL DEFAULT 0,
    audio_ms INTEGER NOT NULL DEFAULT 0,
    web_searches INTEGER NOT NULL DEFAULT 0,
    cost_input INTEGER NOT NULL DEFAULT 0,
    cost_cache_read INTEGER NOT NULL DEFAULT 0,
    cost_cache_write INTEGER NOT NULL DEFAULT 0,
    cost_output INTEGER NOT NULL DEFAULT 0,
    billed_cost INTEGER NOT NULL DEFAULT 0,
    billed_facts INTEGER NOT NULL DEFAULT 0,
    billed_computed_cost INTEGER NOT NULL DEFAULT 0,
    unpriced_facts INTEGER NOT NULL DEFAULT 0,
    audio_input_tokens INTEGER NOT NULL DEFAULT 0,
    audio_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    audio_output_tokens INTEGER NOT NULL DEFAULT 0,
    image_input_tokens INTEGER NOT NULL DEFAULT 0,
    image_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    image_output_tokens INTEGER NOT NULL DEFAULT 0,
    video_input_tokens INTEGER NOT NULL DEFAULT 0,
    video_cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    video_output_tokens INTEGER NOT NULL DEFAULT 0,
    code_executions INTEGER NOT NULL DEFAULT 0,
    unpriced_units INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider_id, model_id, family_id, account_id, team_id, tags_id, region_id, tier_id)
) WITHOUT ROWID;

INSERT INTO rollup_tag_day (day, provider_id, model_id, family_id, account_id, team_id, tags_id, region_id, tier_id, facts, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_facts, billed_computed_cost, unpriced_facts, audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, image_input_tokens, image_cache_read_tokens, image_output_tokens, video_input_tokens, video_cache_read_tokens, video_output_tokens, code_executions, unpriced_units)
    SELECT day, provider_id, model_id, family_id, account_id, team_id, tags_id, region_id, tier_id, sum(facts), sum(requests), sum(input_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens), sum(cache_write_1h_tokens), sum(output_tokens), sum(reasoning_tokens), sum(images), sum(audio_ms), sum(web_searches), sum(cost_input), sum(cost_cache_read), sum(cost_cache_write), sum(cost_output), sum(billed_cost), sum(billed_facts), sum(billed_computed_cost), sum(unpriced_facts), sum(audio_input_tokens), sum(audio_cache_read_tokens), sum(audio_output_tokens), sum(image_input_tokens), sum(image_cache_read_tokens), sum(image_output_tokens), sum(video_input_tokens), sum(video_cache_read_tokens), sum(video_output_tokens), sum(code_executions), sum(unpriced_units)
    FROM rollup_day GROUP BY day, provider_id, model_id, family_id, account_id, team_id, tags_id, region_id, tier_id;

DROP TABLE rollup_day;
ALTER TABLE rollup_day_v18 RENAME TO rollup_day;
