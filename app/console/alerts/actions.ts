'use server';

import { redirect } from 'next/navigation';
import { acknowledgeAlert } from '@/lib/alerts/acknowledge-alert';
import { addPushSubscription, removePushSubscriptions, setAlertChoices } from '@/lib/alerts/subscriptions';
import { requireActor } from '@/lib/auth/session';
import { runAction } from '@/lib/http/action';
import { getLocale } from '@/lib/ui/locale';
import { formBool, formText } from '@/lib/http/form';

const staffLanguage = (locale: string): 'km' | 'en' => (locale === 'km' ? 'km' : 'en');

export async function setAlertChoicesAction(form: FormData): Promise<void> {
  const actor = await requireActor('alerts.subscribe');
  const locale = await getLocale();
  const result = await runAction('setAlertChoices', locale, () =>
    setAlertChoices(actor, { email: formBool(form, 'email'), push: formBool(form, 'push'), language: staffLanguage(locale) }),
  );
  redirect(result.ok ? '/console/alerts?done=saved' : `/console/alerts?error=${encodeURIComponent(result.message)}`);
}

/** Called by the page's script with this browser's PushManager subscription (JSON). */
export async function addPushSubscriptionAction(subscription: unknown): Promise<{ ok: boolean }> {
  const actor = await requireActor('alerts.subscribe');
  const locale = await getLocale();
  const result = await runAction('addPushSubscription', locale, () => addPushSubscription(actor, subscription, staffLanguage(locale)));
  return { ok: result.ok };
}

export async function removePushSubscriptionsAction(): Promise<void> {
  const actor = await requireActor('alerts.subscribe');
  await runAction('removePushSubscriptions', await getLocale(), () => removePushSubscriptions(actor));
  redirect('/console/alerts?done=saved');
}

export async function acknowledgeAlertAction(form: FormData): Promise<void> {
  const actor = await requireActor('alerts.subscribe');
  await runAction('acknowledgeAlert', await getLocale(), () => acknowledgeAlert(actor, formText(form, 'alertId')));
  redirect('/console/tips');
}
