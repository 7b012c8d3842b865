-- TokenLedger schema, version 3: column mappings for importing any CSV, saved by name.

CREATE TABLE import_mapping (
    name        TEXT PRIMARY KEY,
    definition  TEXT NOT NULL,          -- JSON: {"columns": {field: header}, "provider", "tier"}
    updated_at  INTEGER NOT NULL
);

-- The import history lists batches newest first and finds a batch's problems.
CREATE INDEX import_batch_started ON import_batch (started_at);
