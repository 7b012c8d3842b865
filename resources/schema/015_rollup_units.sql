-- TokenLedger schema, version 15: the rollups sum the units of their facts too — audio, image
-- and video tokens, code executions — and the units no price covered (unpriced_units), so that
-- the explorer, the dashboard and `summary` show them without reading the facts. Existing rows
-- get the sums of their facts; the facts without any of these units (nearly all) change nothing.

ALTER TABLE rollup_day ADD COLUMN audio_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN audio_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN audio_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN image_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN image_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN image_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN video_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN video_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN video_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN code_executions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN unpriced_units INTEGER NOT NULL DEFAULT 0;

ALTER TABLE rollup_hour ADD COLUMN audio_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN audio_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN audio_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN image_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN image_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN image_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN video_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN video_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN video_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN code_executions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN unpriced_units INTEGER NOT NULL DEFAULT 0;

UPDATE rollup_day SET audio_input_tokens = s.audio_input_tokens, audio_cache_read_tokens = s.audio_cache_read_tokens, audio_output_tokens = s.audio_output_tokens, image_input_tokens = s.image_input_tokens, image_cache_read_tokens = s.image_cache_read_tokens, image_output_tokens = s.image_output_tokens, video_input_tokens = s.video_input_tokens, video_cache_read_tokens = s.video_cache_read_tokens, video_output_tokens = s.video_output_tokens, code_executions = s.code_executions, unpriced_units = s.unpriced_units
FROM (SELECT (start_ts - CASE WHEN start_ts < 0 THEN 86399 ELSE 0 END) / 86400 AS t, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id,
    sum(audio_input_tokens) AS audio_input_tokens,
    sum(audio_cache_read_tokens) AS audio_cache_read_tokens,
    sum(audio_output_tokens) AS audio_output_tokens,
    sum(image_input_tokens) AS image_input_tokens,
    sum(image_cache_read_tokens) AS image_cache_read_tokens,
    sum(image_output_tokens) AS image_output_tokens,
    sum(video_input_tokens) AS video_input_tokens,
    sum(video_cache_read_tokens) AS video_cache_read_tokens,
    sum(video_output_tokens) AS video_output_tokens,
    sum(code_executions) AS code_executions,
    sum(unpriced_units) AS unpriced_units
    FROM usage_fact WHERE audio_input_tokens != 0 OR audio_cache_read_tokens != 0 OR audio_output_tokens != 0 OR image_input_tokens != 0 OR image_cache_read_tokens != 0 OR image_output_tokens != 0 OR video_input_tokens != 0 OR video_cache_read_tokens != 0 OR video_output_tokens != 0 OR code_executions != 0 OR unpriced_units != 0
    GROUP BY 1, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id) AS s
WHERE rollup_day.day = s.t AND rollup_day.provider_id = s.provider_id AND rollup_day.model_id = s.model_id AND rollup_day.family_id = s.family_id AND rollup_day.account_id = s.account_id AND rollup_day.api_key_id = s.api_key_id AND rollup_day.user_id = s.user_id AND rollup_day.team_id = s.team_id AND rollup_day.tags_id = s.tags_id AND rollup_day.region_id = s.region_id AND rollup_day.tier_id = s.tier_id;

UPDATE rollup_hour SET audio_input_tokens = s.audio_input_tokens, audio_cache_read_tokens = s.audio_cache_read_tokens, audio_output_tokens = s.audio_output_tokens, image_input_tokens = s.image_input_tokens, image_cache_read_tokens = s.image_cache_read_tokens, image_output_tokens = s.image_output_tokens, video_input_tokens = s.video_input_tokens, video_cache_read_tokens = s.video_cache_read_tokens, video_output_tokens = s.video_output_tokens, code_executions = s.code_executions, unpriced_units = s.unpriced_units
FROM (SELECT (start_ts - CASE WHEN start_ts < 0 THEN 3599 ELSE 0 END) / 3600 AS t, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id,
    sum(audio_input_tokens) AS audio_input_tokens,
    sum(audio_cache_read_tokens) AS audio_cache_read_tokens,
    sum(audio_output_tokens) AS audio_output_tokens,
    sum(image_input_tokens) AS image_input_tokens,
    sum(image_cache_read_tokens) AS image_cache_read_tokens,
    sum(image_output_tokens) AS image_output_tokens,
    sum(video_input_tokens) AS video_input_tokens,
    sum(video_cache_read_tokens) AS video_cache_read_tokens,
    sum(video_output_tokens) AS video_output_tokens,
    sum(code_executions) AS code_executions,
    sum(unpriced_units) AS unpriced_units
    FROM usage_fact WHERE audio_input_tokens != 0 OR audio_cache_read_tokens != 0 OR audio_output_tokens != 0 OR image_input_tokens != 0 OR image_cache_read_tokens != 0 OR image_output_tokens != 0 OR video_input_tokens != 0 OR video_cache_read_tokens != 0 OR video_output_tokens != 0 OR code_executions != 0 OR unpriced_units != 0
    GROUP BY 1, provider_id, model_id, family_id, account_id, team_id, region_id, tier_id) AS s
WHERE rollup_hour.hour = s.t AND rollup_hour.provider_id = s.provider_id AND rollup_hour.model_id = s.model_id AND rollup_hour.family_id = s.family_id AND rollup_hour.account_id = s.account_id AND rollup_hour.team_id = s.team_id AND rollup_hour.region_id = s.region_id AND rollup_hour.tier_id = s.tier_id;
