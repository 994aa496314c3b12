-- AlterTable
ALTER TABLE "DedupKey" ADD COLUMN     "features" TEXT;
