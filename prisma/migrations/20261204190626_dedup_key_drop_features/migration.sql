-- AlterTable
ALTER TABLE "DedupKey" DROP COLUMN "features";
