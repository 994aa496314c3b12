/**
 * Bulk triage (issue 14, docs/decisions/0600): one action on many tips of the inbox: the
 * ticked ones, or every tip matching the inbox filter, at most BULK_CAP in inbox order.
 * Each tip goes through the same transaction body as the single-tip use case (scope,
 * workflow, its own audit row), inside one transaction for the whole action, each tip
 * behind a savepoint so one refusal does not spoil the others' checks. All or nothing: if
 * any tip is refused, nothing is changed and the officer is told which tips and why; if
 * none is, every change is committed at once. A NEW tip closed in bulk is triaged first,
 * then closed: two status changes, two audit rows, as if done by hand.
 */
import { randomUUID } from 'node:crypto';
import { z, ZodError } from 'zod';
import { formEnum } from '@/lib/http/form';
import type { Actor } from '@/lib/auth/permissions';
import { linkTipToCase, linkTipToCaseInTx } from '@/lib/cases/link-tip-to-case';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { anyId } from '@/lib/ids';
import { assignTipInTx } from './assign-tip';
import { changeTipStatusInTx } from './change-tip-status';
import { findTipInScope } from './find-tip-in-scope';
import { type InboxFilterInput, listInbox } from './list-inbox';
import { PRIORITIES, setTipPriorityInTx } from './set-tip-priority';
import { TIP_STATUSES, type TipStatusCode, tipWorkflow } from './tip-workflow';
import { checkActor, defineUseCase } from '@/lib/use-case';

export const BULK_CAP = 100;
export const BULK_ACTIONS = ['assign', 'status', 'priority', 'link', 'closeUnfounded', 'closeDuplicate'] as const;

/** Statuses a tip can be moved to from a list: the workflow's manual moves' targets (never NEW, nor LINKED, which a case makes). */
export const BULK_STATUS_TARGETS: readonly TipStatusCode[] = [
  ...new Set(Object.values(tipWorkflow.definition.moves).flatMap((move) => (move.manual && typeof move.to === 'string' ? [move.to] : []))),
];
const isBulkStatusTarget = (value: string): value is TipStatusCode => (BULK_STATUS_TARGETS as readonly string[]).includes(value);
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const bulkTriageSchema = z
  .object({
    action: formEnum(BULK_ACTIONS, 'bulk.errors.action'),
    /** The assignee (uuid or '' for nobody), status, priority or case, as the action needs: ids are any text (decision 0875). */
    value: anyId.default(''),
    tipIds: z.array(anyId).max(BULK_CAP, 'bulk.errors.tooMany').default([]),
    /** Every tip matching `filter` instead of the ticked ones. */
    allMatching: z.boolean().default(false),
    filter: z.record(z.string(), z.string()).default({}),
    /** Left out (a second try without the tips refused the first time). */
    exclude: z.array(anyId).max(BULK_CAP).default([]),
  })
  .superRefine((input, context) => {
    const bad = (message: string) => context.addIssue({ code: 'custom', path: ['value'], message });
    if (input.action === 'status' && !isBulkStatusTarget(input.value)) bad('triage.errors.status');
    if (input.action === 'priority' && !(PRIORITIES as readonly string[]).includes(input.value)) bad('triage.errors.priority');
    // A chosen assignee or case that names nobody is refused per tip, as an unknown one is.
    if (input.action === 'link' && input.value === '') bad('cases.errors.case');
  });

export interface BulkResult {
  batch: string;
  action: BulkAction;
  value: string;
  /** Changed (applied) or, when something was refused, would have been changed. */
  ok: string[];
  refused: { tipId: string; reason: string }[];
  applied: boolean;
}

class RollBack extends Error {}

function reasonOf(error: unknown): string | null {
  if (isAppError(error)) return error.messageKey;
  if (error instanceof ZodError) return error.issues[0]?.message ?? 'errors.BAD_REQUEST';
  return null;
}

async function applyOne(tx: Tx, actor: Actor, action: BulkAction, value: string, tipId: string, detail: Record<string, unknown>): Promise<void> {
  switch (action) {
    case 'assign':
      return assignTipInTx(tx, actor, { tipId, assigneeId: value }, detail);
    case 'priority':
      return setTipPriorityInTx(tx, actor, { tipId, priority: value as (typeof PRIORITIES)[number] }, detail);
    case 'link':
      return linkTipToCaseInTx(tx, actor, { tipId, caseId: value }, detail);
    case 'status':
      await changeTipStatusInTx(tx, actor, { tipId, status: value as (typeof TIP_STATUSES)[number] }, detail);
      return;
    case 'closeUnfounded':
    case 'closeDuplicate': {
      const to = action === 'closeUnfounded' ? 'CLOSED_UNFOUNDED' : 'CLOSED_DUPLICATE';
      const tip = await findTipInScope(tx, actor, tipId);
      // Decision 0600: a NEW tip is triaged, then closed, each step checked and audited.
      if (tip.status === 'NEW') await changeTipStatusInTx(tx, actor, { tipId, status: 'TRIAGED' }, detail);
      await changeTipStatusInTx(tx, actor, { tipId, status: to }, detail);
    }
  }
}

/** The tips an action is about: the ticked ones, or the first BULK_CAP matching the filter in inbox order. */
export async function bulkSelection(actor: Actor, input: { tipIds: string[]; allMatching: boolean; filter: InboxFilterInput; exclude: string[] }, client: Db = defaultDb): Promise<string[]> {
  const excluded = new Set(input.exclude);
  const ids = input.allMatching
    ? (await listInbox(actor, { ...input.filter, after: undefined }, { pageSize: BULK_CAP + excluded.size }, client)).rows.map((row) => row.id)
    : [...new Set(input.tipIds)];
  return ids.filter((id) => !excluded.has(id)).slice(0, BULK_CAP);
}

export const bulkTriage = defineUseCase({
  name: 'bulkTriage',
  permission: 'tips.triage',
  input: bulkTriageSchema,
  run: async (actor, parsed, client: Db = defaultDb): Promise<BulkResult> => {
    if (parsed.action === 'link') checkActor(actor, linkTipToCase.permission);
    const tipIds = await bulkSelection(actor, parsed, client);
    if (tipIds.length === 0) throw new z.ZodError([{ code: 'custom', path: ['tipIds'], message: 'bulk.errors.none', input: [] }]);

    const batch = randomUUID();
    const detail = { bulk: batch };
    const ok: string[] = [];
    const refused: BulkResult['refused'] = [];
    try {
      await client.$transaction(
        async (tx) => {
          for (const tipId of tipIds) {
            await tx.$executeRawUnsafe('SAVEPOINT bulk_tip');
            try {
              await applyOne(tx, actor, parsed.action, parsed.value, tipId, detail);
              await tx.$executeRawUnsafe('RELEASE SAVEPOINT bulk_tip');
              ok.push(tipId);
            } catch (error) {
              const reason = reasonOf(error);
              if (!reason) throw error;
              await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT bulk_tip');
              refused.push({ tipId, reason });
            }
          }
          if (refused.length > 0) throw new RollBack();
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    return { batch, action: parsed.action, value: parsed.value, ok, refused, applied: refused.length === 0 };
  },
});

