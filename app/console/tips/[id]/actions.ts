'use server';

import { openCase } from '@/lib/cases/open-case';
import { dismissDuplicate } from '@/lib/dedup/dismiss-duplicate';
import { consoleAction } from '@/lib/http/console-action';
import { formText } from '@/lib/http/form';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { addTipNote } from '@/lib/triage/add-tip-note';
import { assignTip } from '@/lib/triage/assign-tip';
import { setTipPriority } from '@/lib/triage/set-tip-priority';
import { backToTip } from '@/lib/ui/triage/back-to-tip';

/** Every tip action comes back to the tip (the form's tipId) with its outcome. */
const backWith = (notice: string) => (result: Parameters<typeof backToTip>[1], form: FormData) => backToTip(formText(form, 'tipId'), result, notice);

export const changeTipStatusAction = consoleAction(changeTipStatus, {
  read: (form) => ({ tipId: formText(form, 'tipId'), status: formText(form, 'status') }),
  done: backWith('triage.done_status'),
});

export const setTipPriorityAction = consoleAction(setTipPriority, {
  read: (form) => ({ tipId: formText(form, 'tipId'), priority: formText(form, 'priority') }),
  done: backWith('triage.done_priority'),
});

export const assignTipAction = consoleAction(assignTip, {
  read: (form) => ({ tipId: formText(form, 'tipId'), assigneeId: formText(form, 'assigneeId') }),
  done: backWith('triage.done_assigned'),
});

export const addTipNoteAction = consoleAction(addTipNote, {
  read: (form) => ({ tipId: formText(form, 'tipId'), body: formText(form, 'body') }),
  done: backWith('triage.done_note'),
});

export const notDuplicateAction = consoleAction(dismissDuplicate, {
  read: (form) => ({ tipId: formText(form, 'tipId'), otherTipId: formText(form, 'otherTipId') }),
  done: backWith('triage.done_notDuplicate'),
});

export const mergeIntoCaseAction = consoleAction(linkTipToCase, {
  read: (form) => ({ tipId: formText(form, 'tipId'), caseId: formText(form, 'caseId') }),
  done: backWith('triage.done_merged'),
});

export const openCaseAction = consoleAction(openCase, {
  read: (form) => ({ tipIds: [formText(form, 'tipId')], title: formText(form, 'title') }),
  done: backWith('triage.done_caseOpened'),
});
