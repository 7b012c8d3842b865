-- TokenLedger schema, version 14: the list-price amount beside the billed amount (issue 17).
--
-- Anthropic's cost analytics report both what a charge costs at list price and what the
-- organisation is billed after its discounts. billed_cost keeps the billed amount as before;
-- billed_list_cost keeps the list-price amount of the same charge, NULL where the source
-- reports none (every other source). The rollups keep their shape: only the reconciliation
-- reads list amounts, from the facts that have one, through the partial index below (a
-- handful of provider buckets a day, however many per-request facts there are).

ALTER TABLE usage_fact ADD COLUMN billed_list_cost INTEGER;

CREATE INDEX usage_fact_billed_list ON usage_fact (start_ts) WHERE billed_list_cost IS NOT NULL;
