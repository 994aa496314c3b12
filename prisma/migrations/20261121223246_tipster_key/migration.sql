-- AlterTable
ALTER TABLE "Tip" ADD COLUMN     "tipsterKeySalt" TEXT NOT NULL,
ADD COLUMN     "tipsterPublicKey" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Reward" ADD COLUMN     "voucherSealed" TEXT;
