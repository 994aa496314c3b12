'use server';

/** Bulk triage from the inbox (issue 14, docs/decisions/0600). */
import { redirect } from 'next/navigation';
import { TIP_BULK_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { BULK_ACTIONS, bulkTriage } from '@/lib/triage/bulk-triage';
import { BULK_FILTER_FIELD, bulkResultQuery } from '@/lib/ui/triage/bulk-params';
import { formText, formTexts, formTextsByPrefix } from '@/lib/http/form';

export async function bulkTriageAction(form: FormData): Promise<void> {
  const actor = await requireActor(TIP_BULK_ACTIONS.bulkTriageAction);
  const action = formText(form, 'action');
  const filter = Object.fromEntries(Object.entries(formTextsByPrefix(form, BULK_FILTER_FIELD)).filter(([, value]) => value !== ''));
  const back = new URLSearchParams(filter).toString();
  const result = await settleAction('bulkTriage', () =>
    bulkTriage(actor, {
      action,
      value: (BULK_ACTIONS as readonly string[]).includes(action) ? formText(form, `value.${action}`) : '',
      tipIds: formTexts(form, 'tipId'),
      allMatching: formText(form, 'allMatching') === '1',
      filter,
      exclude: formTexts(form, 'exclude'),
    }),
  );
  if (!result.ok) redirectWithOutcome(`/console/tips?${back}`, outcomeOf(result, ''));
  redirect(`/console/tips/bulk?${bulkResultQuery(result.data, back)}`);
}
