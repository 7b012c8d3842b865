-- Schema 17: per-request facts of file imports in blocks.
--
-- An import of a log file used to store one usage_fact row per request, with entries in three
-- indexes; at a million requests that alone took as much time as a query engine needs to read
-- the whole file. Facts of file imports now go into blocks: one fact_block row holds up to
-- 4,096 facts of one import, column by column (store/FactBlock.h), with the batch, the first
-- and last start time and the count beside the data, so that undo finds a batch's blocks and
-- readers of a period the blocks of that period. fact_key holds every stored record key's hash
-- (with the block that holds it, 0 for a fact stored as a row): the one entry per fact left,
-- it is what makes a re-import find the facts it already stored.
--
-- Facts of the provider syncs and of a team ledger, which are replaced by key, stay rows: the
-- old usage_fact table, renamed fact_row (its indexes keep their usage_fact_* names). The
-- usage_fact view shows both, the blocks through the fact_block_facts table that every
-- connection of TokenLedger registers (store/FactBlockTable.h); readers see one table as
-- before. Its triggers keep fact_key equal to the hashed keys of fact_row, and make an insert
-- into fact_row skip a key that a block holds (FactStore then compares the texts).

ALTER TABLE usage_fact RENAME TO fact_row;

CREATE TABLE fact_block (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batch (id),
    first_ts  INTEGER NOT NULL,
    last_ts   INTEGER NOT NULL,
    facts     INTEGER NOT NULL,
    data      BLOB    NOT NULL
);
CREATE INDEX fact_block_batch ON fact_block (batch_id);
CREATE INDEX fact_block_time ON fact_block (last_ts, first_ts);

CREATE TABLE fact_key (
    key_hash  INTEGER PRIMARY KEY,
    block_id  INTEGER NOT NULL -- fact_block.id, 0 for a fact in fact_row
);
INSERT INTO fact_key (key_hash, block_id)
    SELECT key_hash, 0 FROM fact_row WHERE key_hash IS NOT NULL ORDER BY key_hash;

CREATE TRIGGER fact_row_key_in_block BEFORE INSERT ON fact_row
    WHEN NEW.key_hash IS NOT NULL
     AND EXISTS (SELECT 1 FROM fact_key WHERE key_hash = NEW.key_hash AND block_id <> 0)
BEGIN
    SELECT RAISE(IGNORE);
END;
CREATE TRIGGER fact_row_key_added AFTER INSERT ON fact_row WHEN NEW.key_hash IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO fact_key (key_hash, block_id) VALUES (NEW.key_hash, 0);
END;
CREATE TRIGGER fact_row_key_removed AFTER DELETE ON fact_row WHEN OLD.key_hash IS NOT NULL
BEGIN
    DELETE FROM fact_key WHERE key_hash = OLD.key_hash AND block_id = 0;
END;
CREATE TRIGGER fact_row_key_changed AFTER UPDATE OF key_hash ON fact_row
BEGIN
    DELETE FROM fact_key WHERE key_hash = OLD.key_hash AND block_id = 0;
    INSERT OR IGNORE INTO fact_key (key_hash, block_id)
        SELECT NEW.key_hash, 0 WHERE NEW.key_hash IS NOT NULL;
END;

CREATE VIEW usage_fact AS
SELECT id, batch_id, record_key, key_hash, start_ts, bucket_secs, provider_id, model_id,
       family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id,
       requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
       output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input,
       cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_list_cost, priced,
       audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, image_input_tokens,
       image_cache_read_tokens, image_output_tokens, video_input_tokens,
       video_cache_read_tokens, video_output_tokens, code_executions, modifiers,
       unpriced_units, prompt_key, cache_hit
  FROM fact_row
UNION ALL
SELECT id, batch_id, record_key, key_hash, start_ts, bucket_secs, provider_id, model_id,
       family_id, account_id, api_key_id, user_id, team_id, tags_id, region_id, tier_id,
       requests, input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
       output_tokens, reasoning_tokens, images, audio_ms, web_searches, cost_input,
       cost_cache_read, cost_cache_write, cost_output, billed_cost, billed_list_cost, priced,
       audio_input_tokens, audio_cache_read_tokens, audio_output_tokens, image_input_tokens,
       image_cache_read_tokens, image_output_tokens, video_input_tokens,
       video_cache_read_tokens, video_output_tokens, code_executions, modifiers,
       unpriced_units, prompt_key, cache_hit
  FROM fact_block_facts;
