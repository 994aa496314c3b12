-- AlterTable
ALTER TABLE "DedupKey" DROP COLUMN "band";
