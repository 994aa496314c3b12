-- CreateIndex
CREATE INDEX "Tip_provinceCode_status_urgent_receivedAt_id_idx" ON "Tip"("provinceCode", "status", "urgent", "receivedAt", "id");
