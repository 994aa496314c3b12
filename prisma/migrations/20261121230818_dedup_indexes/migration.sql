-- CreateIndex
CREATE INDEX "DuplicateDismissal_tipBId_idx" ON "DuplicateDismissal"("tipBId");
