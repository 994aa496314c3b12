/**
 * Web push (RFC 8030 with VAPID, RFC 8292) to a staff member's browsers. The payload is
 * encrypted to the browser's key by web-push and holds only the alert's title, body and
 * console link.
 */
import webpush from 'web-push';
import { env } from '@/lib/env';
import type { AlertMessage } from './compose';

export function pushConfigured(): boolean {
  const settings = env();
  return settings.VAPID_PUBLIC_KEY !== undefined && settings.VAPID_PRIVATE_KEY !== undefined;
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type PushOutcome = 'sent' | 'gone' | { error: string };

/** Sends to one browser: 'gone' when the push service says the subscription no longer exists. */
export async function sendAlertPush(target: PushTarget, message: AlertMessage): Promise<PushOutcome> {
  const settings = env();
  if (!settings.VAPID_PUBLIC_KEY || !settings.VAPID_PRIVATE_KEY) return { error: 'VAPID keys are not set' };
  try {
    await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify({ title: message.subject, body: message.text.split('\n')[0], url: message.url }),
      {
        vapidDetails: { subject: settings.VAPID_SUBJECT, publicKey: settings.VAPID_PUBLIC_KEY, privateKey: settings.VAPID_PRIVATE_KEY },
        TTL: 3_600,
        urgency: 'high',
        timeout: 15_000,
      },
    );
    return 'sent';
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404 || status === 410) return 'gone';
    return { error: status ? `push service answered ${status}` : error instanceof Error ? error.message.slice(0, 200) : 'push failed' };
  }
}
