'use server';

/** The mailbox without a shared language (issue 14): standard questions and reply templates from the tip page. */
import type { Actor, Permission } from '@/lib/auth/permissions';
import { MAILBOX_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { settleAction } from '@/lib/http/action';
import { askQuestions, sendReplyTemplate } from '@/lib/questions/ask-questions';
import { backToTip } from '@/lib/ui/triage/back-to-tip';
import { formText, formTexts } from '@/lib/http/form';

async function mailboxAction(name: string, permission: Permission, form: FormData, notice: string, work: (actor: Actor, tipId: string) => Promise<unknown>) {
  const actor = await requireActor(permission);
  const tipId = formText(form, 'tipId');
  backToTip(tipId, await settleAction(name, () => work(actor, tipId)), notice, 'messages-title');
}

export async function askQuestionsAction(form: FormData): Promise<void> {
  await mailboxAction('askQuestions', MAILBOX_ACTIONS.askQuestionsAction, form, 'mailboxConsole.done_asked', (actor, tipId) => askQuestions(actor, { tipId, questionIds: formTexts(form, 'questionId') }));
}

export async function sendReplyTemplateAction(form: FormData): Promise<void> {
  await mailboxAction('sendReplyTemplate', MAILBOX_ACTIONS.sendReplyTemplateAction, form, 'mailboxConsole.done_template', (actor, tipId) => sendReplyTemplate(actor, { tipId, template: formText(form, 'template') }));
}
