-- Hand-written (schema.prisma cannot express a GiST index on an expression): the near
-- candidate search (lib/dedup/find-candidates.ts) reads the tips nearest to a tip first,
-- index-only, instead of sorting every tip of a dense town centre within the box
-- (docs/decisions/0115-dedup-one-statement.md). The expression must stay the one of the
-- search: point(lng * NEAR_LNG_SCALE, lat). The B-tree on (band, lng, lat, ...) went with
-- the band column in the previous migration.
CREATE INDEX "DedupKey_near_idx" ON "DedupKey" USING gist (point("lng" * 0.976, "lat")) INCLUDE ("receivedAt", "tipId", "lat", "lng") WHERE "lat" IS NOT NULL;
