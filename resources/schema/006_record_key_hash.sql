-- TokenLedger schema, version 6: record keys are indexed by a 64-bit hash.
--
-- The unique index on the text record_key was the costliest part of storing a fact: a log's
-- request ids arrive in random order, and every insert searched and split a B-tree of long
-- strings. usage_fact now keeps record_key as plain text and has a unique index on key_hash,
-- the tl_record_key_hash() of it (see store/RecordKeyHash.h). Should two different keys ever
-- share a hash, the later fact is stored with key_hash NULL; FactStore finds a key by its hash
-- or among those, always comparing the text, which keeps record keys unique. Removing a
-- UNIQUE constraint needs a new table; rows keep their ids.

CREATE TABLE usage_fact_v6 (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
    record_key    TEXT    NOT NULL,
    start_ts      INTEGER NOT NULL,
    bucket_secs   INTEGER NOT NULL,
    provider_id   INTEGER NOT NULL REFERENCES dim (id),
    model_id      INTEGER NOT NULL REFERENCES dim (id),
    family_id     INTEGER NOT NULL REFERENCES dim (id),
    account_id    INTEGER NOT NULL REFERENCES dim (id),
    api_key_id    INTEGER NOT NULL REFERENCES dim (id),
    user_id       INTEGER NOT NULL REFERENCES dim (id),
    team_id       INTEGER NOT NULL REFERENCES dim (id),
    tags_id       INTEGER NOT NULL REFERENCES dim (id),
    region_id     INTEGER NOT NULL REFERENCES dim (id),
    tier_id       INTEGER NOT NULL REFERENCES dim (id),
    requests               INTEGER NOT NULL DEFAULT 0,
    input_tokens           INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens      INTEGER NOT NULL DEFAULT 0,
    cache_write_5m_tokens  INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens          INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens       INTEGER NOT NULL DEFAULT 0,
    images                 INTEGER NOT NULL DEFAULT 0,
    audio_ms               INTEGER NOT NULL DEFAULT 0,
    web_searches           INTEGER NOT NULL DEFAULT 0,
    cost_input        INTEGER NOT NULL DEFAULT 0,
    cost_cache_read   INTEGER NOT NULL DEFAULT 0,
    cost_cache_write  INTEGER NOT NULL DEFAULT 0,
    cost_output       INTEGER NOT NULL DEFAULT 0,
    billed_cost       INTEGER,
    priced            INTEGER NOT NULL DEFAULT 1,
    key_hash          INTEGER            -- tl_record_key_hash(record_key); NULL if taken
);

INSERT INTO usage_fact_v6 (id, batch_id, record_key, start_ts, bucket_secs, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, priced, key_hash)
    SELECT id, batch_id, record_key, start_ts, bucket_secs, provider_id, model_id, family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id, requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input, cost_cache_read, cost_cache_write, cost_output, billed_cost, priced, tl_record_key_hash(record_key)
    FROM usage_fact ORDER BY id;

-- Existing keys whose hash an earlier fact already has (practically none).
UPDATE usage_fact_v6 SET key_hash = NULL
    WHERE id NOT IN (SELECT min(id) FROM usage_fact_v6 GROUP BY key_hash);

DROP TABLE usage_fact;
ALTER TABLE usage_fact_v6 RENAME TO usage_fact;

CREATE INDEX usage_fact_batch ON usage_fact (batch_id);
CREATE INDEX usage_fact_start ON usage_fact (start_ts);
CREATE UNIQUE INDEX usage_fact_key ON usage_fact (key_hash);
