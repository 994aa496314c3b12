'use server';

/** The mailbox without a shared language (issue 14): standard questions and reply templates from the tip page. */
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { askQuestions, sendReplyTemplate } from '@/lib/questions/ask-questions';
import { getLocale } from '@/lib/ui/locale';
import { formText, formTexts } from '@/lib/http/form';

async function mailboxAction(name: string, form: FormData, done: string, work: (actor: Actor, tipId: string) => Promise<unknown>) {
  const actor = await requireActor('tips.message');
  const tipId = formText(form, 'tipId');
  const result = await runAction(name, await getLocale(), () => work(actor, tipId));
  if (!result.ok && result.error === 'NOT_FOUND') redirect('/console/tips');
  const detail = result.ok ? '' : Object.values(result.fields ?? {})[0];
  redirect(`/console/tips/${encodeURIComponent(tipId)}?${result.ok ? `done=${done}` : `error=${encodeURIComponent(detail || result.message)}`}#messages-title`);
}

export async function askQuestionsAction(form: FormData): Promise<void> {
  await mailboxAction('askQuestions', form, 'asked', (actor, tipId) => askQuestions(actor, { tipId, questionIds: formTexts(form, 'questionId') }));
}

export async function sendReplyTemplateAction(form: FormData): Promise<void> {
  await mailboxAction('sendReplyTemplate', form, 'template', (actor, tipId) => sendReplyTemplate(actor, { tipId, template: formText(form, 'template') as never }));
}
