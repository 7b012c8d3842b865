-- TokenLedger schema, version 13: Azure Cost Management and Google Cloud billing export
-- connections (issue 22).
--
-- provider_connection's CHECK allowed openai, anthropic and aws only; SQLite cannot change a
-- CHECK in place, so the table is rebuilt with azure and google added. Ids, options and sync
-- state are copied as they are, and the AUTOINCREMENT sequence is carried over so that no id
-- is ever handed out twice (schema 7).

CREATE TABLE provider_connection_v13 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    provider      TEXT    NOT NULL CHECK (provider IN ('openai', 'anthropic', 'aws', 'azure', 'google')),
    name          TEXT    NOT NULL UNIQUE,
    base_url      TEXT    NOT NULL,
    options       TEXT    NOT NULL DEFAULT '{}',  -- JSON: filters, grouping, scope, table, …
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

CREATE TEMP TABLE connection_sequence_v13 AS
    SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'provider_connection'), 0) AS seq;

INSERT INTO provider_connection_v13 SELECT * FROM provider_connection;
DROP TABLE provider_connection;
ALTER TABLE provider_connection_v13 RENAME TO provider_connection;

DELETE FROM sqlite_sequence WHERE name IN ('provider_connection', 'provider_connection_v13');
INSERT INTO sqlite_sequence (name, seq)
SELECT 'provider_connection',
       max((SELECT seq FROM connection_sequence_v13),
           coalesce((SELECT max(id) FROM provider_connection), 0));
DROP TABLE connection_sequence_v13;
