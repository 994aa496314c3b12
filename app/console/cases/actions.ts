'use server';

import { CASE_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { caseIdByReference } from '@/lib/cases/get-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { type SettledAction, settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { recordRaid } from '@/lib/raids/record-raid';
import { formBool, formText } from '@/lib/http/form';
/** Back to the case, at the form that was sent, with the outcome (`cases.done_<what>` on success). */
const backToCase = (caseId: string, result: SettledAction<unknown>, what: string, anchor = what) =>
  redirectWithOutcome(`/console/cases/${encodeURIComponent(caseId)}`, outcomeOf(result, `cases.done_${what}`), { on: what, anchor });

export async function changeCaseStatusAction(form: FormData): Promise<void> {
  const actor = await requireActor(CASE_ACTIONS.changeCaseStatusAction);
  const caseId = formText(form, 'caseId');
  const result = await settleAction('changeCaseStatus', () => changeCaseStatus(actor, { caseId, status: formText(form, 'status') }));
  backToCase(caseId, result, 'status');
}

export async function assignCaseAction(form: FormData): Promise<void> {
  const actor = await requireActor(CASE_ACTIONS.assignCaseAction);
  const caseId = formText(form, 'caseId');
  const result = await settleAction('assignCase', () => assignCase(actor, { caseId, assigneeId: formText(form, 'assigneeId') || null }));
  backToCase(caseId, result, 'assignment');
}

export async function addCaseNoteAction(form: FormData): Promise<void> {
  const actor = await requireActor(CASE_ACTIONS.addCaseNoteAction);
  const caseId = formText(form, 'caseId');
  const result = await settleAction('addCaseNote', () => addCaseNote(actor, { caseId, body: formText(form, 'body') }));
  backToCase(caseId, result, 'notes');
}

export async function mergeCasesAction(form: FormData): Promise<void> {
  const actor = await requireActor(CASE_ACTIONS.mergeCasesAction);
  const caseId = formText(form, 'caseId');
  const result = await settleAction('mergeCases', async () =>
    mergeCases(actor, { targetCaseId: caseId, sourceCaseId: await caseIdByReference(actor, formText(form, 'sourceReference')) }),
  );
  backToCase(caseId, result, 'merge');
}

export async function recordRaidAction(form: FormData): Promise<void> {
  const actor = await requireActor(CASE_ACTIONS.recordRaidAction);
  const caseId = formText(form, 'caseId');
  const result = await settleAction('recordRaid', () =>
    recordRaid(actor, {
      caseId,
      raidedOn: formText(form, 'raidedOn'),
      unit: formText(form, 'unit'),
      place: formText(form, 'place'),
      lat: formText(form, 'lat'),
      lng: formText(form, 'lng'),
      suspectsArrested: formText(form, 'suspectsArrested'),
      victimsRescued: formText(form, 'victimsRescued'),
      foreignNationalsDetained: formText(form, 'foreignNationalsDetained'),
      computersSeized: formText(form, 'computersSeized'),
      phonesSeized: formText(form, 'phonesSeized'),
      compoundClosed: formBool(form, 'compoundClosed'),
      notes: formText(form, 'notes'),
    }),
  );
  backToCase(caseId, result, 'raid', result.ok ? 'raids' : 'record-raid');
}
