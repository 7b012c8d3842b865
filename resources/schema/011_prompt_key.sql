-- TokenLedger schema, version 11: how often the same request comes back (issue 19).
--
-- prompt_key is a 64-bit hash of the source's own fingerprint of a request (LiteLLM's
-- cache_key: equal for requests its response cache would answer alike), 0 when the source
-- gives none. cache_hit marks a request the gateway answered from that cache: no model call,
-- so it carries no tokens and no computed cost. The savings finder counts repeated keys per
-- workload to size a semantic cache; nothing else reads these columns, and no index is kept
-- for them (the finder's one query reads the facts of its period through usage_fact_start).

ALTER TABLE usage_fact ADD COLUMN prompt_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_fact ADD COLUMN cache_hit INTEGER NOT NULL DEFAULT 0;
