/**
 * What an alert says: only that an urgent tip is waiting (or an escalation, or a delivery
 * failure), with a link to the console, in the staff member's language. It is built from
 * the alert's kind alone: no tip text, place, category or code can reach it, because none
 * is passed in.
 */
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import type { AlertKind } from '@/lib/db/generated/client';
import { env } from '@/lib/env';

export interface AlertMessage {
  subject: string;
  text: string;
  url: string;
}

/** The console's own address for links in alerts (APP_URL, else localhost:PORT). */
export function consoleBaseUrl(): string {
  const settings = env();
  return (settings.APP_URL ?? `http://localhost:${settings.PORT}`).replace(/\/+$/, '');
}

export function alertLink(alertId: string): string {
  return `${consoleBaseUrl()}/console/alerts?ack=${encodeURIComponent(alertId)}`;
}

export function composeAlert(kind: AlertKind, language: string, alertId: string): AlertMessage {
  const locale: Locale = isLocale(language) && (language === 'km' || language === 'en') ? language : 'en';
  const t = translator(locale);
  const url = alertLink(alertId);
  const body = t(`alerts.body_${kind}`, { minutes: env().TRIAGE_DUE_URGENT_MINUTES });
  return {
    subject: t(`alerts.subject_${kind}`),
    text: `${body}\n\n${t('alerts.openConsole', { url })}\n\n${t('alerts.footer')}\n`,
    url,
  };
}
