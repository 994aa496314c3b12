/** The journal and the rewards as CSV for auditors; every export is itself audited. */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { toCsv } from './csv';

export const LEDGER_EXPORT_KINDS = ['journal', 'rewards'] as const;
export type LedgerExportKind = (typeof LEDGER_EXPORT_KINDS)[number];

export const exportLedger = defineUseCase({
  name: 'exportLedger',
  permission: 'ledger.export',
  input: z.enum(LEDGER_EXPORT_KINDS),
  run: async (actor, kind): Promise<{ filename: string; csv: string }> => {
    return db.$transaction(
      async (tx) => {
        let csv: string;
        let rows: number;
        if (kind === 'journal') {
          const lines = await tx.journalLine.findMany({
            orderBy: [{ entryId: 'asc' }, { id: 'asc' }],
            select: {
              amountMinor: true,
              account: { select: { code: true, currency: true } },
              entry: { select: { id: true, kind: true, rewardId: true, memo: true, createdById: true, createdAt: true, idempotencyKey: true, prevHash: true, hash: true } },
            },
          });
          rows = lines.length;
          csv = toCsv(
            ['entry_id', 'created_at', 'kind', 'reward_id', 'memo', 'created_by', 'idempotency_key', 'account', 'currency', 'amount_minor', 'prev_hash', 'hash'],
            lines.map((line) => [
              line.entry.id, line.entry.createdAt, line.entry.kind, line.entry.rewardId, line.entry.memo, line.entry.createdById,
              line.entry.idempotencyKey, line.account.code, line.account.currency, line.amountMinor, line.entry.prevHash, line.entry.hash,
            ]),
          );
        } else {
          const rewards = await tx.reward.findMany({
            orderBy: { proposedAt: 'asc' },
            select: {
              id: true, state: true, currency: true, amountMinor: true, suggestedMinor: true, justification: true, proposedById: true, proposedAt: true,
              approvedById: true, approvedAt: true, supervisorApprovedById: true, supervisorApprovedAt: true, rejectedById: true, rejectionReason: true,
              voucherExpiresAt: true, paidAt: true, paidById: true, payoutMethod: true, payoutReference: true,
              tip: { select: { id: true } }, raid: { select: { id: true, case: { select: { reference: true } } } }, policy: { select: { version: true } },
            },
          });
          rows = rewards.length;
          csv = toCsv(
            ['reward_id', 'tip_id', 'case_reference', 'raid_id', 'policy_version', 'state', 'currency', 'amount_minor', 'suggested_minor', 'justification',
              'proposed_by', 'proposed_at', 'approved_by', 'approved_at', 'supervisor_approved_by', 'supervisor_approved_at', 'rejected_by', 'rejection_reason',
              'voucher_expires_at', 'paid_at', 'paid_by', 'payout_method', 'payout_reference'],
            rewards.map((r) => [
              r.id, r.tip.id, r.raid.case.reference, r.raid.id, r.policy.version, r.state, r.currency, r.amountMinor, r.suggestedMinor, r.justification,
              r.proposedById, r.proposedAt, r.approvedById, r.approvedAt, r.supervisorApprovedById, r.supervisorApprovedAt, r.rejectedById, r.rejectionReason,
              r.voucherExpiresAt, r.paidAt, r.paidById, r.payoutMethod, r.payoutReference,
            ]),
          );
        }
        await recordAuditEvent(tx, { actor, action: 'ledger.exported', detail: { kind, rows } });
        const day = new Date().toISOString().slice(0, 10);
        return { filename: `${kind}-${day}.csv`, csv };
      },
      { timeout: 60_000 },
    );
  },
});
