'use server';

/** Supervisors curate the standard questions (issue 14). */
import { QUESTION_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { createQuestion, setQuestionActive } from '@/lib/questions/manage-questions';
import { formBool, formText, formTextsFor } from '@/lib/http/form';

export async function createQuestionAction(form: FormData): Promise<void> {
  const actor = await requireActor(QUESTION_ACTIONS.createQuestionAction);
  const result = await settleAction('createQuestion', () =>
    createQuestion(actor, {
      key: formText(form, 'key'),
      kind: formText(form, 'kind'),
      text: formTextsFor(form, 'text.', RESIDENT_LOCALES),
      choices: formTextsFor(form, 'choices.', RESIDENT_LOCALES),
    }),
  );
  redirectWithOutcome('/console/questions', outcomeOf(result, 'mailboxConsole.done_created'));
}

export async function setQuestionActiveAction(form: FormData): Promise<void> {
  const actor = await requireActor(QUESTION_ACTIONS.setQuestionActiveAction);
  const active = formBool(form, 'active');
  const result = await settleAction('setQuestionActive', () => setQuestionActive(actor, { questionId: formText(form, 'questionId'), active }));
  redirectWithOutcome('/console/questions', outcomeOf(result, active ? 'mailboxConsole.done_activated' : 'mailboxConsole.done_deactivated'));
}
