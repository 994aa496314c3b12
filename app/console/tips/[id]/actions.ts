'use server';

import type { Permission } from '@/lib/auth/permissions';
import { TIP_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';
import { openCase } from '@/lib/cases/open-case';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { dismissDuplicate } from '@/lib/dedup/dismiss-duplicate';
import { settleAction } from '@/lib/http/action';
import { addTipNote } from '@/lib/triage/add-tip-note';
import { assignTip } from '@/lib/triage/assign-tip';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { messageTipster } from '@/lib/triage/message-tipster';
import { setTipPriority } from '@/lib/triage/set-tip-priority';
import { backToTip } from '@/lib/ui/triage/back-to-tip';
import { formText } from '@/lib/http/form';

/** One shape for every tip action: guard, run the lib use-case, come back to the tip with the outcome. */
async function tipAction(name: string, permission: Permission, form: FormData, notice: string, work: (actor: Actor, tipId: string) => Promise<unknown>) {
  const actor = await requireActor(permission);
  const tipId = formText(form, 'tipId');
  backToTip(tipId, await settleAction(name, () => work(actor, tipId)), notice);
}

export async function changeTipStatusAction(form: FormData): Promise<void> {
  await tipAction('changeTipStatus', TIP_ACTIONS.changeTipStatusAction, form, 'triage.done_status', (actor, tipId) => changeTipStatus(actor, { tipId, status: formText(form, 'status') }));
}

export async function setTipPriorityAction(form: FormData): Promise<void> {
  await tipAction('setTipPriority', TIP_ACTIONS.setTipPriorityAction, form, 'triage.done_priority', (actor, tipId) => setTipPriority(actor, { tipId, priority: formText(form, 'priority') }));
}

export async function assignTipAction(form: FormData): Promise<void> {
  await tipAction('assignTip', TIP_ACTIONS.assignTipAction, form, 'triage.done_assigned', (actor, tipId) => assignTip(actor, { tipId, assigneeId: formText(form, 'assigneeId') }));
}

export async function addTipNoteAction(form: FormData): Promise<void> {
  await tipAction('addTipNote', TIP_ACTIONS.addTipNoteAction, form, 'triage.done_note', (actor, tipId) => addTipNote(actor, { tipId, body: formText(form, 'body') }));
}

export async function messageTipsterAction(form: FormData): Promise<void> {
  await tipAction('messageTipster', TIP_ACTIONS.messageTipsterAction, form, 'triage.done_message', (actor, tipId) => messageTipster(actor, { tipId, body: formText(form, 'body') }));
}

export async function notDuplicateAction(form: FormData): Promise<void> {
  await tipAction('notDuplicate', TIP_ACTIONS.notDuplicateAction, form, 'triage.done_notDuplicate', (actor, tipId) => dismissDuplicate({ actor, tipId, otherTipId: formText(form, 'otherTipId') }));
}

export async function mergeIntoCaseAction(form: FormData): Promise<void> {
  await tipAction('mergeIntoCase', TIP_ACTIONS.mergeIntoCaseAction, form, 'triage.done_merged', (actor, tipId) => linkTipToCase(actor, { tipId, caseId: formText(form, 'caseId') }));
}

export async function openCaseAction(form: FormData): Promise<void> {
  await tipAction('openCase', TIP_ACTIONS.openCaseAction, form, 'triage.done_caseOpened', (actor, tipId) => openCase(actor, { tipIds: [tipId], title: formText(form, 'title') }));
}
