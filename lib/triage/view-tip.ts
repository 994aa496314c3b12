/**
 * Everything a tip says, for its detail page, and the workflow moves this actor may make on
 * it (`nextMoves`: the page offers these and nothing else). Each view is audited (tip.viewed)
 * in the same transaction as the read, and counted towards unusual access. Out of scope or
 * unknown: 404.
 */
import { provinceScope, seesAllProvinces } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { tipRef } from '@/lib/tips/staff-ref';
import { tipWorkflow } from './tip-workflow';
import { checkUnusualAccess, type UnusualAccessSettings } from './unusual-access';
import { defineUseCase } from '@/lib/use-case';

const TIP_DETAIL = {
  id: true,
  category: true,
  indicators: true,
  description: true,
  lat: true,
  lng: true,
  accuracyM: true,
  locationSource: true,
  provinceCode: true,
  districtCode: true,
  landmark: true,
  observedOn: true,
  observedTime: true,
  urgent: true,
  language: true,
  wantsReward: true,
  powVerified: true,
  receivedAt: true,
  status: true,
  priority: true,
  triagedAt: true,
  caseId: true,
  case: { select: { id: true, reference: true, title: true, status: true, provinceCode: true } },
  assignedTo: { select: { id: true, name: true } },
  attachments: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, mimeType: true, width: true, height: true, sizeBytes: true, sha256: true, messageId: true },
  },
  messages: {
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      direction: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      attachments: { select: { id: true } },
      // issue 14: standard questions, reply templates and chosen answers, shown in the officer's language
      templateKey: true,
      answer: true,
      unread: true,
      question: { select: { id: true, key: true, kind: true, text: true, choices: true, active: true } },
      answers: { select: { question: { select: { id: true, key: true, kind: true, text: true, choices: true, active: true } } } },
    },
  },
  notes: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
} as const;

export const viewTip = defineUseCase({
  name: 'viewTip',
  permission: 'tips.read',
  input: anyId,
  run: async (actor, tipId, options: { unusualAccess?: UnusualAccessSettings } = {}, client: Db = defaultDb) => {
    const id = idOrNotFound(tipId);
    return client.$transaction(async (tx) => {
      const found = await tx.tip.findFirst({ where: { id, ...provinceScope(actor) }, select: TIP_DETAIL });
      if (!found) throw new AppError('NOT_FOUND');
      await recordAuditEvent(tx, { actor, action: 'tip.viewed', target: { type: 'tip', id } });
      // The tipster's messages are on this page: opened, they stop being flagged as new (each keeps `unread` as read above, for the page).
      await tx.message.updateMany({ where: { tipId: id, unread: true }, data: { unread: false } });
      await checkUnusualAccess(tx, actor, options.unusualAccess);
      // A tip may sit in a case of another province (linked by someone covering both): an
      // officer who may not see that case is not told its reference or title either.
      const { case: linked, ...tip } = found;
      const caseVisible = linked && (seesAllProvinces(actor) || (linked.provinceCode !== null && actor.provinceCodes.includes(linked.provinceCode)));
      const { nextMoves } = await tipWorkflow.allowed(tx, actor, tip);
      return { ...tip, ref: tipRef(tip.id), case: caseVisible ? { id: linked.id, reference: linked.reference, title: linked.title, status: linked.status } : null, nextMoves };
    });
  },
});

export type TipDetail = Awaited<ReturnType<typeof viewTip>>;
