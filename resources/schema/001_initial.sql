-- TokenLedger schema, version 1.
-- Money columns hold integer nano-dollars (1e-9 USD); prices hold nano-dollars per million
-- tokens. Times are UTC seconds since the epoch; rollup keys are epoch hours and days.

CREATE TABLE schema_migration (
    version     INTEGER PRIMARY KEY,
    applied_at  INTEGER NOT NULL,
    app_version TEXT    NOT NULL
);

-- Small key/value facts about the database itself ("demo", "organisation", …).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Interned dimension values; facts and rollups refer to them by id.
CREATE TABLE dim (
    id    INTEGER PRIMARY KEY,
    kind  INTEGER NOT NULL,
    value TEXT    NOT NULL,
    UNIQUE (kind, value)
);

CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,           -- demo, litellm, openai-batch, openai-api, …
    file        TEXT,                       -- file path or connection name
    file_hash   TEXT,                       -- SHA-256 of the file, when a file
    file_size   INTEGER,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    status      TEXT    NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'done', 'failed', 'cancelled', 'undone')),
    records_read INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    message     TEXT
);

CREATE TABLE import_problem (
    id       INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line     INTEGER,
    field    TEXT,
    reason   TEXT NOT NULL
);
CREATE INDEX import_problem_batch ON import_problem (batch_id);

-- The normalised usage fact (one per source record or provider bucket).
CREATE TABLE usage_fact (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch (id),
    record_key    TEXT    NOT NULL UNIQUE,
    start_ts      INTEGER NOT NULL,
    bucket_secs   INTEGER NOT NULL,          -- 0 = one request, 60, 3600, 86400
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
    input_tokens           INTEGER NOT NULL DEFAULT 0,  -- uncached input only
    cache_read_tokens      INTEGER NOT NULL DEFAULT 0,
    cache_write_5m_tokens  INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens          INTEGER NOT NULL DEFAULT 0,  -- reasoning included
    reasoning_tokens       INTEGER NOT NULL DEFAULT 0,  -- informational
    images                 INTEGER NOT NULL DEFAULT 0,
    audio_ms               INTEGER NOT NULL DEFAULT 0,
    web_searches           INTEGER NOT NULL DEFAULT 0,
    cost_input        INTEGER NOT NULL DEFAULT 0,  -- computed: uncached input
    cost_cache_read   INTEGER NOT NULL DEFAULT 0,
    cost_cache_write  INTEGER NOT NULL DEFAULT 0,
    cost_output       INTEGER NOT NULL DEFAULT 0,
    billed_cost       INTEGER                      -- as reported by the source, NULL if none
);
CREATE INDEX usage_fact_batch ON usage_fact (batch_id);
CREATE INDEX usage_fact_start ON usage_fact (start_ts);

-- Rollups: sums of facts per time bucket and full dimension key, maintained by the store on
-- every insert and delete. Dashboards and planning read these, never the facts.
CREATE TABLE rollup_hour (
    hour INTEGER NOT NULL,
    provider_id INTEGER NOT NULL, model_id INTEGER NOT NULL, family_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL, api_key_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
    team_id INTEGER NOT NULL, tags_id INTEGER NOT NULL, region_id INTEGER NOT NULL,
    tier_id INTEGER NOT NULL,
    facts INTEGER NOT NULL, requests INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL,
    cache_write_5m_tokens INTEGER NOT NULL, cache_write_1h_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
    images INTEGER NOT NULL, audio_ms INTEGER NOT NULL, web_searches INTEGER NOT NULL,
    cost_input INTEGER NOT NULL, cost_cache_read INTEGER NOT NULL,
    cost_cache_write INTEGER NOT NULL, cost_output INTEGER NOT NULL,
    billed_cost INTEGER NOT NULL, billed_facts INTEGER NOT NULL,
    PRIMARY KEY (hour, provider_id, model_id, family_id, account_id, api_key_id, user_id,
                 team_id, tags_id, region_id, tier_id)
) WITHOUT ROWID;

CREATE TABLE rollup_day (
    day INTEGER NOT NULL,
    provider_id INTEGER NOT NULL, model_id INTEGER NOT NULL, family_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL, api_key_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
    team_id INTEGER NOT NULL, tags_id INTEGER NOT NULL, region_id INTEGER NOT NULL,
    tier_id INTEGER NOT NULL,
    facts INTEGER NOT NULL, requests INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL,
    cache_write_5m_tokens INTEGER NOT NULL, cache_write_1h_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
    images INTEGER NOT NULL, audio_ms INTEGER NOT NULL, web_searches INTEGER NOT NULL,
    cost_input INTEGER NOT NULL, cost_cache_read INTEGER NOT NULL,
    cost_cache_write INTEGER NOT NULL, cost_output INTEGER NOT NULL,
    billed_cost INTEGER NOT NULL, billed_facts INTEGER NOT NULL,
    PRIMARY KEY (day, provider_id, model_id, family_id, account_id, api_key_id, user_id,
                 team_id, tags_id, region_id, tier_id)
) WITHOUT ROWID;

-- Price catalog with history. Prices in nano-dollars per million tokens (NULL = not offered).
CREATE TABLE price (
    id              INTEGER PRIMARY KEY,
    catalog         TEXT NOT NULL,              -- builtin, litellm, genai-prices, user
    provider        TEXT NOT NULL,
    model           TEXT NOT NULL,              -- canonical model id
    family          TEXT NOT NULL DEFAULT '',
    aliases         TEXT NOT NULL DEFAULT '',   -- comma-separated other ids
    effective_from  TEXT NOT NULL DEFAULT '',   -- ISO date, '' = since ever
    effective_to    TEXT NOT NULL DEFAULT '',   -- ISO date (exclusive), '' = still valid
    input           INTEGER NOT NULL,
    cache_read      INTEGER,
    cache_write_5m  INTEGER,
    cache_write_1h  INTEGER,
    output          INTEGER NOT NULL,
    batch_input     INTEGER,
    batch_output    INTEGER,
    long_context_threshold INTEGER,            -- input tokens above which long prices apply
    long_input      INTEGER,
    long_cache_read INTEGER,
    long_cache_write_5m INTEGER,
    long_output     INTEGER,
    per_request     INTEGER,                   -- nano-dollars per request
    per_image       INTEGER,
    per_web_search  INTEGER,
    UNIQUE (catalog, provider, model, effective_from)
);
CREATE INDEX price_lookup ON price (provider, model);
