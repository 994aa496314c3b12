/**
 * Email through any SMTP server (nodemailer), configured by SMTP_URL (smtp:// with STARTTLS
 * when the server offers it, or smtps://; user and password in the URL) and ALERT_FROM.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import type { AlertMessage } from './compose';

let cached: { url: string; transport: Transporter } | undefined;

function transport(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = { url, transport: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  }
  return cached.transport;
}

export function emailConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}

export async function sendAlertEmail(to: string, message: AlertMessage): Promise<void> {
  const settings = env();
  if (!settings.SMTP_URL) throw new Error('SMTP_URL is not set');
  await transport(settings.SMTP_URL).sendMail({
    from: settings.ALERT_FROM,
    to,
    subject: message.subject,
    text: message.text,
    // No tracking, no images, nothing fetched when the mail is opened.
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  });
}
