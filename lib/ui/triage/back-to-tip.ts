/** Where every tip-page action lands: the tip with its outcome, or the inbox if the tip is gone from view. */
import { redirect } from 'next/navigation';
import type { SettledAction } from '@/lib/http/action';
import { formText } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';

export function backToTip(tipId: string, result: SettledAction<unknown>, notice: string, anchor?: string): never {
  if (!result.ok && result.error === 'NOT_FOUND') redirect('/console/tips');
  return redirectWithOutcome(`/console/tips/${encodeURIComponent(tipId)}`, outcomeOf(result, notice), { anchor });
}

/** A tip action's `done`: back to the form's tip (its tipId) with the outcome, at an anchor if given. */
export function backToFormTip(notice: string, anchor?: string) {
  return (result: SettledAction<unknown>, form: FormData): never => backToTip(formText(form, 'tipId'), result, notice, anchor);
}
