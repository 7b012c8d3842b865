-- TokenLedger team ledger, version 6: the team's prices and CSV column mappings (the local
-- store's price, catalog_source, catalog_history, price_discount, price_modifier and
-- import_mapping in the ledger's terms).
--
-- The collector writes them (tokenledger-cli --ledger URL catalog import|update|set-price|
-- set-discount|set-modifier|…, mappings save); it prices the ledger's facts with them (the
-- built-in catalog under the ledger's catalogs and overrides, then the ledger's discounts and
-- request-modifier rules). Desktops mirror them on every pull as prices "of the team ledger"
-- (read-only there). Prices are not team-private: every reading role reads them.
--
-- Every row carries a change number from ledger_change_seq (a new one when it changes), and
-- any transaction that changes a row of these tables draws a new number into
-- price_state.change_seq, so that a desktop reads them again only when that number differs from
-- the one it saw last (removals included; "differs", not "is larger": two writers may commit
-- in the other order than they drew). Money is integer nano-dollars per million tokens
-- (per request, image, … for those units), as in the local store.

-- One row per catalog stored in ledger_price ("user" holds the organisation's overrides and
-- has no source row).
CREATE TABLE catalog_source (
    name          text   PRIMARY KEY, -- litellm, genai-prices, custom
    format        text   NOT NULL,
    file          text   NOT NULL DEFAULT '',
    file_hash     text   NOT NULL DEFAULT '',
    imported_at   bigint NOT NULL,    -- UTC seconds
    entries       integer NOT NULL,
    url           text   NOT NULL DEFAULT '',
    etag          text   NOT NULL DEFAULT '',
    last_modified text   NOT NULL DEFAULT '',
    host          text   NOT NULL DEFAULT '', -- the collector's machine
    db_user       text   NOT NULL DEFAULT current_user,
    change_seq    bigint NOT NULL DEFAULT nextval('ledger_change_seq')
);

CREATE TABLE catalog_history (
    id          bigserial PRIMARY KEY,
    name        text    NOT NULL,
    format      text    NOT NULL,
    file        text    NOT NULL,
    file_hash   text    NOT NULL,
    imported_at bigint  NOT NULL,
    entries     integer NOT NULL,
    added       integer NOT NULL,
    changed     integer NOT NULL,
    removed     integer NOT NULL,
    db_user     text    NOT NULL DEFAULT current_user
);

CREATE TABLE ledger_price (
    id              bigserial PRIMARY KEY,
    catalog         text   NOT NULL, -- litellm, genai-prices, custom; user: the overrides
    provider        text   NOT NULL,
    model           text   NOT NULL,
    family          text   NOT NULL DEFAULT '',
    aliases         text   NOT NULL DEFAULT '',
    effective_from  text   NOT NULL DEFAULT '',
    effective_to    text   NOT NULL DEFAULT '',
    input           bigint NOT NULL,
    cache_read      bigint,
    cache_write_5m  bigint,
    cache_write_1h  bigint,
    output          bigint NOT NULL,
    batch_input     bigint,
    batch_output    bigint,
    long_context_threshold bigint,
    long_input      bigint,
    long_cache_read bigint,
    long_cache_write_5m bigint,
    long_output     bigint,
    per_request     bigint,
    match_rule      text   NOT NULL DEFAULT '',
    priority_input  bigint,
    priority_output bigint,
    flex_input      bigint,
    flex_output     bigint,
    unit_prices     text   NOT NULL DEFAULT '',
    change_seq      bigint NOT NULL DEFAULT nextval('ledger_change_seq'),
    UNIQUE (catalog, provider, model, effective_from)
);

CREATE TABLE price_discount (
    provider   text   NOT NULL,
    model      text   NOT NULL DEFAULT '', -- '' = every model of the provider
    percent    text   NOT NULL,
    note       text   NOT NULL DEFAULT '',
    change_seq bigint NOT NULL DEFAULT nextval('ledger_change_seq'),
    PRIMARY KEY (provider, model)
);

CREATE TABLE price_modifier (
    provider   text    NOT NULL,
    model      text    NOT NULL DEFAULT '', -- '' = every model of the provider, else a prefix
    modifier   text    NOT NULL,
    multiplier text    NOT NULL,
    always     boolean NOT NULL DEFAULT false,
    change_seq bigint  NOT NULL DEFAULT nextval('ledger_change_seq'),
    PRIMARY KEY (provider, model, modifier)
);

CREATE TABLE import_mapping (
    name       text   PRIMARY KEY,
    definition text   NOT NULL, -- JSON, ingest::CsvMapping::toJson()
    updated_at bigint NOT NULL,
    change_seq bigint NOT NULL DEFAULT nextval('ledger_change_seq')
);

-- The change number of the last statement that changed any of the tables above.
CREATE TABLE price_state (
    one        boolean PRIMARY KEY DEFAULT true CHECK (one),
    change_seq bigint  NOT NULL
);
INSERT INTO price_state (one, change_seq) VALUES (true, nextval('ledger_change_seq'));

-- Runs for every row changed, but draws one number per transaction (the first row's), and
-- tells listening desktops at commit, as imports do (PostgreSQL sends one notice per
-- transaction). A statement that changes no row (an upsert of what is stored) fires nothing.
-- SECURITY DEFINER: writers need no right on price_state.
CREATE FUNCTION ledger_prices_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF current_setting('tokenledger.prices_changed', true) IS DISTINCT FROM 'on' THEN
        UPDATE price_state SET change_seq = nextval('ledger_change_seq');
        PERFORM set_config('tokenledger.prices_changed', 'on', true);
        PERFORM pg_notify('tokenledger_changes', '');
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION ledger_prices_changed() FROM PUBLIC;

CREATE TRIGGER catalog_source_changed AFTER INSERT OR UPDATE OR DELETE ON catalog_source
    FOR EACH ROW EXECUTE FUNCTION ledger_prices_changed();
CREATE TRIGGER ledger_price_changed AFTER INSERT OR UPDATE OR DELETE ON ledger_price
    FOR EACH ROW EXECUTE FUNCTION ledger_prices_changed();
CREATE TRIGGER price_discount_changed AFTER INSERT OR UPDATE OR DELETE ON price_discount
    FOR EACH ROW EXECUTE FUNCTION ledger_prices_changed();
CREATE TRIGGER price_modifier_changed AFTER INSERT OR UPDATE OR DELETE ON price_modifier
    FOR EACH ROW EXECUTE FUNCTION ledger_prices_changed();
CREATE TRIGGER import_mapping_changed AFTER INSERT OR UPDATE OR DELETE ON import_mapping
    FOR EACH ROW EXECUTE FUNCTION ledger_prices_changed();

GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_source, ledger_price, price_discount, price_modifier,
    import_mapping TO tokenledger_collector;
GRANT SELECT, INSERT ON catalog_history TO tokenledger_collector;
GRANT USAGE ON SEQUENCE ledger_price_id_seq, catalog_history_id_seq TO tokenledger_collector;
GRANT SELECT ON price_state TO tokenledger_collector;
GRANT SELECT ON catalog_source, catalog_history, ledger_price, price_discount, price_modifier,
    import_mapping, price_state TO tokenledger_analyst, tokenledger_team_analyst;
