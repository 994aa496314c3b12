'use server';

/** Supervisors curate the standard questions (issue 14). */
import { consoleAction } from '@/lib/http/console-action';
import { formBool, formText, formTextsFor } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { createQuestion, setQuestionActive } from '@/lib/questions/manage-questions';

export const createQuestionAction = consoleAction(createQuestion, {
  read: (form) => ({
    key: formText(form, 'key'),
    kind: formText(form, 'kind'),
    text: formTextsFor(form, 'text.', RESIDENT_LOCALES),
    choices: formTextsFor(form, 'choices.', RESIDENT_LOCALES),
  }),
  done: (result) => redirectWithOutcome('/console/questions', outcomeOf(result, 'mailboxConsole.done_created')),
});

export const setQuestionActiveAction = consoleAction(setQuestionActive, {
  read: (form) => ({ questionId: formText(form, 'questionId'), active: formBool(form, 'active') }),
  done: (result, form) =>
    redirectWithOutcome('/console/questions', outcomeOf(result, formBool(form, 'active') ? 'mailboxConsole.done_activated' : 'mailboxConsole.done_deactivated')),
});
