-- Unread and unwritten since tip_dedup_features_copy moved the features to Tip.dedupFeatures (decision 0163),
-- kept one release for instances still running the one before; about 1 KB a tip of dead text at 1M tips.
-- AlterTable
ALTER TABLE "DedupKey" DROP COLUMN "features";
