-- AlterTable
ALTER TABLE "Tip" ADD COLUMN     "dedupFeatures" TEXT;
