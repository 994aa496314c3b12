'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { caseIdByReference } from '@/lib/cases/get-case';
import { mergeCases } from '@/lib/cases/merge-cases';
import { runAction } from '@/lib/http/action';
import { recordRaid } from '@/lib/raids/record-raid';
import { outcomeQuery } from '@/lib/ui/cases/page-helpers';
import { getLocale } from '@/lib/ui/locale';
import { formBool, formText } from '@/lib/http/form';
const backToCase = (caseId: string, query: string, anchor: string) => redirect(`/console/cases/${encodeURIComponent(caseId)}?${query}#${anchor}`);

export async function changeCaseStatusAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = formText(form, 'caseId');
  const result = await runAction('changeCaseStatus', await getLocale(), () => changeCaseStatus(actor, { caseId, status: formText(form, 'status') }));
  backToCase(caseId, outcomeQuery(result, 'status'), 'status');
}

export async function assignCaseAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = formText(form, 'caseId');
  const result = await runAction('assignCase', await getLocale(), () => assignCase(actor, { caseId, assigneeId: formText(form, 'assigneeId') || null }));
  backToCase(caseId, outcomeQuery(result, 'assignment'), 'assignment');
}

export async function addCaseNoteAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = formText(form, 'caseId');
  const result = await runAction('addCaseNote', await getLocale(), () => addCaseNote(actor, { caseId, body: formText(form, 'body') }));
  backToCase(caseId, outcomeQuery(result, 'notes'), 'notes');
}

export async function mergeCasesAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = formText(form, 'caseId');
  const result = await runAction('mergeCases', await getLocale(), async () =>
    mergeCases(actor, { targetCaseId: caseId, sourceCaseId: await caseIdByReference(actor, formText(form, 'sourceReference')) }),
  );
  backToCase(caseId, outcomeQuery(result, 'merge'), 'merge');
}

export async function recordRaidAction(form: FormData): Promise<void> {
  const actor = await requireActor('raids.record');
  const caseId = formText(form, 'caseId');
  const result = await runAction('recordRaid', await getLocale(), () =>
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
  backToCase(caseId, outcomeQuery(result, 'raid'), result.ok ? 'raids' : 'record-raid');
}
