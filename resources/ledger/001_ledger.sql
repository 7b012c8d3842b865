-- TokenLedger team ledger, version 1 (PostgreSQL 15). Created and migrated by TokenLedger
-- (store/ledger/LedgerSchema); docs/architecture.md, "The team ledger", explains it.

-- Who this ledger is: a desktop that pulled from another ledger under the same URL starts over.
CREATE TABLE ledger_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO ledger_meta (key, value) VALUES ('ledger_id', gen_random_uuid()::text);

-- Every change a desktop pulls has a number from this sequence: facts when they are written
-- or re-priced, tombstones when they are removed. Writers take the ledger's write lock before
-- they draw numbers, so numbers become visible in increasing order.
CREATE SEQUENCE ledger_change_seq;

-- Imports and syncs, as the local import history has them.
CREATE TABLE import_batch (
    id           bigserial PRIMARY KEY,
    source       text        NOT NULL,           -- litellm, focus, …, sync:openai
    file         text        NOT NULL DEFAULT '',
    file_size    bigint      NOT NULL DEFAULT 0,
    host         text        NOT NULL DEFAULT '', -- the collector's machine
    db_user      text        NOT NULL DEFAULT current_user,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    status       text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'undone')),
    records_read bigint      NOT NULL DEFAULT 0,
    imported     bigint      NOT NULL DEFAULT 0,
    duplicates   bigint      NOT NULL DEFAULT 0,
    rejected     bigint      NOT NULL DEFAULT 0,
    message      text        NOT NULL DEFAULT ''
);

CREATE TABLE import_problem (
    batch_id bigint NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line     bigint NOT NULL,
    field    text   NOT NULL DEFAULT '',
    reason   text   NOT NULL
);
CREATE INDEX import_problem_batch ON import_problem (batch_id);

-- The usage facts, one per record key, in monthly partitions of start_ts (UTC seconds):
-- fact_YYYYMM, created by ledger_ensure_partition when a month first appears. A record's key
-- and its start belong together (a source re-reads a record with the same start), so the
-- primary key holds both, as a partitioned table's keys must hold the partition column.
-- Money is integer nano-dollars, as in the local store. No foreign key to import_batch: a
-- partition created while a writer holds the batch table would wait for it.
CREATE TABLE fact (
    start_ts      bigint  NOT NULL,
    record_key    text    NOT NULL,
    bucket_secs   integer NOT NULL,
    provider      text    NOT NULL,
    model         text    NOT NULL,
    family        text    NOT NULL,
    account       text    NOT NULL,
    api_key       text    NOT NULL,
    user_name     text    NOT NULL,
    team          text    NOT NULL,
    tags          text    NOT NULL,
    region        text    NOT NULL,
    tier          text    NOT NULL,
    modifiers     integer NOT NULL,
    requests              bigint NOT NULL,
    input_tokens          bigint NOT NULL,
    cache_read_tokens     bigint NOT NULL,
    cache_write_5m_tokens bigint NOT NULL,
    cache_write_1h_tokens bigint NOT NULL,
    output_tokens         bigint NOT NULL,
    reasoning_tokens      bigint NOT NULL,
    images                bigint NOT NULL,
    audio_ms              bigint NOT NULL,
    web_searches          bigint NOT NULL,
    audio_input_tokens       bigint NOT NULL,
    audio_cache_read_tokens  bigint NOT NULL,
    audio_output_tokens      bigint NOT NULL,
    image_input_tokens       bigint NOT NULL,
    image_cache_read_tokens  bigint NOT NULL,
    image_output_tokens      bigint NOT NULL,
    video_input_tokens       bigint NOT NULL,
    video_cache_read_tokens  bigint NOT NULL,
    video_output_tokens      bigint NOT NULL,
    code_executions          bigint NOT NULL,
    cost_input       bigint  NOT NULL,
    cost_cache_read  bigint  NOT NULL,
    cost_cache_write bigint  NOT NULL,
    cost_output      bigint  NOT NULL,
    billed_cost      bigint,
    priced           boolean NOT NULL,
    unpriced_units   bigint  NOT NULL,
    prompt_key       bigint  NOT NULL, -- the source's request fingerprint (hash), 0: none
    cache_hit        boolean NOT NULL, -- answered from the gateway's response cache
    batch_id    bigint NOT NULL,
    change_seq  bigint NOT NULL DEFAULT nextval('ledger_change_seq'),
    PRIMARY KEY (record_key, start_ts)
) PARTITION BY RANGE (start_ts);
CREATE INDEX fact_change ON fact (change_seq);
CREATE INDEX fact_batch ON fact (batch_id);

-- Facts that were removed (an undone import), so that desktops remove them too.
CREATE TABLE fact_tombstone (
    change_seq bigint      PRIMARY KEY DEFAULT nextval('ledger_change_seq'),
    record_key text        NOT NULL,
    start_ts   bigint      NOT NULL,
    team       text        NOT NULL,
    removed_at timestamptz NOT NULL DEFAULT now()
);

-- Budgets shared by the team (the local store's budget table in the ledger's terms).
CREATE TABLE budget (
    id                 bigserial PRIMARY KEY,
    name               text    NOT NULL UNIQUE,
    period             text    NOT NULL CHECK (period IN ('month', 'quarter', 'custom')),
    custom_from        date,
    custom_to          date,
    amount             bigint  NOT NULL CHECK (amount > 0), -- nanos of `currency`
    currency           text    NOT NULL DEFAULT 'USD',
    rate               text    NOT NULL DEFAULT '1',
    thresholds         text    NOT NULL DEFAULT '50,80,100',
    spike_percent      integer NOT NULL DEFAULT 300,
    breach_on_forecast boolean NOT NULL DEFAULT false,
    enabled            boolean NOT NULL DEFAULT true,
    revision           integer NOT NULL DEFAULT 1,
    scope              text    NOT NULL DEFAULT '', -- dimension=value pairs, one a line
    change_seq         bigint  NOT NULL DEFAULT nextval('ledger_change_seq')
);

-- Creates the month's partition of `fact` that holds `ts`, once; two writers that ask at the
-- same time wait for each other. SECURITY DEFINER: a collector may add months without owning
-- the table.
CREATE FUNCTION ledger_ensure_partition(ts bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    month date := date_trunc('month', to_timestamp(ts) AT TIME ZONE 'UTC')::date;
    name  text := format('fact_%s', to_char(month, 'YYYYMM'));
BEGIN
    IF to_regclass(name) IS NULL THEN
        PERFORM pg_advisory_xact_lock(7526479440186228737);
        -- The other writer may have created it while this one waited; this statement's view
        -- of the catalog is older than that, so the CREATE itself finds out.
        BEGIN
            EXECUTE format('CREATE TABLE %I PARTITION OF fact FOR VALUES FROM (%s) TO (%s)', name,
                           extract(epoch FROM month::timestamp)::bigint,
                           extract(epoch FROM (month + interval '1 month')::timestamp)::bigint);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL;
        END;
    END IF;
    RETURN name;
END
$$;
