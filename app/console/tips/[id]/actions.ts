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
import { backToFormTip } from '@/lib/ui/triage/back-to-tip';

export const changeTipStatusAction = consoleAction(changeTipStatus, {
  read: (form) => ({ tipId: formText(form, 'tipId'), status: formText(form, 'status') }),
  done: backToFormTip('triage.done_status'),
});

export const setTipPriorityAction = consoleAction(setTipPriority, {
  read: (form) => ({ tipId: formText(form, 'tipId'), priority: formText(form, 'priority') }),
  done: backToFormTip('triage.done_priority'),
});

export const assignTipAction = consoleAction(assignTip, {
  read: (form) => ({ tipId: formText(form, 'tipId'), assigneeId: formText(form, 'assigneeId') }),
  done: backToFormTip('triage.done_assigned'),
});

export const addTipNoteAction = consoleAction(addTipNote, {
  read: (form) => ({ tipId: formText(form, 'tipId'), body: formText(form, 'body') }),
  done: backToFormTip('triage.done_note'),
});

export const notDuplicateAction = consoleAction(dismissDuplicate, {
  read: (form) => ({ tipId: formText(form, 'tipId'), otherTipId: formText(form, 'otherTipId') }),
  done: backToFormTip('triage.done_notDuplicate'),
});

export const mergeIntoCaseAction = consoleAction(linkTipToCase, {
  read: (form) => ({ tipId: formText(form, 'tipId'), caseId: formText(form, 'caseId') }),
  done: backToFormTip('triage.done_merged'),
});

export const openCaseAction = consoleAction(openCase, {
  read: (form) => ({ tipIds: [formText(form, 'tipId')], title: formText(form, 'title') }),
  done: backToFormTip('triage.done_caseOpened'),
});
