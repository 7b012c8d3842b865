-- TokenLedger schema, version 9: usage by unit and request modifiers (issue 16).
--
-- price.unit_prices keeps the prices of the units beyond input, output and cache (audio, image
-- and video tokens, reasoning, web searches, code executions, …) as JSON
-- {"units": {"input_audio_mtok": "40"}, "long_units": {...}}; empty when a price has none.
-- price_modifier holds the organisation's own request-modifier rules, which win over the
-- catalogs' rules (pricing/RequestModifiers.h).
-- usage_fact carries the modality parts of its token figures (each within input_tokens,
-- cache_read_tokens or output_tokens), code executions, the request modifiers its source
-- stated and how many of its units had no price. The rollups keep their shape: the costs they
-- sum already include every unit.

ALTER TABLE price ADD COLUMN unit_prices TEXT NOT NULL DEFAULT '';

CREATE TABLE price_modifier (
    provider   TEXT NOT NULL,
    model      TEXT NOT NULL DEFAULT '',   -- '' = every model of the provider, else a prefix
    modifier   TEXT NOT NULL,              -- inference_geo_us, fast, regional_processing
    multiplier TEXT NOT NULL,              -- decimal, e.g. '1.1'
    always     INTEGER NOT NULL DEFAULT 0, -- 1: applies whether or not the source states it
    PRIMARY KEY (provider, model, modifier)
);

ALTER TABLE usage_fact ADD COLUMN audio_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN audio_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN audio_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN image_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN image_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN image_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN video_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN video_cache_read_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN video_output_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN code_executions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN modifiers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN unpriced_units INTEGER NOT NULL DEFAULT 0;

-- Catalog updates (tokenledger-cli catalog update): where a catalog was downloaded from and the
-- validators for a conditional request next time, and every import kept as history.
ALTER TABLE catalog_source ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_source ADD COLUMN etag TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_source ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';

CREATE TABLE catalog_history (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,      -- the catalog name (litellm, genai-prices, custom)
    format      TEXT NOT NULL,
    file        TEXT NOT NULL,      -- file or URL it came from
    file_hash   TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    entries     INTEGER NOT NULL,
    added       INTEGER NOT NULL,   -- models added, prices changed, models removed
    changed     INTEGER NOT NULL,
    removed     INTEGER NOT NULL
);
