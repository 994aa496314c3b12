/**
 * Retention (docs/OPERATIONS.md, docs/decisions/0203-retention.md), nightly by the
 * `retention` job:
 * - a tip closed as unfounded or duplicate and received more than RETENTION_CLOSED_DAYS ago
 *   loses its text and photos (description, landmark, indicators, what duplicate detection
 *   read from them, its messages, what officers noted on it and every photo): `tip.redacted`.
 *   A note keeps its author and time (who handled the tip still counts for conflicts of
 *   interest, lib/rewards/conflict-of-interest.ts), not its words, which often quote the tip;
 * - any tip received more than RETENTION_ALL_DAYS ago is deleted with everything of it,
 *   unless it is in a case that is not closed, opened a case that is not closed, or has a
 *   reward (the ledger and the payout records need it): `tip.purged`. Its month and province
 *   are added to RetiredTipCount first, so the programme's totals stay right.
 * One transaction per tip, audited in it; photo blobs are removed after the commit (a crash
 * in between leaves orphans for the sweep, never a row without its blob).
 */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Db, db as defaultDb, PATIENT_TRANSACTION } from '@/lib/db/client';
import { dedupText, keyRows, replaceKeys } from '@/lib/dedup/keys';
import { env } from '@/lib/env';
import { monthKey } from '@/lib/stats/periods';
import { UNKNOWN_PROVINCE } from '@/lib/stats/public-stats';
import { blobStore } from '@/lib/uploads/blob-store';
import { REDACTED_NOTE_BODY, REDACTED_TIP } from './redacted';

const DAY_MS = 86_400_000;

export interface RetentionOptions {
  client?: Db;
  now?: Date;
  closedDays?: number;
  allDays?: number;
  /** At most this many tips of each kind per run (the next run continues). */
  limit?: number;
}

export interface RetentionResult {
  redacted: number;
  purged: number;
  photosRemoved: number;
}

async function removeBlobs(keys: readonly string[]): Promise<void> {
  const store = blobStore();
  for (const key of keys) await store.remove(key);
}

export async function applyRetention(options: RetentionOptions = {}): Promise<RetentionResult> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  const closedDays = options.closedDays ?? env().RETENTION_CLOSED_DAYS;
  const allDays = options.allDays ?? env().RETENTION_ALL_DAYS;
  const limit = options.limit ?? 1_000;
  const result: RetentionResult = { redacted: 0, purged: 0, photosRemoved: 0 };

  // Purge first: a tip old enough for both is deleted, not redacted then deleted.
  const purgeBefore = new Date(now.getTime() - allDays * DAY_MS);
  const purgeable = await client.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Tip" t
     WHERE t."receivedAt" < ${purgeBefore}
       AND NOT EXISTS (SELECT 1 FROM "Reward" w WHERE w."tipId" = t.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c.id = t."caseId" AND c.status <> 'CLOSED')
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."firstInformantTipId" = t.id AND c.status <> 'CLOSED')
     ORDER BY t."receivedAt" LIMIT ${limit}`;
  for (const { id } of purgeable) {
    const keys = await client.$transaction(async (tx) => {
      const tip = await tx.tip.findUnique({ where: { id }, select: { id: true, receivedAt: true, provinceCode: true, status: true, attachments: { select: { storageKey: true } } } });
      if (!tip) return null;
      const month = monthKey(tip.receivedAt);
      const provinceCode = tip.provinceCode ?? UNKNOWN_PROVINCE;
      await tx.$executeRaw`
        INSERT INTO "RetiredTipCount" (month, "provinceCode", count) VALUES (${month}, ${provinceCode}, 1)
        ON CONFLICT (month, "provinceCode") DO UPDATE SET count = "RetiredTipCount".count + 1`;
      await tx.note.deleteMany({ where: { tipId: id } });
      await tx.duplicateDismissal.deleteMany({ where: { OR: [{ tipAId: id }, { tipBId: id }] } });
      await tx.case.updateMany({ where: { firstInformantTipId: id }, data: { firstInformantTipId: null } });
      // Attachments and messages go with the tip (ON DELETE CASCADE).
      await tx.tip.delete({ where: { id } });
      await recordAuditEvent(tx, {
        actor: null,
        action: 'tip.purged',
        target: { type: 'tip', id },
        detail: { reason: 'retention', afterDays: allDays, month, provinceCode, status: tip.status, photos: tip.attachments.length },
      });
      return tip.attachments.map((attachment) => attachment.storageKey);
    }, PATIENT_TRANSACTION);
    if (keys === null) continue;
    await removeBlobs(keys);
    result.purged += 1;
    result.photosRemoved += keys.length;
  }

  const redactBefore = new Date(now.getTime() - closedDays * DAY_MS);
  const redactable = await client.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Tip" t
     WHERE t.status IN ('CLOSED_UNFOUNDED', 'CLOSED_DUPLICATE') AND t."receivedAt" < ${redactBefore}
       AND (t.description <> '' OR t.landmark IS NOT NULL OR cardinality(t.indicators) > 0
            OR EXISTS (SELECT 1 FROM "Attachment" a WHERE a."tipId" = t.id)
            OR EXISTS (SELECT 1 FROM "Message" m WHERE m."tipId" = t.id)
            OR EXISTS (SELECT 1 FROM "Note" n WHERE n."tipId" = t.id AND n.body <> ${REDACTED_NOTE_BODY}))
     ORDER BY t."receivedAt" LIMIT ${limit}`;
  for (const { id } of redactable) {
    const keys = await client.$transaction(async (tx) => {
      const tip = await tx.tip.findUnique({
        where: { id },
        select: { status: true, lat: true, lng: true, receivedAt: true, attachments: { select: { storageKey: true } }, _count: { select: { messages: true } } },
      });
      // Reopened meanwhile: keep it.
      if (!tip || (tip.status !== 'CLOSED_UNFOUNDED' && tip.status !== 'CLOSED_DUPLICATE')) return null;
      await tx.attachment.deleteMany({ where: { tipId: id } });
      await tx.message.deleteMany({ where: { tipId: id } });
      const notes = await tx.note.updateMany({ where: { tipId: id, body: { not: REDACTED_NOTE_BODY } }, data: { body: REDACTED_NOTE_BODY } });
      await tx.tip.update({ where: { id }, data: REDACTED_TIP });
      // The duplicate search's features and keys are read from the text (names, phone numbers):
      // they go with it, replaced by those of the redacted text, so the tip stays a current one.
      const text = dedupText(REDACTED_TIP.description, REDACTED_TIP.landmark);
      for (const statement of replaceKeys(tx, keyRows([{ id, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text }]))) await statement;
      await recordAuditEvent(tx, {
        actor: null,
        action: 'tip.redacted',
        target: { type: 'tip', id },
        detail: { reason: 'retention', afterDays: closedDays, status: tip.status, photos: tip.attachments.length, messages: tip._count.messages, notes: notes.count },
      });
      return tip.attachments.map((attachment) => attachment.storageKey);
    }, PATIENT_TRANSACTION);
    if (keys === null) continue;
    await removeBlobs(keys);
    result.redacted += 1;
    result.photosRemoved += keys.length;
  }
  return result;
}
