-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('YES_NO', 'NUMBER', 'CHOICE', 'TIME_OF_DAY', 'FREE_TEXT');

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "answer" JSONB,
ADD COLUMN     "answersId" UUID,
ADD COLUMN     "questionId" UUID,
ADD COLUMN     "templateKey" TEXT;

-- CreateTable
CREATE TABLE "StandardQuestion" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "AnswerKind" NOT NULL,
    "text" JSONB NOT NULL,
    "choices" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StandardQuestion_key_key" ON "StandardQuestion"("key");

-- CreateIndex
CREATE INDEX "Message_answersId_idx" ON "Message"("answersId");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "StandardQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_answersId_fkey" FOREIGN KEY ("answersId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
