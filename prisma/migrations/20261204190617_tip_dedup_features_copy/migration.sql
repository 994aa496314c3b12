-- Hand-written (schema.prisma expresses neither a copy of data nor a column's storage): the
-- text features move from the tip's `t:` row of DedupKey to the Tip row itself (decision 0163),
-- so loading a duplicate candidate reads one row, not two. Copied, not recomputed: a database
-- of a million tips keeps its duplicate search through the upgrade, with no `dedup:refresh`.
UPDATE "Tip" t SET "dedupFeatures" = d.features
  FROM "DedupKey" d
 WHERE d.key = 't:' || t.id::text AND d.features IS NOT NULL;

-- MAIN: compressed in the row before it is ever moved out of it, so a long description leaves
-- for the TOAST table first and reading a candidate's features stays one heap page.
ALTER TABLE "Tip" ALTER COLUMN "dedupFeatures" SET STORAGE MAIN;
