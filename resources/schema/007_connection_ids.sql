-- TokenLedger schema, version 7: connection ids are never handed out twice.
--
-- A connection's id names its records ("api:<id>:…") and its keychain entry. With a plain
-- INTEGER PRIMARY KEY, SQLite gives the id of a removed connection to the next one, whose
-- first sync would then take the old records for its own (and remove them as stale) or read
-- a key left in the keychain. AUTOINCREMENT never reuses an id; the sequence starts above
-- every id still in use by a connection or by stored records.

CREATE TABLE provider_connection_v7 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
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

INSERT INTO provider_connection_v7 SELECT * FROM provider_connection;
DROP TABLE provider_connection;
ALTER TABLE provider_connection_v7 RENAME TO provider_connection;

DELETE FROM sqlite_sequence WHERE name IN ('provider_connection', 'provider_connection_v7');
INSERT INTO sqlite_sequence (name, seq)
SELECT 'provider_connection',
       max(coalesce((SELECT max(id) FROM provider_connection), 0),
           coalesce((SELECT max(CAST(substr(record_key, 5, instr(substr(record_key, 5), ':') - 1) AS INTEGER))
                     FROM usage_fact WHERE record_key LIKE 'api:%'), 0));
