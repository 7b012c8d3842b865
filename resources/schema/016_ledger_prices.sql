-- TokenLedger schema, version 16: the team ledger's prices and CSV column mappings, mirrored
-- by a pull (services/LedgerPullUseCase) beside the analyst's own.
--
-- origin is empty for the analyst's own discounts, request-modifier rules and mappings; for
-- those mirrored from a team ledger it is "ledger:<ledger id>:". A pull replaces only the rows
-- of its own origin; the app does not edit them. The ledger's catalogs and overrides go to the
-- price table under the catalog names "ledger:<ledger id>:<catalog>" (its overrides under
-- "ledger:<ledger id>:user"), their sources to catalog_source under the same names.
-- A discount or rule of the analyst's own and one of the ledger may concern the same provider
-- and model, so origin joins their keys (the tables are rebuilt for that).

CREATE TABLE price_discount_16 (
    id       INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    model    TEXT NOT NULL DEFAULT '',
    percent  TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    origin   TEXT NOT NULL DEFAULT '',
    UNIQUE (origin, provider, model)
);
INSERT INTO price_discount_16 (id, provider, model, percent, note)
    SELECT id, provider, model, percent, note FROM price_discount;
DROP TABLE price_discount;
ALTER TABLE price_discount_16 RENAME TO price_discount;

CREATE TABLE price_modifier_16 (
    provider   TEXT NOT NULL,
    model      TEXT NOT NULL DEFAULT '',
    modifier   TEXT NOT NULL,
    multiplier TEXT NOT NULL,
    always     INTEGER NOT NULL DEFAULT 0,
    origin     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (origin, provider, model, modifier)
);
INSERT INTO price_modifier_16 (provider, model, modifier, multiplier, always)
    SELECT provider, model, modifier, multiplier, always FROM price_modifier;
DROP TABLE price_modifier;
ALTER TABLE price_modifier_16 RENAME TO price_modifier;

-- A ledger's mapping keeps its name unless one of the analyst's own has it (then it is stored
-- as "<name> (team ledger)").
ALTER TABLE import_mapping ADD COLUMN origin TEXT NOT NULL DEFAULT '';
