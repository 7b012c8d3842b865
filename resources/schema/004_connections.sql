-- TokenLedger schema, version 4: provider billing API connections and their sync state.
-- Secrets are never stored here: API keys and AWS secret keys live in the OS keychain under
-- the connection's id.

CREATE TABLE provider_connection (
    id            INTEGER PRIMARY KEY,
    provider      TEXT    NOT NULL CHECK (provider IN ('openai', 'anthropic', 'aws')),
    name          TEXT    NOT NULL UNIQUE,
    base_url      TEXT    NOT NULL,
    options       TEXT    NOT NULL DEFAULT '{}',  -- JSON: filters, grouping, AWS service name, …
    watermark     INTEGER,                         -- UTC seconds: data before it is complete
    last_sync_at  INTEGER,
    last_status   TEXT CHECK (last_status IN ('done', 'failed', 'cancelled')),
    last_buckets  INTEGER NOT NULL DEFAULT 0,
    last_inserted INTEGER NOT NULL DEFAULT 0,
    last_replaced INTEGER NOT NULL DEFAULT 0,
    last_unchanged INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    INTEGER NOT NULL
);
