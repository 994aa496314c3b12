'use server';

import { redirect } from 'next/navigation';
import { acknowledgeAlert } from '@/lib/alerts/acknowledge-alert';
import { addPushSubscription, removePushSubscriptions, setAlertChoices } from '@/lib/alerts/subscriptions';
import { consoleAction } from '@/lib/http/console-action';
import { formBool, formText } from '@/lib/http/form';
import { outcomeOf, redirectWithOutcome } from '@/lib/http/outcome';
import { getLocale } from '@/lib/ui/locale';

const staffLanguage = async (): Promise<'km' | 'en'> => ((await getLocale()) === 'km' ? 'km' : 'en');

export const setAlertChoicesAction = consoleAction(setAlertChoices, {
  read: async (form) => ({ email: formBool(form, 'email'), push: formBool(form, 'push'), language: await staffLanguage() }),
  done: (result) => redirectWithOutcome('/console/alerts', outcomeOf(result, 'alerts.saved')),
});

/** Called by the page's script with this browser's PushManager subscription (JSON). */
export const addPushSubscriptionAction = consoleAction(addPushSubscription, {
  read: async (subscription: unknown) => ({ subscription, language: await staffLanguage() }),
  done: (result) => ({ ok: result.ok }),
});

export const removePushSubscriptionsAction = consoleAction(removePushSubscriptions, {
  done: (result) => redirectWithOutcome('/console/alerts', outcomeOf(result, 'alerts.saved')),
});

export const acknowledgeAlertAction = consoleAction(acknowledgeAlert, {
  read: (form) => formText(form, 'alertId'),
  done: () => redirect('/console/tips'),
});
