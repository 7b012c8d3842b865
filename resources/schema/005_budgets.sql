-- TokenLedger schema, version 5: budgets and their alerts.
-- Amounts are integer nano-units (1e-9) of the budget's currency; alert figures are USD
-- nano-dollars like every other money column. Dates are ISO dates in the user's time zone
-- (periods are calendar periods where the user lives); times are UTC seconds.

CREATE TABLE budget (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    period      TEXT    NOT NULL CHECK (period IN ('month', 'quarter', 'custom')),
    custom_from TEXT    NOT NULL DEFAULT '',      -- custom periods: first and last day
    custom_to   TEXT    NOT NULL DEFAULT '',
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT    NOT NULL DEFAULT 'USD',
    rate        TEXT    NOT NULL DEFAULT '1',     -- currency units per USD, decimal string
    thresholds  TEXT    NOT NULL DEFAULT '50,80,100', -- percent, ascending
    spike_percent INTEGER NOT NULL DEFAULT 300 CHECK (spike_percent >= 0), -- 0: no spike alerts
    breach_on_forecast INTEGER NOT NULL DEFAULT 0,  -- a forecast overrun counts as a breach
    enabled     INTEGER NOT NULL DEFAULT 1,
    revision    INTEGER NOT NULL DEFAULT 1,       -- raised on every edit of what is watched
    created_at  INTEGER NOT NULL,
    CHECK (period <> 'custom' OR (custom_from <> '' AND custom_to >= custom_from))
);

-- What a budget covers: dimension = value pairs. Values of one dimension are alternatives,
-- different dimensions must all match. No rows: the whole organisation.
CREATE TABLE budget_scope (
    budget_id INTEGER NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    dimension TEXT    NOT NULL,   -- provider, model, account, team, tag, api_key, …
    value     TEXT    NOT NULL,
    PRIMARY KEY (budget_id, dimension, value)
);

-- Alerts raised by the evaluation. The UNIQUE constraint is what keeps an alert from ever
-- being raised twice: one per budget (revision), kind, threshold, period and, for spikes, day.
CREATE TABLE budget_alert (
    id              INTEGER PRIMARY KEY,
    budget_id       INTEGER NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    budget_revision INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('actual', 'forecast', 'spike')),
    threshold       INTEGER NOT NULL,          -- percent of the budget; spikes: spike percent
    period_start    TEXT    NOT NULL,
    day             TEXT    NOT NULL DEFAULT '', -- spikes: the day; '' otherwise
    raised_at       INTEGER NOT NULL,
    actual          INTEGER NOT NULL,          -- USD nanos at the time it was raised
    forecast        INTEGER NOT NULL,
    budget_amount   INTEGER NOT NULL,          -- the budget in USD nanos
    day_spend       INTEGER,                   -- spikes: the day's spend and its baseline
    baseline        INTEGER,
    exhaustion_date TEXT    NOT NULL DEFAULT '',
    notified_at     INTEGER,
    acknowledged_at INTEGER,
    snoozed_until   INTEGER,
    UNIQUE (budget_id, budget_revision, kind, threshold, period_start, day)
);
CREATE INDEX budget_alert_raised ON budget_alert (raised_at);
