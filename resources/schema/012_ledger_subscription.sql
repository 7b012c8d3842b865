-- TokenLedger schema, version 12: the team ledgers this database pulls from. A pull reads the
-- ledger's changes after last_change (a change number of the ledger) and stores the number it
-- reached in the same transaction as the facts, so an interrupted pull starts again where the
-- last complete one ended. Keyed by the ledger's identity: a URL that now points to another
-- ledger starts from the beginning. No password is ever stored here.

CREATE TABLE ledger_subscription (
    ledger_id   TEXT    PRIMARY KEY,
    url         TEXT    NOT NULL,
    last_change INTEGER NOT NULL DEFAULT 0,
    pulled_at   INTEGER NOT NULL DEFAULT 0
);
