-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "unread" BOOLEAN NOT NULL DEFAULT false;
