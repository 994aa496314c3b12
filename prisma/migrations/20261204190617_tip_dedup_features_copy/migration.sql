-- Hand-written (schema.prisma expresses neither a copy of data nor a column's storage): the
-- text features move from the tip's `t:` row of DedupKey to the Tip row itself (decision 0163),
-- so loading a duplicate candidate reads one row, not two.

-- MAIN, before any value is written: compressed in the row before it is ever moved out of it,
-- so a long description leaves for the TOAST table first and a candidate stays one heap page.
ALTER TABLE "Tip" ALTER COLUMN "dedupFeatures" SET STORAGE MAIN;

-- A tip redacted by retention before this release (its text blanked) kept what duplicate
-- detection had read from the text: its names, phone numbers and n-grams go now. Its features
-- stay NULL, so the start-up refresh writes those of the empty text.
DELETE FROM "DedupKey" d USING "Tip" t
 WHERE d."tipId" = t.id AND t.description = '' AND t.landmark IS NULL AND d.key NOT LIKE 't:%';
UPDATE "DedupKey" d SET features = NULL FROM "Tip" t
 WHERE d.key = 't:' || t.id::text AND t.description = '' AND t.landmark IS NULL AND d.features IS NOT NULL;

-- Copied, not recomputed: a database of a million tips keeps its duplicate search through the
-- upgrade, with no 30-minute `dedup:refresh`. DedupKey.features stays, unread, for one release:
-- instances of the release before still write and read it until they restart.
UPDATE "Tip" t SET "dedupFeatures" = d.features
  FROM "DedupKey" d
 WHERE d.key = 't:' || t.id::text AND d.features IS NOT NULL;
