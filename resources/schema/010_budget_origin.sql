-- TokenLedger schema, version 10: budgets that mirror a provider's spend limit or alerts.
-- origin is empty for the analyst's own budgets; for one kept in step with a provider it names
-- what it mirrors ("openai:<connection id>:organization", "openai:<connection id>:project:<id>").
-- A sync updates and removes only budgets with its own origin, never the analyst's.

ALTER TABLE budget ADD COLUMN origin TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX budget_origin ON budget (origin) WHERE origin <> '';
