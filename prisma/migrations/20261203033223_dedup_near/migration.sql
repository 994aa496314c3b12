-- AlterTable
ALTER TABLE "DedupKey" ADD COLUMN     "band" INTEGER,
ADD COLUMN     "lat" DOUBLE PRECISION,
ADD COLUMN     "lng" DOUBLE PRECISION;

-- Hand-written (schema.prisma cannot express a partial index): the near candidate search
-- (lib/dedup/find-candidates.ts) reads this index only, a few short ranges of longitude in
-- one to three bands of latitude (band = floor(lat / 0.005), lib/dedup/keys.ts nearBand),
-- instead of fetching every tip of a dense town centre from the Tip table.
CREATE INDEX "DedupKey_near_idx" ON "DedupKey" ("band", "lng", "lat", "receivedAt", "tipId") WHERE "band" IS NOT NULL;

-- Every tip gets its `t:` row with its place now, so the near search works before
-- `npm run dedup:refresh` has stored the features (until then they are read from the text).
INSERT INTO "DedupKey" ("key", "tipId", "receivedAt", "lat", "lng", "band")
SELECT 't:' || t.id::text, t.id, t."receivedAt", t.lat, t.lng, floor(t.lat / 0.005)::int FROM "Tip" t
ON CONFLICT ("key", "receivedAt", "tipId") DO UPDATE SET "lat" = EXCLUDED."lat", "lng" = EXCLUDED."lng", "band" = EXCLUDED."band";
