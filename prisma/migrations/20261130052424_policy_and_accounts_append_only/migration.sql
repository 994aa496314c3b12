-- Hand-written: database rules schema.prisma cannot express.
-- Reward policies and ledger accounts are append-only too: a policy is changed by publishing
-- a new version, and an account is created once and never renamed, so an edited supervisor
-- threshold or amount cap (which no hash chain covers) cannot be slipped in after the fact.
-- Reuses refuse_change_to_append_only() from 20261121222600_append_only_tables.

CREATE TRIGGER "RewardPolicy_append_only"
  BEFORE UPDATE OR DELETE ON "RewardPolicy"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
CREATE TRIGGER "RewardPolicy_no_truncate"
  BEFORE TRUNCATE ON "RewardPolicy"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();

CREATE TRIGGER "LedgerAccount_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerAccount"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
CREATE TRIGGER "LedgerAccount_no_truncate"
  BEFORE TRUNCATE ON "LedgerAccount"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();
