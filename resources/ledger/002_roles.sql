-- TokenLedger team ledger, version 2: who sees what, enforced by PostgreSQL itself.
--   tokenledger_collector      writes: imports facts and their history (the headless collector)
--   tokenledger_analyst        reads everything
--   tokenledger_team_analyst   reads only the facts of the teams listed for them in team_member
-- These are group roles without login; people and services log in as their own roles, which
-- `tokenledger-cli ledger grant` makes members (and lists a team analyst's teams). Row-level
-- security filters every query on fact and fact_tombstone, whatever SQL the client sends; the
-- monthly partitions are reachable only through `fact` (no role but the owner has rights on
-- them). Roles are per server, so a second ledger on the same server finds them in place.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tokenledger_collector') THEN
        CREATE ROLE tokenledger_collector NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tokenledger_analyst') THEN
        CREATE ROLE tokenledger_analyst NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tokenledger_team_analyst') THEN
        CREATE ROLE tokenledger_team_analyst NOLOGIN;
    END IF;
END
$$;

-- The teams each team analyst may read (role name as PostgreSQL knows it, team as in facts).
CREATE TABLE team_member (
    role_name text NOT NULL,
    team      text NOT NULL,
    PRIMARY KEY (role_name, team)
);

-- The teams of the role running the query; SECURITY DEFINER so that team analysts need no
-- rights on team_member.
CREATE FUNCTION ledger_my_teams() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT team FROM team_member WHERE role_name = session_user
    UNION
    SELECT team FROM team_member WHERE role_name = current_user
$$;

REVOKE ALL ON FUNCTION ledger_ensure_partition(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION ledger_my_teams() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ledger_ensure_partition(bigint) TO tokenledger_collector;
GRANT EXECUTE ON FUNCTION ledger_my_teams() TO tokenledger_team_analyst;

GRANT SELECT ON ledger_meta, ledger_schema TO tokenledger_collector, tokenledger_analyst, tokenledger_team_analyst;
GRANT SELECT, INSERT ON fact TO tokenledger_collector;
-- Re-pricing changes a fact's cost and gives it a new change number, nothing else.
GRANT UPDATE (cost_input, cost_cache_read, cost_cache_write, cost_output, priced, unpriced_units,
              change_seq) ON fact TO tokenledger_collector;
GRANT SELECT, INSERT, UPDATE ON import_batch TO tokenledger_collector;
GRANT INSERT ON import_problem TO tokenledger_collector;
GRANT USAGE ON SEQUENCE ledger_change_seq, import_batch_id_seq TO tokenledger_collector;
GRANT SELECT ON fact, fact_tombstone, import_batch, import_problem, budget TO tokenledger_analyst;
GRANT SELECT ON ledger_change_seq TO tokenledger_analyst;
GRANT SELECT ON fact, fact_tombstone, budget TO tokenledger_team_analyst;

ALTER TABLE fact ENABLE ROW LEVEL SECURITY;
ALTER TABLE fact_tombstone ENABLE ROW LEVEL SECURITY;
CREATE POLICY fact_collector_read ON fact FOR SELECT TO tokenledger_collector USING (true);
CREATE POLICY fact_collector_write ON fact FOR INSERT TO tokenledger_collector WITH CHECK (true);
CREATE POLICY fact_collector_reprice ON fact FOR UPDATE TO tokenledger_collector USING (true) WITH CHECK (true);
CREATE POLICY fact_analyst ON fact FOR SELECT TO tokenledger_analyst USING (true);
CREATE POLICY fact_team_analyst ON fact FOR SELECT TO tokenledger_team_analyst
    USING (team IN (SELECT ledger_my_teams()));
CREATE POLICY tombstone_analyst ON fact_tombstone FOR SELECT TO tokenledger_analyst USING (true);
CREATE POLICY tombstone_team_analyst ON fact_tombstone FOR SELECT TO tokenledger_team_analyst
    USING (team IN (SELECT ledger_my_teams()));
