/**
 * A case as the detail page shows it, the view itself audited (`case.viewed`) in the same
 * transaction. Tips appear as safe summaries (category, date, place, flags): the tipster's
 * words are shown only on a tip's own, separately audited page. Tips of a case that lie
 * outside an officer's provinces are counted, not shown.
 */
import { z } from 'zod';
import { can, provinceScope } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { isPositiveOutcome } from '@/lib/raids/positive-outcome';
import { anyId } from '@/lib/ids';
import { loadCaseWithTips } from './load-case';
import { type CaseMove, type CaseStatusCode, caseWorkflow } from './case-workflow';
import type { NextMove } from '@/lib/workflow/define-workflow';
import { defineUseCase } from '@/lib/use-case';

export interface CaseTipSummary {
  id: string;
  category: string;
  status: string;
  receivedAt: Date;
  provinceCode: string | null;
  districtCode: string | null;
  lat: number;
  lng: number;
  urgent: boolean;
  wantsReward: boolean;
  photoCount: number;
  isFirstInformant: boolean;
}

export interface CaseRaidView {
  id: string;
  raidedOn: Date;
  unit: string;
  place: string;
  suspectsArrested: number;
  victimsRescued: number;
  foreignNationalsDetained: number;
  computersSeized: number;
  phonesSeized: number;
  compoundClosed: boolean;
  notes: string | null;
  recordedByName: string;
  positiveOutcome: boolean;
}

export interface CaseDetail {
  id: string;
  reference: string;
  title: string;
  status: CaseStatusCode;
  provinceCode: string | null;
  lat: number | null;
  lng: number | null;
  createdAt: Date;
  updatedAt: Date;
  assignee: { id: string; name: string } | null;
  mergedInto: { id: string; reference: string } | null;
  mergedFrom: { id: string; reference: string }[];
  firstInformantTipId: string | null;
  tips: CaseTipSummary[];
  hiddenTipCount: number;
  notes: { id: string; body: string; authorName: string; createdAt: Date }[];
  raids: CaseRaidView[];
  /** May write notes and assign (not workflow moves: no status changes). */
  mayEdit: boolean;
  /** The workflow moves this actor may make now: the page offers these and nothing else. */
  nextMoves: NextMove<CaseStatusCode, CaseMove>[];
  /** Why a move this actor could make is not possible now (an i18n key), e.g. a raid before anyone took the case up. */
  blocked: Partial<Record<CaseMove, string>>;
}

export const getCase = defineUseCase({
  name: 'getCase',
  permission: 'cases.read',
  input: anyId,
  run: async (actor, caseId, client: Db = defaultDb): Promise<CaseDetail> => {
    return client.$transaction(async (tx) => {
      const { found: row, tips } = await loadCaseWithTips(tx, actor, caseId, {
        raids: 'desc',
        tips: {
          id: true, category: true, status: true, receivedAt: true, provinceCode: true, districtCode: true,
          lat: true, lng: true, urgent: true, wantsReward: true, _count: { select: { attachments: true } },
        },
      });
      const allTipCount = await tx.tip.count({ where: { caseId } });
      const mergedInto = row.mergedIntoId ? await tx.case.findUnique({ where: { id: row.mergedIntoId }, select: { id: true, reference: true } }) : null;
      const mergedFrom = await tx.case.findMany({ where: { mergedIntoId: caseId }, select: { id: true, reference: true }, orderBy: { reference: 'asc' } });
      const raidCount = row.raids.length;
      const { nextMoves, blocked } = await caseWorkflow.allowed(tx, actor, { id: row.id, status: row.status, mergedIntoId: row.mergedIntoId, raidCount });
      await recordAuditEvent(tx, { actor, action: 'case.viewed', target: { type: 'case', id: caseId } });

      return {
        id: row.id,
        reference: row.reference,
        title: row.title,
        status: row.status,
        provinceCode: row.provinceCode,
        lat: row.lat,
        lng: row.lng,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        assignee: row.assignedTo,
        mergedInto,
        mergedFrom,
        firstInformantTipId: row.firstInformantTipId,
        tips: tips.map(({ _count, ...tip }) => ({ ...tip, photoCount: _count.attachments, isFirstInformant: tip.id === row.firstInformantTipId })),
        hiddenTipCount: allTipCount - tips.length,
        notes: row.notes.map((note) => ({ id: note.id, body: note.body, createdAt: note.createdAt, authorName: note.author.name })),
        raids: row.raids.map(({ recordedBy, recordedById: _recordedById, caseId: _caseId, createdAt: _createdAt, lat: _lat, lng: _lng, ...raid }) => ({
          ...raid,
          recordedByName: recordedBy.name,
          positiveOutcome: isPositiveOutcome(raid),
        })),
        mayEdit: can(actor, 'cases.manage') && !row.mergedIntoId,
        nextMoves,
        blocked,
      };
    });
  },
});

/** The id of a case the actor may see, by its reference (the merge form asks for one). */
export const caseIdByReference = defineUseCase({
  name: 'caseIdByReference',
  permission: 'cases.read',
  input: z.string(),
  run: async (actor, reference, client: Db = defaultDb): Promise<string> => {
    const found = await client.case.findFirst({ where: { reference: reference.trim().toUpperCase(), ...provinceScope(actor) }, select: { id: true } });
    if (!found) throw new AppError('NOT_FOUND', 'cases.errors.mergeUnknown');
    return found.id;
  },
});
