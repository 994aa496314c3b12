'use server';

/** Supervisors curate the standard questions (issue 14). */
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { createQuestion, setQuestionActive } from '@/lib/questions/manage-questions';
import { getLocale } from '@/lib/ui/locale';
import { formText } from '@/lib/http/form';

export async function createQuestionAction(form: FormData): Promise<void> {
  const actor = await requireActor('questions.manage');
  const result = await runAction('createQuestion', await getLocale(), () =>
    createQuestion(actor, {
      key: formText(form, 'key'),
      kind: formText(form, 'kind') as never,
      text: Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, formText(form, `text.${locale}`)])) as never,
      choices: Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, formText(form, `choices.${locale}`)])),
    }),
  );
  const detail = result.ok ? '' : Object.values(result.fields ?? {})[0];
  redirect(`/console/questions?${result.ok ? 'done=created' : `error=${encodeURIComponent(detail || result.message)}`}`);
}

export async function setQuestionActiveAction(form: FormData): Promise<void> {
  const actor = await requireActor('questions.manage');
  const active = formText(form, 'active') === '1';
  const result = await runAction('setQuestionActive', await getLocale(), () => setQuestionActive(actor, { questionId: formText(form, 'questionId'), active }));
  redirect(`/console/questions?${result.ok ? `done=${active ? 'activated' : 'deactivated'}` : `error=${encodeURIComponent(result.message)}`}`);
}
