-- TokenLedger team ledger, version 5: the list-price amount a billing API reports beside the
-- billed cost (Anthropic's cost analytics: `list_amount` before discounts, `amount` after), as
-- the local database keeps it since its schema 14 (usage_fact.billed_list_cost). NULL where the
-- source reported none. Added to the partitioned table, so every month's partition has it.
ALTER TABLE fact ADD COLUMN billed_list_cost bigint;
