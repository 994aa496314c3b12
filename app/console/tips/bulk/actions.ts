'use server';

/** Bulk triage from the inbox (issue 14, docs/decisions/0600). */
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { BULK_ACTIONS, type BulkAction, bulkTriage } from '@/lib/triage/bulk-triage';
import { getLocale } from '@/lib/ui/locale';
import { BULK_FILTER_FIELD, bulkResultQuery } from '@/lib/ui/triage/bulk-params';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

export async function bulkTriageAction(form: FormData): Promise<void> {
  const actor = await requireActor('tips.triage');
  const action = text(form, 'action') as BulkAction;
  const filter: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith(BULK_FILTER_FIELD) && typeof value === 'string' && value !== '') filter[name.slice(BULK_FILTER_FIELD.length)] = value;
  }
  const back = new URLSearchParams(filter).toString();
  const result = await runAction('bulkTriage', await getLocale(), () =>
    bulkTriage(actor, {
      action,
      value: (BULK_ACTIONS as readonly string[]).includes(action) ? text(form, `value.${action}`) : '',
      tipIds: form.getAll('tipId').map(String),
      allMatching: text(form, 'allMatching') === '1',
      filter,
      exclude: form.getAll('exclude').map(String),
    }),
  );
  if (!result.ok) {
    const detail = Object.values(result.fields ?? {})[0];
    redirect(`/console/tips?${new URLSearchParams({ ...filter, bulkError: detail || result.message })}`);
  }
  redirect(`/console/tips/bulk?${bulkResultQuery(result.data, back)}`);
}
