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

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const backToCase = (caseId: string, query: string, anchor: string) => redirect(`/console/cases/${encodeURIComponent(caseId)}?${query}#${anchor}`);

export async function changeCaseStatusAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = text(form, 'caseId');
  const result = await runAction('changeCaseStatus', await getLocale(), () => changeCaseStatus(actor, { caseId, status: text(form, 'status') }));
  backToCase(caseId, outcomeQuery(result, 'status'), 'status');
}

export async function assignCaseAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = text(form, 'caseId');
  const result = await runAction('assignCase', await getLocale(), () => assignCase(actor, { caseId, assigneeId: text(form, 'assigneeId') || null }));
  backToCase(caseId, outcomeQuery(result, 'assignment'), 'assignment');
}

export async function addCaseNoteAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = text(form, 'caseId');
  const result = await runAction('addCaseNote', await getLocale(), () => addCaseNote(actor, { caseId, body: text(form, 'body') }));
  backToCase(caseId, outcomeQuery(result, 'notes'), 'notes');
}

export async function mergeCasesAction(form: FormData): Promise<void> {
  const actor = await requireActor('cases.manage');
  const caseId = text(form, 'caseId');
  const result = await runAction('mergeCases', await getLocale(), async () =>
    mergeCases(actor, { targetCaseId: caseId, sourceCaseId: await caseIdByReference(actor, text(form, 'sourceReference')) }),
  );
  backToCase(caseId, outcomeQuery(result, 'merge'), 'merge');
}

export async function recordRaidAction(form: FormData): Promise<void> {
  const actor = await requireActor('raids.record');
  const caseId = text(form, 'caseId');
  const result = await runAction('recordRaid', await getLocale(), () =>
    recordRaid(actor, {
      caseId,
      raidedOn: text(form, 'raidedOn'),
      unit: text(form, 'unit'),
      place: text(form, 'place'),
      lat: text(form, 'lat'),
      lng: text(form, 'lng'),
      suspectsArrested: text(form, 'suspectsArrested'),
      victimsRescued: text(form, 'victimsRescued'),
      foreignNationalsDetained: text(form, 'foreignNationalsDetained'),
      computersSeized: text(form, 'computersSeized'),
      phonesSeized: text(form, 'phonesSeized'),
      compoundClosed: form.get('compoundClosed') === 'on',
      notes: text(form, 'notes'),
    }),
  );
  backToCase(caseId, outcomeQuery(result, 'raid'), result.ok ? 'raids' : 'record-raid');
}
