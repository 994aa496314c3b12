-- CreateTable
CREATE TABLE "DedupKey" (
    "key" TEXT NOT NULL,
    "tipId" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DedupKey_pkey" PRIMARY KEY ("key","receivedAt","tipId")
);

-- CreateIndex
CREATE INDEX "DedupKey_tipId_idx" ON "DedupKey"("tipId");

-- AddForeignKey
ALTER TABLE "DedupKey" ADD CONSTRAINT "DedupKey_tipId_fkey" FOREIGN KEY ("tipId") REFERENCES "Tip"("id") ON DELETE CASCADE ON UPDATE CASCADE;
