-- Word similarity (pg_trgm's <% and %>) costs ~20 µs a row, Khmer more: tell the planner, so
-- a row's cheap conditions (status, province) are checked before it, not after (decision 0330).
-- Where the migrating role does not own pg_trgm's functions the search stays correct, only slower.
DO $$
BEGIN
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm word similarity left at cost 1: this role does not own it';
END
$$;
