'use server';

import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import type { SettledAction } from '@/lib/http/action';
import { consoleAction } from '@/lib/http/console-action';
import { formBool, formText } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { mergeCasesByReference } from '@/lib/cases/merge-cases';
import { recordRaid } from '@/lib/raids/record-raid';

/** Back to the case, at the form that was sent, with the outcome (`cases.done_<what>` on success). */
const backToCase = (form: FormData, result: SettledAction<unknown>, what: string, anchor = what, notice = `cases.done_${what}`) =>
  redirectWithOutcome(`/console/cases/${encodeURIComponent(formText(form, 'caseId'))}`, outcomeOf(result, notice), { on: what, anchor });

export const changeCaseStatusAction = consoleAction(changeCaseStatus, {
  read: (form) => ({ caseId: formText(form, 'caseId'), status: formText(form, 'status') }),
  done: (result, form) => backToCase(form, result, 'status'),
});

export const assignCaseAction = consoleAction(assignCase, {
  read: (form) => ({ caseId: formText(form, 'caseId'), assigneeId: formText(form, 'assigneeId') || null }),
  done: (result, form) => backToCase(form, result, 'assignment'),
});

export const addCaseNoteAction = consoleAction(addCaseNote, {
  read: (form) => ({ caseId: formText(form, 'caseId'), body: formText(form, 'body') }),
  done: (result, form) => backToCase(form, result, 'notes'),
});

export const mergeCasesAction = consoleAction(mergeCasesByReference, {
  read: (form) => ({ targetCaseId: formText(form, 'caseId'), sourceReference: formText(form, 'sourceReference') }),
  done: (result, form) => backToCase(form, result, 'merge'),
});

export const recordRaidAction = consoleAction(recordRaid, {
  read: (form) => ({
    caseId: formText(form, 'caseId'),
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
  done: (result, form) =>
    backToCase(form, result, 'raid', result.ok ? 'raids' : 'record-raid', result.ok && result.data.noTipBeforeRaid ? 'cases.done_raidNoTipBefore' : 'cases.done_raid'),
});
