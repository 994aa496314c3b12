-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingSecretEnc" TEXT;
