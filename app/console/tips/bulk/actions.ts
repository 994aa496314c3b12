'use server';

/** Bulk triage from the inbox (issue 14, docs/decisions/0600). */
import { redirect } from 'next/navigation';
import { consoleAction } from '@/lib/http/console-action';
import { formText, formTexts, formTextsByPrefix } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { bulkTriage } from '@/lib/triage/bulk-triage';
import { BULK_ACTIONS } from '@/lib/triage/bulk-triage';
import { BULK_FILTER_FIELD, bulkResultQuery } from '@/lib/ui/triage/bulk-params';

/** The inbox filter the selection was made under, as the form carries it. */
const filterOf = (form: FormData) => Object.fromEntries(Object.entries(formTextsByPrefix(form, BULK_FILTER_FIELD)).filter(([, value]) => value !== ''));

export const bulkTriageAction = consoleAction(bulkTriage, {
  read: (form) => {
    const action = formText(form, 'action');
    return {
      action,
      value: (BULK_ACTIONS as readonly string[]).includes(action) ? formText(form, `value.${action}`) : '',
      tipIds: formTexts(form, 'tipId'),
      allMatching: formText(form, 'allMatching') === '1',
      filter: filterOf(form),
      exclude: formTexts(form, 'exclude'),
    };
  },
  done: (result, form) => {
    const back = new URLSearchParams(filterOf(form)).toString();
    if (!result.ok) redirectWithOutcome(`/console/tips?${back}`, outcomeOf(result, ''));
    redirect(`/console/tips/bulk?${bulkResultQuery(result.data, back)}`);
  },
});
