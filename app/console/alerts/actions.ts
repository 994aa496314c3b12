'use server';

import { redirect } from 'next/navigation';
import { acknowledgeAlert } from '@/lib/alerts/acknowledge-alert';
import { addPushSubscription, removePushSubscriptions, setAlertChoices } from '@/lib/alerts/subscriptions';
import { ALERT_ACTIONS } from '@/lib/auth/console-pages';
import { requireActor } from '@/lib/auth/session';
import { settleAction } from '@/lib/http/action';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { getLocale } from '@/lib/ui/locale';
import { formBool, formText } from '@/lib/http/form';

const staffLanguage = (locale: string): 'km' | 'en' => (locale === 'km' ? 'km' : 'en');

export async function setAlertChoicesAction(form: FormData): Promise<void> {
  const actor = await requireActor(ALERT_ACTIONS.setAlertChoicesAction);
  const locale = await getLocale();
  const result = await settleAction('setAlertChoices', () =>
    setAlertChoices(actor, { email: formBool(form, 'email'), push: formBool(form, 'push'), language: staffLanguage(locale) }),
  );
  redirectWithOutcome('/console/alerts', outcomeOf(result, 'alerts.saved'));
}

/** Called by the page's script with this browser's PushManager subscription (JSON). */
export async function addPushSubscriptionAction(subscription: unknown): Promise<{ ok: boolean }> {
  const actor = await requireActor(ALERT_ACTIONS.addPushSubscriptionAction);
  const locale = await getLocale();
  const result = await settleAction('addPushSubscription', () => addPushSubscription(actor, subscription, staffLanguage(locale)));
  return { ok: result.ok };
}

export async function removePushSubscriptionsAction(): Promise<void> {
  const actor = await requireActor(ALERT_ACTIONS.removePushSubscriptionsAction);
  redirectWithOutcome('/console/alerts', outcomeOf(await settleAction('removePushSubscriptions', () => removePushSubscriptions(actor)), 'alerts.saved'));
}

export async function acknowledgeAlertAction(form: FormData): Promise<void> {
  const actor = await requireActor(ALERT_ACTIONS.acknowledgeAlertAction);
  await settleAction('acknowledgeAlert', () => acknowledgeAlert(actor, formText(form, 'alertId')));
  redirect('/console/tips');
}
