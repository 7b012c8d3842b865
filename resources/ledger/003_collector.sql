-- TokenLedger team ledger, version 3: the collector's provider syncs and the team's budget
-- alerts.
--
-- A collector (tokenledger-cli --ledger URL sync) keeps its connections' state here, never
-- their secrets: the sync's position (watermark) and the outcome of its last run, so that any
-- collector machine continues where the last one stopped. Synced facts carry record keys
-- "ledger-api:<sync_connection.id>:…" (the local ones "api:<local id>:…" would collide between
-- collectors and with a desktop's own connections). A sync re-reads trailing days: a fact a
-- provider reports again with other figures is replaced in place (a new change number), one it
-- no longer reports is removed (a tombstone); an unchanged one is left as it is.
CREATE TABLE sync_connection (
    id            bigserial PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    provider      text        NOT NULL,
    base_url      text        NOT NULL DEFAULT '',
    options       text        NOT NULL DEFAULT '{}', -- JSON, the local connection's options
    watermark     bigint,                            -- UTC seconds: complete up to here
    last_sync_at  timestamptz,
    last_status   text        NOT NULL DEFAULT '',
    last_host     text        NOT NULL DEFAULT '',
    last_buckets  bigint      NOT NULL DEFAULT 0,
    last_inserted bigint      NOT NULL DEFAULT 0,
    last_replaced bigint      NOT NULL DEFAULT 0,
    last_unchanged bigint     NOT NULL DEFAULT 0,
    last_error    text        NOT NULL DEFAULT ''
);

-- A sync that failed or was cancelled is recorded as such (its complete windows stay).
ALTER TABLE import_batch DROP CONSTRAINT import_batch_status_check;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_status_check
    CHECK (status IN ('running', 'done', 'undone', 'failed', 'cancelled'));

-- Budget alerts raised by `budgets check` against the ledger, once per budget revision,
-- kind, threshold and period (the local store's budget_alert in the ledger's terms). Money is
-- USD nanos.
CREATE TABLE budget_alert (
    id              bigserial   PRIMARY KEY,
    budget_id       bigint      NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    budget_revision integer     NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('actual', 'forecast', 'spike')),
    threshold       integer     NOT NULL,
    period_start    date        NOT NULL,
    day             text        NOT NULL DEFAULT '',
    raised_at       timestamptz NOT NULL DEFAULT now(),
    actual          bigint      NOT NULL,
    forecast        bigint      NOT NULL,
    budget_amount   bigint      NOT NULL,
    UNIQUE (budget_id, budget_revision, kind, threshold, period_start, day)
);
-- Created or changed by `budgets add` (the budget gets a new change number each time).
ALTER TABLE budget ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

GRANT SELECT, INSERT, UPDATE ON sync_connection TO tokenledger_collector;
GRANT USAGE ON SEQUENCE sync_connection_id_seq, budget_id_seq, budget_alert_id_seq TO tokenledger_collector;
GRANT SELECT ON sync_connection, budget_alert TO tokenledger_analyst;
GRANT SELECT ON budget_alert TO tokenledger_team_analyst;
-- A sync replaces a fact's figures (a provider's late data) ...
GRANT UPDATE ON fact TO tokenledger_collector;

-- ... and removes the facts of a synced connection that the provider no longer reports in the
-- window read: those whose key starts with `prefix` (a "ledger-api:<id>:" prefix, nothing
-- else: a collector cannot remove imported facts), start in [from_ts, to_ts) and are not among
-- `kept`. Each leaves a tombstone for the desktops. The caller holds the ledger's write lock.
-- SECURITY DEFINER: a collector has no DELETE right on fact.
CREATE FUNCTION ledger_sync_remove(prefix text, from_ts bigint, to_ts bigint, kept text[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed bigint;
BEGIN
    IF prefix !~ '^ledger-api:[0-9]+:$' THEN
        RAISE EXCEPTION 'ledger_sync_remove: % is not a synced connection''s prefix', prefix;
    END IF;
    WITH gone AS (
        DELETE FROM fact f
        WHERE left(f.record_key, length(prefix)) = prefix AND f.start_ts >= from_ts AND f.start_ts < to_ts
          AND NOT EXISTS (SELECT 1 FROM unnest(kept) AS k (key) WHERE k.key = f.record_key)
        RETURNING f.record_key, f.start_ts, f.team)
    INSERT INTO fact_tombstone (record_key, start_ts, team) SELECT record_key, start_ts, team FROM gone;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION ledger_sync_remove(text, bigint, bigint, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ledger_sync_remove(text, bigint, bigint, text[]) TO tokenledger_collector;
-- A collector keeps the team's budgets and raises their alerts.
GRANT SELECT, INSERT, UPDATE ON budget TO tokenledger_collector;
GRANT SELECT, INSERT ON budget_alert TO tokenledger_collector;
